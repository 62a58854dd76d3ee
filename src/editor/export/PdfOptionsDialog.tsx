// PDF options: paper, orientation, fit-or-tile and the text appendix. The diagram is planned
// here as it will be printed (formats/pdf/layoutPlan): a choice whose text would come out below
// 7 pt is not taken — the dialog says how small it would be and preselects the first legible
// layout (A4 on one page, A3 on one page, A3 split over pages) — and a preview shows the pages.
import { useMemo, useState } from 'react';
import { useT, type Translate } from '../../platform/i18n/i18n';
import {
  drawingGeometry,
  LEGIBLE_ORDER,
  legibleChoice,
  planPdfLayout,
  type DrawingGeometry,
  type PdfLayout,
} from '../../formats/pdf/layoutPlan';
import {
  DEFAULT_PDF_OPTIONS,
  type FitMode,
  type Orientation,
  type PageSize,
  type PdfOptions,
} from '../../formats/pdf/pdfTypes';
import { MAX_TILES } from '../../formats/pdf/tiling';
import { documentSession } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { Dialog, DialogClose } from '../../ui/Dialog';
import { MissingCharacters } from './MissingCharacters';
import { PdfPreview } from './PdfPreview';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  onExport(options: PdfOptions): void;
}

export function PdfOptionsDialog({ open, onOpenChange, onExport }: Props) {
  const t = useT();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('export.pdfTitle')}
      description={t('export.pdfHelp')}
    >
      {/* A form of its own per opening: the preselection follows the flow as it is now. */}
      {open && <PdfOptionsForm onExport={onExport} />}
    </Dialog>
  );
}

/** A choice that was too small to read, and what was taken instead. */
interface Redirect {
  from: PdfLayout;
  to: PdfLayout;
}

interface State {
  options: PdfOptions;
  redirect: Redirect | null;
}

/** One decimal, rounded down: 6.96 pt is not "7,0 pt". */
const pt = (value: number) => Math.floor(value * 10) / 10;

function initialState(geometry: DrawingGeometry | null): State {
  const options = DEFAULT_PDF_OPTIONS;
  if (!geometry) return { options, redirect: null };
  const choice = legibleChoice(geometry, options);
  if (!choice) return { options: { ...options, size: 'A3', mode: 'tile' }, redirect: null };
  const first = { ...options, ...LEGIBLE_ORDER[0]! };
  const skipped = choice.options.size !== first.size || choice.options.mode !== first.mode;
  return {
    options: choice.options,
    redirect: skipped ? { from: planPdfLayout(geometry, first), to: choice.layout } : null,
  };
}

function PdfOptionsForm({ onExport }: { onExport(options: PdfOptions): void }) {
  const t = useT();
  // The flow as it is when the dialog opens (exports read the document when chosen).
  const [doc] = useState(() => documentSession.doc);
  const [register] = useState(() => useRegisterStore.getState().entries);
  const geometry = useMemo(() => (doc ? drawingGeometry(doc) : null), [doc]);
  const [state, setState] = useState<State>(() => initialState(geometry));
  const { options, redirect } = state;
  const layout = useMemo(
    () => (geometry ? planPdfLayout(geometry, options) : null),
    [geometry, options],
  );

  const choose = <K extends keyof PdfOptions>(key: K, value: PdfOptions[K]) => {
    const wanted = { ...options, [key]: value };
    if (!geometry || key === 'textAppendix') {
      setState({ options: wanted, redirect });
      return;
    }
    const planned = planPdfLayout(geometry, wanted);
    if (planned.legible) {
      setState({ options: wanted, redirect: null });
      return;
    }
    // Too small to read: keep what was just chosen if some legible layout has it.
    const keep =
      key === 'size' ? { size: wanted.size } : key === 'mode' ? { mode: wanted.mode } : {};
    const choice = legibleChoice(geometry, wanted, keep);
    setState(
      choice
        ? { options: choice.options, redirect: { from: planned, to: choice.layout } }
        : { options: wanted, redirect: null },
    );
  };

  const radios = <K extends 'size' | 'orientation' | 'mode'>(
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
            onChange={() => choose(key, value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );

  return (
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
        ['auto', t('safety.pdfOrientationAuto')],
        ['landscape' as Orientation, t('export.landscape')],
        ['portrait' as Orientation, t('export.portrait')],
      ])}
      {options.orientation === 'auto' && <p className="hint">{t('safety.pdfAutoNote')}</p>}
      {radios<'mode'>('mode', t('export.layout'), [
        ['fit' as FitMode, t('export.fit')],
        ['tile' as FitMode, t('export.tile')],
      ])}
      <div role="status" aria-live="polite">
        {redirect && (
          <div className="pdf-warning">
            <p>{tooSmall(t, redirect.from)}</p>
            <p>
              {t('safety.pdfInstead', {
                layout: layoutName(t, redirect.to),
                pt: pt(redirect.to.textPt),
              })}
            </p>
          </div>
        )}
        {!redirect && layout && !layout.legible && (
          <div className="pdf-warning">
            <p>{tooSmall(t, layout)}</p>
          </div>
        )}
      </div>
      {geometry && layout && (
        <>
          <PdfPreview
            geometry={geometry}
            layout={layout}
            label={t('safety.pdfPreview', { layout: layoutName(t, layout), pt: pt(layout.textPt) })}
          />
          <p className="hint">
            {t('safety.pdfPreview', { layout: layoutName(t, layout), pt: pt(layout.textPt) })}.{' '}
            {t(LEGEND_NOTE[layout.legend.placement])}
          </p>
        </>
      )}
      {options.mode === 'tile' && (
        <p className="hint">{t('safety.pdfTileNote', { max: MAX_TILES })}</p>
      )}
      {doc && <MissingCharacters process={doc} register={register} />}
      <label className="text-view-option">
        <input
          type="checkbox"
          checked={options.textAppendix}
          onChange={(e) => choose('textAppendix', e.target.checked)}
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
  );
}

const LEGEND_NOTE = {
  below: 'safety.pdfLegendBelow',
  right: 'safety.pdfLegendRight',
  page: 'safety.pdfLegendPage',
  cover: 'safety.pdfLegendCover',
} as const;

function layoutName(t: Translate, layout: PdfLayout): string {
  const orientation = t(
    layout.orientation === 'landscape' ? 'safety.pdfLandscape' : 'safety.pdfPortrait',
  );
  return layout.mode === 'fit'
    ? t('safety.pdfLayoutFit', { size: layout.size, orientation })
    : t('safety.pdfLayoutTiles', { size: layout.size, orientation, pages: layout.tiles.length });
}

function tooSmall(t: Translate, layout: PdfLayout): string {
  if (layout.mode === 'tile')
    return t('safety.pdfTooSmallTiled', { pt: pt(layout.textPt), max: MAX_TILES });
  if (layout.size === 'A3') return t('safety.pdfTooSmallA3', { pt: pt(layout.textPt) });
  return t('safety.pdfTooSmall', { size: layout.size, pt: pt(layout.textPt) });
}
