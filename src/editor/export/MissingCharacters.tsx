// In the PDF dialog: the characters of this process that the PDF's font cannot print, which the
// PDF shows as □ — said before the export, so that nothing comes out silently garbled.
import { useMemo } from 'react';
import { useT } from '../../platform/i18n/i18n';
import type { Process, RegisterEntry } from '../../domain/model/types';
import { missingGlyphs } from '../../formats/pdf/fonts/glyphs';
import { PLACEHOLDER } from '../../formats/pdf/fonts/ranges';
import { pdfTexts } from '../../formats/pdf/fonts/texts';

interface Props {
  process: Process;
  register: readonly RegisterEntry[];
}

export function MissingCharacters({ process, register }: Props) {
  const t = useT();
  const missing = useMemo(() => missingGlyphs(pdfTexts(process, register)), [process, register]);
  if (missing.length === 0) return null;
  return (
    <div role="note" className="hint">
      <p className="hint">
        {t('pdfFonts.missing', { placeholder: PLACEHOLDER, chars: missing.join(' ') })}
      </p>
      <p className="hint">{t('pdfFonts.missingHelp')}</p>
    </div>
  );
}
