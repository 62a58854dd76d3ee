// The accessible name of a connection on a canvas ("Koppling från A till B: Ja"): React Flow's
// default is English with ids. One wording for the editor and the read-only views.
import { useCallback } from 'react';
import { useT } from '../../platform/i18n/i18n';

export function useConnectionName(): (from: string, to: string, label: string) => string {
  const t = useT();
  const unnamed = t('editor.unnamed');
  return useCallback(
    (from, to, label) =>
      t(label ? 'editor.connectionAriaLabelled' : 'editor.connectionAria', {
        from: from || unnamed,
        to: to || unnamed,
        label,
      }),
    [t, unnamed],
  );
}
