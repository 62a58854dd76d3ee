// PDF options: paper, orientation, fit-or-tile and the text appendix, with the defaults most
// reviews want (A3 landscape, the whole flow on one page, the flow also as text).
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import {
  DEFAULT_PDF_OPTIONS,
  type FitMode,
  type Orientation,
  type PageSize,
  type PdfOptions,
} from '../../formats/pdf/pdfTypes';
import { MAX_TILES } from '../../formats/pdf/tiling';
import { Dialog, DialogClose } from '../../ui/Dialog';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  onExport(options: PdfOptions): void;
}

export function PdfOptionsDialog({ open, onOpenChange, onExport }: Props) {
  const t = useT();
  const [options, setOptions] = useState<PdfOptions>(DEFAULT_PDF_OPTIONS);
  const radios = <K extends keyof PdfOptions>(
    key: K,
    legend: string,
    choices: [PdfOptions[K], string][],
  ) => (
    <fieldset className="radio-row">
      <legend>{legend}</legend>
      {choices.map(([value, label]) => (
        <label key={String(value)}>
          <input
            type="radio"
            name={`pdf-${key}`}
            checked={options[key] === value}
            onChange={() => setOptions((o) => ({ ...o, [key]: value }))}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('export.pdfTitle')}
      description={t('export.pdfHelp')}
    >
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          onExport(options);
        }}
      >
        {radios<'size'>('size', t('export.pageSize'), [
          ['A3' as PageSize, 'A3'],
          ['A4' as PageSize, 'A4'],
        ])}
        {radios<'orientation'>('orientation', t('export.orientation'), [
          ['landscape' as Orientation, t('export.landscape')],
          ['portrait' as Orientation, t('export.portrait')],
        ])}
        {radios<'mode'>('mode', t('export.layout'), [
          ['fit' as FitMode, t('export.fit')],
          ['tile' as FitMode, t('export.tile')],
        ])}
        {options.mode === 'tile' && (
          <p className="hint">{t('safety.pdfTileNote', { max: MAX_TILES })}</p>
        )}
        <label className="text-view-option">
          <input
            type="checkbox"
            checked={options.textAppendix}
            onChange={(e) => setOptions((o) => ({ ...o, textAppendix: e.target.checked }))}
          />
          {t('textview.pdfOption')}
        </label>
        <div className="dialog-actions">
          <DialogClose className="button">{t('common.cancel')}</DialogClose>
          <button type="submit" className="button primary">
            {t('export.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
