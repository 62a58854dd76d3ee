// From the open process to a downloaded SVG, PNG or PDF. The PDF code (jsPDF, svg2pdf) is loaded
// only here, on demand, so it stays out of the start-up bundle.
import type { Language, Translate } from '../../platform/i18n/i18n';
import { compareProcesses } from '../../domain/analysis/compare';
import { stepChanges } from '../../domain/analysis/stepChanges';
import { services } from '../../state/services';
import { useSessionStore } from '../../state/sessionStore';
import { comparisonForPdf } from '../figures/comparisonText';
import { pdfLabels, svgLabels } from './labels';
import type { Process, RegisterEntry } from '../../domain/model/types';
import { fileNameFor } from '../../formats/json/processFile';
import { svgDataUrl } from '../../formats/svg/dataUrl';
import { documentToSvg, processToSvg } from '../../formats/svg/processSvg';
import { downloadBlob, downloadText } from '../../ui/download';
import type { PdfOptions } from '../../formats/pdf/pdfTypes';
import { MAX_TILES } from '../../formats/pdf/tiling';

export function exportSvg(doc: Process, register: readonly RegisterEntry[], t: Translate): void {
  downloadText(
    fileNameFor(doc.title, 'svg'),
    documentToSvg(doc, register, svgLabels(t)),
    'image/svg+xml',
  );
}

export async function exportPng(
  doc: Process,
  register: readonly RegisterEntry[],
  t: Translate,
): Promise<void> {
  const { svgToPng } = await import('../../formats/png/svgToPng');
  const { svg } = processToSvg(doc, register, svgLabels(t));
  downloadBlob(fileNameFor(doc.title, 'png'), await svgToPng(svg, 2));
}

/** The PDF in the user's language; a to-be also gets its comparison with the as-is, when that is still here. */
export async function exportPdf(
  doc: Process,
  register: readonly RegisterEntry[],
  options: PdfOptions,
  t: Translate,
  language: Language,
): Promise<void> {
  const labels = pdfLabels(t, language, doc, register);
  const asIs = doc.asIsId ? await services().readProcess(doc.asIsId) : null;
  if (asIs) {
    const unit = (id: string) => register.find((e) => e.id === id)?.name ?? id;
    const comparison = compareProcesses(asIs, doc, register);
    labels.comparison = comparisonForPdf(t, comparison, unit);
    // The diagram marks the steps the to-be added and changed, as the comparison page lists them.
    labels.svg = { ...labels.svg, changes: stepChanges(comparison) };
  }
  const { buildPdf } = await import('../../formats/pdf/buildPdf');
  const { blob, tiles } = await buildPdf(doc, register, options, labels);
  downloadBlob(fileNameFor(doc.title, 'pdf'), blob);
  // Said where it stays until read: the pages came out smaller than the dialog promised.
  if (tiles?.capped) {
    useSessionStore.getState().showAlert({
      key: 'safety.pdfCapped',
      params: { wanted: tiles.wanted.toLocaleString(language), max: MAX_TILES },
    });
  }
}

export async function exportBpmnFile(
  doc: Process,
  register: readonly RegisterEntry[],
): Promise<void> {
  const { exportBpmn } = await import('../../formats/bpmn/exportBpmn');
  downloadText(fileNameFor(doc.title, 'bpmn'), await exportBpmn(doc, register), 'application/xml');
}

/**
 * The diagram as an image address for an <img>: the safe way to show our SVG inside the app
 * (an image cannot run script, whatever a label says).
 */
export function diagramImageUrl(
  doc: Process,
  register: readonly RegisterEntry[],
  t: Translate,
): string {
  return svgDataUrl(processToSvg(doc, register, svgLabels(t)).svg);
}
