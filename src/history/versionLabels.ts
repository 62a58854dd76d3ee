// How a version is named in the list and on its buttons: its own name or its kind, and when.
import { useMemo } from 'react';
import { useLanguage, useT, type Translate } from '../platform/i18n/i18n';
import type { RevisionEntry } from '../state/services';

export function useDateTimeFormat(): Intl.DateTimeFormat {
  const language = useLanguage((s) => s.language);
  return useMemo(
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
    [language],
  );
}

export function versionTitle(t: Translate, entry: RevisionEntry): string {
  return entry.name || t(`history.kind.${entry.kind}`);
}

/** Title and time together: what tells two versions apart on a button. */
export function useVersionLabel(): (entry: RevisionEntry) => string {
  const t = useT();
  const format = useDateTimeFormat();
  return (entry) =>
    t('history.versionLabel', {
      name: versionTitle(t, entry),
      date: format.format(new Date(entry.createdAt)),
    });
}
