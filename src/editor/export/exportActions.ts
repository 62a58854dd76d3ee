// From the open process to a downloaded SVG, PNG or PDF. The PDF code (jsPDF, svg2pdf) is loaded
// only here, on demand, so it stays out of the start-up bundle.
import type { Translate } from '../../app/i18n/i18n';
import type { Process, RegisterEntry } from '../../domain/model/types';
import { STEP_KINDS } from '../../domain/schema/process';
import { fileNameFor } from '../../formats/json/processFile';
import { documentToSvg, processToSvg, type SvgLabels } from '../../formats/svg/processSvg';
import { downloadBlob, downloadText } from '../../ui/download';
import type { PdfLabels, PdfOptions } from '../../formats/pdf/pdfTypes';

export function svgLabels(t: Translate): SvgLabels {
  return {
    kinds: Object.fromEntries(STEP_KINDS.map((k) => [k, t(`kind.${k}`)])) as SvgLabels['kinds'],
    customerLane: t('export.customerLane'),
    unknownLane: t('editor.unknownUnit'),
  };
}

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

export async function exportPdf(
  doc: Process,
  register: readonly RegisterEntry[],
  options: PdfOptions,
  labels: PdfLabels,
): Promise<void> {
  const { buildPdf } = await import('../../formats/pdf/buildPdf');
  const blob = await buildPdf(doc, register, options, labels);
  downloadBlob(fileNameFor(doc.title, 'pdf'), blob);
}

export async function exportBpmnFile(
  doc: Process,
  register: readonly RegisterEntry[],
): Promise<void> {
  const { exportBpmn } = await import('../../formats/bpmn/exportBpmn');
  downloadText(fileNameFor(doc.title, 'bpmn'), await exportBpmn(doc, register), 'application/xml');
}
