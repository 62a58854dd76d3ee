// The words the exports write, in the user's language: kind names for every drawing, and
// everything the PDF prints, with the process's values formatted.
import { formatDateTime, type Language, type Translate } from '../../platform/i18n/i18n';
import type { Process, RegisterEntry } from '../../domain/model/types';
import type { PdfLabels } from '../../formats/pdf/pdfTypes';
import { STEP_KINDS } from '../../domain/schema/process';
import type { SvgLabels } from '../../formats/svg/processSvg';
import { keyFigures } from '../../domain/analysis/keyFigures';
import { figureRows } from '../figures/figureRows';
import type { TextViewLabels } from '../../domain/analysis/textView';

export function pdfLabels(
  t: Translate,
  language: Language,
  doc: Process,
  register: readonly RegisterEntry[],
): PdfLabels {
  const changed = formatDateTime(language, doc.changedAt);
  const groups = doc.customerGroupIds
    .map((id) => register.find((e) => e.id === id)?.name)
    .filter(Boolean)
    .join(', ');
  return {
    language,
    svg: svgLabels(t),
    words: {
      category: t('process.category'),
      status: t('process.status'),
      variant: t('spec.variant'),
      purpose: t('spec.purpose'),
      customerGroups: t('spec.customerGroups'),
      need: t('spec.need'),
      outcome: t('spec.outcome'),
      owner: t('spec.owner'),
      changed: t('pdf.changed'),
      version: t('pdf.version'),
      objectsIn: t('spec.objectsIn'),
      objectsOut: t('spec.objectsOut'),
      measures: t('spec.measures'),
      actions: t('spec.actions'),
      legend: t('pdf.legend'),
      diagram: t('pdf.diagram'),
      steps: t('pdf.steps'),
      number: t('pdf.number'),
      step: t('pdf.step'),
      lane: t('pdf.lane'),
      description: t('props.description'),
      activeTime: t('props.activeTime'),
      waitingTime: t('props.waitingTime'),
      itSystems: t('props.itSystems'),
      findings: t('pdf.findings'),
      belongsTo: t('pdf.belongsTo'),
      noFindings: t('pdf.noFindings'),
      keyFigures: t('pdf.keyFigures'),
      page: t('pdf.page', { page: '{page}', pages: '{pages}' }),
      tile: t('pdf.tile', {
        row: '{row}',
        column: '{column}',
        rows: '{rows}',
        columns: '{columns}',
      }),
      creator: t('app.name'),
    },
    values: {
      category: t(`category.${doc.category}`),
      status: t(`status.${doc.status}`),
      variant: t(`variant.${doc.variant}`),
      customerGroups: groups || t('pdf.none'),
      changed,
      // The organisation's own version number when it has one; otherwise when it last changed.
      version: doc.version || t('pdf.versionValue', { date: changed }),
    },
    textView: { heading: t('textview.pdfHeading'), labels: textViewLabels(t) },
    keyFigureRows: figureRows(t, keyFigures(doc, register)),
    duration: durationText(t),
  };
}

/** "2 timmar", "1 dag": a step's time as the step table and the diagram write it. */
function durationText(t: Translate): SvgLabels['duration'] {
  return (d) =>
    d ? t(`pdf.unit.${d.unit}.${d.value === 1 ? 'one' : 'other'}`, { value: d.value }) : '';
}

export function svgLabels(t: Translate): SvgLabels {
  return {
    kinds: Object.fromEntries(STEP_KINDS.map((k) => [k, t(`kind.${k}`)])) as SvgLabels['kinds'],
    customerLane: t('export.customerLane'),
    unknownLane: t('editor.unknownUnit'),
    unnamedStep: t('editor.unnamed'),
    connectionTitle: (from, to, label) =>
      t(label ? 'export.connectionTitleLabelled' : 'export.connectionTitle', { from, to, label }),
    duration: durationText(t),
    activeTime: (time) => t('export.activeTime', { time }),
    waitingTime: (time) => t('export.waitingTime', { time }),
    handoverMark: (number) => t('export.handoverMark', { number }),
    handoversHeading: t('export.handoversHeading'),
    handoversNote: t('export.handoversNote'),
    stepChange: { added: t('export.stepAdded'), changed: t('export.stepChanged') },
  };
}

export function textViewLabels(t: Translate): TextViewLabels {
  return {
    kinds: svgLabels(t).kinds,
    unknownLane: t('editor.unknownUnit'),
    untitled: t('textview.untitled'),
    back: t('textview.back', { number: '{number}' }),
    end: t('textview.end'),
    unreached: t('textview.unreached'),
    loose: t('textview.loose'),
  };
}
