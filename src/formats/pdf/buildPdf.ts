// The PDF a manager reads: a cover with the specification and the legend, the diagram (on one
// page or tiled with a page map), the step table, the problems and ideas, and the place for the
// key figures. Vector throughout: the diagram is our SVG drawn by svg2pdf, text stays text.
// Browser-only (svg2pdf needs a DOM element); loaded lazily from editor/export.
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { numberedSteps } from '../../domain/analysis/stepNumbers';
import { handoverMarkers, type HandoverMarker } from '../../domain/analysis/handoverMarkers';
import { entryLine, noteLine, textView, type TextEntry } from '../../domain/analysis/textView';
import { STEP_KIND_INFO } from '../../domain/model/stepKinds';
import type { Process, RegisterEntry, Step } from '../../domain/model/types';
import { legendSvg } from '../svg/legendSvg';
import { wellFormedData } from '../svg/text';
import { HEADER_WIDTH, processToSvg, type ProcessSvg } from '../svg/processSvg';
import { addPdfFonts, replaceMissing } from './fonts/pdfFonts';
import {
  drawingGeometry,
  FOOTER,
  HEADER,
  MARGIN,
  planPdfLayout,
  type PdfLayout,
} from './layoutPlan';
import { fill, type Orientation, type PdfLabels, type PdfOptions } from './pdfTypes';
import type { TileFit } from './tiling';

/** What the pages after the cover are added with: the orientation the layout settled on. */
type PageSetup = { orientation: Orientation };
/** DejaVu Sans, embedded (fonts/pdfFonts.ts): set by buildPdf once the document has it. */
let FONT = 'helvetica';
const INK: [number, number, number] = [15, 23, 42];
const MUTED: [number, number, number] = [71, 85, 105];

export interface BuiltPdf {
  blob: Blob;
  /** For a tiled diagram: how many pages it wanted, and whether it was drawn smaller to fit. */
  tiles: TileFit | null;
  /** The layout the diagram was drawn in (the dialog showed the same beforehand). */
  layout: PdfLayout;
}

export async function buildPdf(
  input: Process,
  inputRegister: readonly RegisterEntry[],
  requested: PdfOptions,
  labels: PdfLabels,
): Promise<BuiltPdf> {
  // Half an emoji in a label (`&#xD800;` from a file) is U+FFFD on paper as on screen.
  const process = wellFormedData(input);
  const register = wellFormedData(inputRegister);
  // Scale, orientation, pages and the legend's place: planned as the dialog showed them.
  const plan = planPdfLayout(drawingGeometry(process), requested);
  const options = { ...requested, orientation: plan.orientation };
  const format = options.size.toLowerCase();
  const pdf = new jsPDF({ orientation: options.orientation, unit: 'pt', format, compress: true });
  FONT = await addPdfFonts(pdf);
  pdf.setProperties({
    title: process.title,
    subject: [labels.values.category, labels.values.status].join(' – '),
    creator: labels.words.creator,
    keywords: process.tags.join(', '),
  });
  pdf.setLanguage(labels.language);
  const page = { w: pdf.internal.pageSize.getWidth(), h: pdf.internal.pageSize.getHeight() };
  const area = plan.area;
  const names = new Map(register.map((e) => [e.id, e.name]));
  const laneName = (step: Step) => {
    const lane = process.lanes.find((l) => l.id === step.laneId);
    return (lane && names.get(lane.registerId)) ?? labels.svg.unknownLane;
  };

  await cover(pdf, process, labels, page);

  // The diagram.
  const drawing = processToSvg(process, register, labels.svg, { fontFamily: FONT });
  if (plan.mode === 'fit') {
    pdf.addPage(format, options.orientation);
    heading(pdf, process.title, labels.words.diagram);
    const { scale } = plan;
    await drawSvg(pdf, drawing.svg, area.x, area.y, drawing.width * scale, drawing.height * scale);
    // The legend beside or below the flow, where the plan found room: then this page can be
    // printed on its own. Else on a page of its own after it.
    const legend = legendSvg(labels.svg.kinds, plan.legend.columns, FONT);
    let box = plan.legend.box;
    if (!box) {
      pdf.addPage(format, options.orientation);
      heading(pdf, process.title, labels.words.legend);
      const w = Math.min(area.w, legend.width);
      box = { x: area.x, y: area.y + 20, w, h: (legend.height * w) / legend.width };
    }
    pdf.setFont(FONT, 'bold');
    pdf.setFontSize(10);
    pdf.setTextColor(...MUTED);
    pdf.text(labels.words.legend, box.x, box.y - 10);
    await drawSvg(pdf, legend.svg, box.x, box.y, box.w, box.h);
  } else {
    await tiles(pdf, process, register, labels, plan, page, format, options, drawing);
  }

  stepTable(pdf, process, labels, laneName, page, format, options);
  const below = findings(pdf, process, labels, laneName, page);
  keyFigures(
    pdf,
    process,
    labels,
    page,
    below,
    handoverMarkers(process, register),
    (id) => names.get(id) ?? labels.svg.unknownLane,
  );
  if (labels.comparison) comparisonPage(pdf, process, labels.comparison, page);
  if (options.textAppendix) textAppendix(pdf, process, register, labels, page, format, options);

  footers(pdf, process, labels, page);
  const tiled =
    plan.mode === 'tile' ? { scale: plan.scale, wanted: plan.wanted, capped: plan.capped } : null;
  return { blob: pdf.output('blob'), tiles: tiled, layout: plan };
}

type Box = { x: number; y: number; w: number; h: number };

/**
 * The drawing at a readable scale over the pages the plan cut it into (layoutPlan): each page
 * ends in a gap between steps, never through one, and shows a little of its neighbour. The lane
 * names are repeated at the left of every page, so a page from the middle of a wide flow still
 * says whose lane is whose.
 *
 * Each drawing is rendered once, into a PDF form object, and every page places that one object
 * under its own clip: drawing the whole diagram again per page made the file and the time grow
 * with pages × steps.
 */
async function tiles(
  pdf: jsPDF,
  process: Process,
  register: readonly RegisterEntry[],
  labels: PdfLabels,
  plan: PdfLayout,
  page: { w: number; h: number },
  format: string,
  options: PageSetup,
  drawing: ProcessSvg,
): Promise<void> {
  const { scale, area } = plan;
  const w = drawing.width * scale;
  const h = drawing.height * scale;
  const header = HEADER_WIDTH * scale;
  const lanes = processToSvg(process, register, labels.svg, { fontFamily: FONT, lanesOnly: true });
  await formObject(pdf, 'fv-lanes', lanes.svg, w, h);
  await formObject(pdf, 'fv-diagram', drawing.svg, w, h);
  for (const tile of plan.tiles) {
    pdf.addPage(format, options.orientation);
    const label = fill(labels.words.tile, {
      row: tile.row + 1,
      column: tile.column + 1,
      rows: plan.rows,
      columns: plan.columns,
    });
    heading(pdf, process.title, `${labels.words.diagram} – ${label}`);
    pageMap(pdf, plan.rows, plan.columns, tile.row, tile.column, page.w - MARGIN, MARGIN - 6);
    const top = area.y - tile.y.start * scale;
    const height = (tile.y.end - tile.y.start) * scale;
    clipped(pdf, { x: area.x, y: area.y, w: header, h: height }, () =>
      place(pdf, 'fv-lanes', area.x, top, h, page.h),
    );
    // Only this page's part of the body: the step beyond its edge is whole on the next page.
    const body: Box = {
      x: area.x + header,
      y: area.y,
      w: (tile.x.end - tile.x.start) * scale,
      h: height,
    };
    clipped(pdf, body, () =>
      place(pdf, 'fv-diagram', body.x - tile.x.start * scale, top, h, page.h),
    );
  }
}

/** An SVG drawn once at width × height into a form object that pages can place. */
async function formObject(pdf: jsPDF, key: string, svg: string, width: number, height: number) {
  pdf.beginFormObject(0, 0, width, height, pdf.unitMatrix);
  try {
    await drawSvg(pdf, svg, 0, 0, width, height);
  } finally {
    pdf.endFormObject(key);
  }
}

/**
 * A form object with its top left at (x, y) in jsPDF's top-down page coordinates. The page's
 * stream is in PDF space (y up), as is the form's content, which svg2pdf flips within the form.
 */
function place(pdf: jsPDF, key: string, x: number, y: number, height: number, pageHeight: number) {
  pdf.doFormObject(key, pdf.Matrix(1, 0, 0, 1, x, pageHeight - y - height));
}

function clipped(pdf: jsPDF, box: Box, draw: () => void) {
  pdf.saveGraphicsState();
  pdf.rect(box.x, box.y, box.w, box.h, null);
  pdf.clip();
  pdf.discardPath();
  try {
    draw();
  } finally {
    pdf.restoreGraphicsState();
  }
}

/**
 * Number formats put no-break spaces in ("20 %", "1 000"); the embedded font has both, but
 * Helvetica (the benchmark's comparison) has no width for the narrow one.
 */
const plain = (text: string) =>
  FONT === 'helvetica' ? text.replace(/[\u00a0\u202f]/g, ' ') : text;

async function drawSvg(
  pdf: jsPDF,
  svg: string,
  x: number,
  y: number,
  width: number,
  height: number,
) {
  // Our own generated, escaped SVG: parsing it is safe. svg2pdf measures text through the DOM,
  // so the element is attached (invisibly) while it draws.
  // A character the font lacks is drawn as □ (and listed in the export dialog).
  const markup = FONT === 'helvetica' ? svg : replaceMissing(svg);
  const element = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:-100000px;top:0;visibility:hidden';
  holder.append(element);
  document.body.append(holder);
  // svg2pdf sets the font only where the SVG changes it from what it takes to be current: start
  // from the regular face, or text drawn into a form after a bold heading comes out all bold.
  pdf.setFont(FONT, 'normal');
  try {
    await svg2pdf(element, pdf, { x, y, width, height });
  } finally {
    holder.remove();
  }
}

function heading(pdf: jsPDF, title: string, section: string) {
  pdf.setFont(FONT, 'bold');
  pdf.setFontSize(14);
  pdf.setTextColor(...INK);
  pdf.text(section, MARGIN, MARGIN + 8);
  pdf.setFont(FONT, 'normal');
  pdf.setFontSize(9);
  pdf.setTextColor(...MUTED);
  pdf.text(title, MARGIN, MARGIN + 22);
}

/** A small grid of the tiles, this page's tile filled: where on the whole flow the reader is. */
function pageMap(
  pdf: jsPDF,
  rows: number,
  columns: number,
  row: number,
  column: number,
  right: number,
  top: number,
) {
  const cell = Math.min(12, 120 / Math.max(rows, columns));
  const left = right - columns * cell;
  pdf.setLineWidth(0.5);
  pdf.setDrawColor(...MUTED);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const here = r === row && c === column;
      pdf.setFillColor(here ? 37 : 255, here ? 99 : 255, here ? 235 : 255);
      pdf.rect(left + c * cell, top + r * cell, cell, cell, 'FD');
    }
  }
}

async function cover(
  pdf: jsPDF,
  process: Process,
  labels: PdfLabels,
  page: { w: number; h: number },
) {
  const { words, values } = labels;
  let y = MARGIN + 20;
  pdf.setTextColor(...MUTED);
  pdf.setFont(FONT, 'normal');
  pdf.setFontSize(11);
  pdf.text([values.category, values.status, values.variant].join('  ·  '), MARGIN, y);
  y += 30;
  pdf.setTextColor(...INK);
  pdf.setFont(FONT, 'bold');
  pdf.setFontSize(26);
  const titleLines = pdf.splitTextToSize(process.title, page.w - 2 * MARGIN) as string[];
  pdf.text(titleLines, MARGIN, y);
  y += titleLines.length * 30 + 10;

  const fields: [string, string][] = [
    [words.purpose, process.purpose],
    [words.customerGroups, values.customerGroups],
    [words.need, process.need],
    [words.outcome, process.outcome],
    [words.objectsIn, process.objectsIn.map((o) => o.text).join(', ')],
    [words.objectsOut, process.objectsOut.map((o) => o.text).join(', ')],
    [
      words.measures,
      process.measures.map((m) => (m.target ? `${m.name}: ${m.target}` : m.name)).join('\n'),
    ],
    [words.actions, process.actions],
    [words.owner, process.owner],
    [words.status, values.status],
    [words.version, values.version],
    [words.changed, values.changed],
  ];
  // The legend at the right of the fields when the page is wide enough for both side by side,
  // below them otherwise (on the next page when they fill this one). The fields' text is
  // measured and wrapped to its column, so it never runs under the legend.
  const legend = legendSvg(labels.svg.kinds, 2, FONT);
  const legendWidth = Math.min(300, legend.width * 0.75);
  const legendHeight = (legend.height * legendWidth) / legend.width;
  const labelWidth = 150;
  const gap = 32;
  const bottom = page.h - MARGIN - FOOTER;
  const besideWidth = page.w - 2 * MARGIN - labelWidth - legendWidth - gap;
  const beside = besideWidth >= 260;
  const textWidth = Math.min(520, beside ? besideWidth : page.w - 2 * MARGIN - labelWidth);
  const legendTop = y + 14;
  for (const [name, value] of fields) {
    pdf.setFont(FONT, 'bold');
    pdf.setFontSize(10);
    const nameLines = pdf.splitTextToSize(name, labelWidth - 12) as string[];
    pdf.setFont(FONT, 'normal');
    pdf.setFontSize(11);
    const lines = pdf.splitTextToSize(plain(value.trim()) || '–', textWidth) as string[];
    // Whole (the cover continues on a next page); only a field longer than a page is cut, with "…".
    const shown = lines.length > 40 ? [...lines.slice(0, 39), '…'] : lines;
    const height = Math.max(shown.length * 14, nameLines.length * 12);
    if (y + height > bottom) {
      pdf.addPage();
      y = MARGIN + 20;
    }
    pdf.setFont(FONT, 'bold');
    pdf.setFontSize(10);
    pdf.setTextColor(...MUTED);
    pdf.text(nameLines, MARGIN, y, { lineHeightFactor: 1.2 });
    pdf.setFont(FONT, 'normal');
    pdf.setFontSize(11);
    pdf.setTextColor(...INK);
    pdf.text(shown, MARGIN + labelWidth, y, { lineHeightFactor: 14 / 11 });
    y += height + 8;
  }

  let lx = MARGIN;
  let ly = y + 24;
  let shown = { svg: legend.svg, w: legendWidth, h: legendHeight };
  if (beside) {
    // Back to the first page, beside the fields.
    pdf.setPage(1);
    lx = page.w - MARGIN - legendWidth;
    ly = legendTop + 14;
  } else {
    // Below: as many columns as the page's width takes, so it is low enough to fit more often.
    const columns = Math.max(2, Math.min(4, Math.floor((page.w - 2 * MARGIN) / 150)));
    const wide = legendSvg(labels.svg.kinds, columns, FONT);
    const w = Math.min(page.w - 2 * MARGIN, wide.width * 0.75);
    shown = { svg: wide.svg, w, h: (wide.height * w) / wide.width };
    if (ly + shown.h > bottom) {
      pdf.addPage();
      ly = MARGIN + 40;
    }
  }
  pdf.setFont(FONT, 'bold');
  pdf.setFontSize(12);
  pdf.setTextColor(...INK);
  pdf.text(words.legend, lx, ly - 10);
  await drawSvg(pdf, shown.svg, lx, ly, shown.w, shown.h);
  pdf.setPage(pdf.getNumberOfPages());
}

function stepTable(
  pdf: jsPDF,
  process: Process,
  labels: PdfLabels,
  laneName: (s: Step) => string,
  page: { w: number; h: number },
  format: string,
  options: PageSetup,
) {
  const { words } = labels;
  // Numbered as on the diagram's shapes and in the text view.
  const steps = numberedSteps(process);
  const width = page.w - 2 * MARGIN;
  // Column shares of the page width: the texts get the room.
  const shares = [0.05, 0.22, 0.17, 0.28, 0.09, 0.09, 0.1];
  const columns = [
    words.number,
    words.step,
    words.lane,
    words.description,
    words.activeTime,
    words.waitingTime,
    words.itSystems,
  ];
  const xs = shares.reduce<number[]>(
    (acc, _s, i) => [...acc, i === 0 ? MARGIN : acc[i - 1]! + shares[i - 1]! * width],
    [],
  );
  const bottom = page.h - MARGIN - FOOTER;
  let y = 0;
  const header = () => {
    pdf.addPage(format, options.orientation);
    heading(pdf, process.title, words.steps);
    y = MARGIN + HEADER + 10;
    pdf.setFont(FONT, 'bold');
    pdf.setFontSize(9);
    pdf.setTextColor(...MUTED);
    columns.forEach((c, i) => pdf.text(c, xs[i]!, y));
    y += 6;
    pdf.setDrawColor(...MUTED);
    pdf.setLineWidth(0.8);
    pdf.line(MARGIN, y, MARGIN + width, y);
    y += 12;
  };
  header();
  steps.forEach((step, index) => {
    const cells = [
      String(index + 1),
      `${step.label || '–'} (${labels.svg.kinds[step.kind]})`,
      laneName(step),
      step.properties.description,
      labels.duration(step.properties.activeTime),
      labels.duration(step.properties.waitingTime),
      step.properties.itSystems.join(', '),
    ].map((text, i) => pdf.splitTextToSize(plain(text), shares[i]! * width - 8) as string[]);
    const lines = Math.max(...cells.map((c) => c.length));
    const rowHeight = lines * 11 + 8;
    if (y + rowHeight > bottom) header();
    pdf.setFont(FONT, 'normal');
    pdf.setFontSize(9);
    pdf.setTextColor(...INK);
    cells.forEach((c, i) => pdf.text(c, xs[i]!, y));
    y += rowHeight - 6;
    pdf.setDrawColor(203, 213, 225);
    pdf.setLineWidth(0.4);
    pdf.line(MARGIN, y - 4, MARGIN + width, y - 4);
    y += 6;
  });
}

function findings(
  pdf: jsPDF,
  process: Process,
  labels: PdfLabels,
  laneName: (s: Step) => string,
  page: { w: number; h: number },
) {
  const { words } = labels;
  pdf.addPage();
  heading(pdf, process.title, words.findings);
  const byId = new Map(process.steps.map((s) => [s.id, s]));
  const marks = process.steps.filter((s) => s.kind === 'problem' || s.kind === 'improvement');
  let y = MARGIN + HEADER + 14;
  const width = page.w - 2 * MARGIN;
  if (marks.length === 0) {
    pdf.setFont(FONT, 'normal');
    pdf.setFontSize(11);
    pdf.text(words.noFindings, MARGIN, y);
    return y + 20;
  }
  for (const kind of ['problem', 'improvement'] as const) {
    for (const mark of marks.filter((m) => m.kind === kind)) {
      const attached = process.connections
        .flatMap((c) => (c.from === mark.id ? [c.to] : c.to === mark.id ? [c.from] : []))
        .map((id) => byId.get(id))
        .filter((s): s is Step => !!s && STEP_KIND_INFO[s.kind].inFlow)
        .map((s) => `${s.label} (${laneName(s)})`);
      const title = pdf.splitTextToSize(
        `${labels.svg.kinds[kind]}: ${mark.label}`,
        width,
      ) as string[];
      const detail = pdf.splitTextToSize(
        `${words.belongsTo}: ${attached.length ? attached.join('; ') : '–'}`,
        width - 16,
      ) as string[];
      if (y + (title.length + detail.length) * 13 > page.h - MARGIN - FOOTER) {
        pdf.addPage();
        heading(pdf, process.title, words.findings);
        y = MARGIN + HEADER + 14;
      }
      pdf.setFont(FONT, 'bold');
      pdf.setFontSize(11);
      pdf.setTextColor(
        kind === 'problem' ? 185 : 4,
        kind === 'problem' ? 28 : 120,
        kind === 'problem' ? 28 : 87,
      );
      pdf.text(title, MARGIN, y);
      y += title.length * 13;
      pdf.setFont(FONT, 'normal');
      pdf.setFontSize(10);
      pdf.setTextColor(...INK);
      pdf.text(detail, MARGIN + 16, y);
      y += detail.length * 12 + 10;
    }
  }
  return y;
}

/**
 * The method's key figures, as the panel shows them: name and value per row. Below the findings
 * when they fit there, so a short review is not padded with near-empty pages. Then the handovers
 * the diagram marks (Ö1, Ö2 …): from which step and unit to which, so a mark can be looked up.
 */
function keyFigures(
  pdf: jsPDF,
  process: Process,
  labels: PdfLabels,
  page: { w: number; h: number },
  below: number,
  handovers: readonly HandoverMarker[],
  unitName: (registerId: string) => string,
) {
  const rowHeight = 22;
  const needed = 40 + labels.keyFigureRows.length * rowHeight;
  let y: number;
  let top: number;
  if (below + needed <= page.h - MARGIN - FOOTER) {
    y = below + 24;
    top = y;
    pdf.setFont(FONT, 'bold');
    pdf.setFontSize(14);
    pdf.setTextColor(...INK);
    pdf.text(labels.words.keyFigures, MARGIN, y);
    y += 24;
  } else {
    pdf.addPage();
    heading(pdf, process.title, labels.words.keyFigures);
    y = MARGIN + HEADER + 16;
    top = y;
  }
  const width = Math.min(360, page.w - 2 * MARGIN);
  for (const [name, value] of labels.keyFigureRows) {
    pdf.setFont(FONT, 'normal');
    pdf.setFontSize(11);
    pdf.setTextColor(...INK);
    pdf.text(plain(name), MARGIN, y);
    pdf.setFont(FONT, 'bold');
    pdf.text(plain(value), MARGIN + width, y, { align: 'right' });
    pdf.setDrawColor(203, 213, 225);
    pdf.setLineWidth(0.4);
    pdf.line(MARGIN, y + 6, MARGIN + width, y + 6);
    y += rowHeight;
  }
  if (handovers.length === 0) return;

  // Beside the figures when the page is wide enough (a landscape page), below them otherwise;
  // further pages, when the list needs them, use the whole width.
  const bottom = page.h - MARGIN - FOOTER;
  const side = page.w - 2 * MARGIN >= width + 48 + 400;
  let x = side ? MARGIN + width + 48 : MARGIN;
  let listWidth = Math.min(560, page.w - MARGIN - x);
  if (side) y = top;
  const room = (height: number) => {
    if (y + height <= bottom) return;
    pdf.addPage();
    heading(pdf, process.title, labels.words.keyFigures);
    y = MARGIN + HEADER + 16;
    x = MARGIN;
    listWidth = Math.min(560, page.w - 2 * MARGIN);
  };
  const byId = new Map(process.steps.map((s) => [s.id, s]));
  const stepText = (id: string, number: number | null) => {
    const label = byId.get(id)?.label.replace(/\s+/g, ' ').trim() || labels.svg.unnamedStep;
    return number === null ? label : `${number}. ${label}`;
  };
  const markWidth = 38;
  pdf.setFont(FONT, 'normal');
  pdf.setFontSize(10);
  const note = pdf.splitTextToSize(plain(labels.svg.handoversNote), listWidth) as string[];
  if (!side) y += 18;
  room(20 + note.length * 13 + 40);
  pdf.setFont(FONT, 'bold');
  pdf.setFontSize(side && below + needed <= bottom ? 14 : 13);
  pdf.setTextColor(...INK);
  pdf.text(plain(labels.svg.handoversHeading), x, y);
  y += side && below + needed <= bottom ? 24 : 18;
  pdf.setFont(FONT, 'normal');
  pdf.setFontSize(10);
  pdf.setTextColor(...MUTED);
  pdf.text(note, x, y);
  y += note.length * 13 + 8;
  for (const h of handovers) {
    pdf.setFontSize(10);
    const steps = pdf.splitTextToSize(
      plain(
        `${stepText(h.fromStepId, h.fromStepNumber)} → ${stepText(h.toStepId, h.toStepNumber)}`,
      ),
      listWidth - markWidth,
    ) as string[];
    const units = pdf.splitTextToSize(
      plain(`${unitName(h.fromUnitId)} → ${unitName(h.toUnitId)}`),
      listWidth - markWidth,
    ) as string[];
    room((steps.length + units.length) * 13 + 6);
    // The mark's own violet, as on the diagram.
    pdf.setFont(FONT, 'bold');
    pdf.setFontSize(10);
    pdf.setTextColor(109, 40, 217);
    pdf.text(plain(labels.svg.handoverMark(h.number)), x, y);
    pdf.setFont(FONT, 'normal');
    pdf.setTextColor(...INK);
    pdf.text(steps, x + markWidth, y);
    y += steps.length * 13;
    pdf.setTextColor(...MUTED);
    pdf.text(units, x + markWidth, y);
    y += units.length * 13 + 6;
  }
}

/** As-is against to-be: the figures before and after, and what changed. */
function comparisonPage(
  pdf: jsPDF,
  process: Process,
  c: NonNullable<PdfLabels['comparison']>,
  page: { w: number; h: number },
) {
  pdf.addPage();
  heading(pdf, process.title, c.heading);
  let y = MARGIN + HEADER + 16;
  const xs = [MARGIN, MARGIN + 260, MARGIN + 380];
  pdf.setFont(FONT, 'bold');
  pdf.setFontSize(9);
  pdf.setTextColor(...MUTED);
  c.columns.forEach((col, i) => pdf.text(plain(col), xs[i]!, y));
  y += 16;
  for (const row of c.rows) {
    pdf.setFont(FONT, 'normal');
    pdf.setFontSize(11);
    pdf.setTextColor(...INK);
    row.forEach((cell, i) => {
      pdf.setFont(FONT, i === 2 ? 'bold' : 'normal');
      pdf.text(plain(cell), xs[i]!, y);
    });
    pdf.setDrawColor(203, 213, 225);
    pdf.setLineWidth(0.4);
    pdf.line(MARGIN, y + 6, MARGIN + 480, y + 6);
    y += 22;
  }
  y += 16;
  pdf.setFont(FONT, 'bold');
  pdf.setFontSize(13);
  pdf.text(plain(c.changesHeading), MARGIN, y);
  y += 18;
  pdf.setFont(FONT, 'normal');
  pdf.setFontSize(10);
  for (const change of c.changes) {
    const lines = pdf.splitTextToSize(`– ${plain(change)}`, page.w - 2 * MARGIN) as string[];
    if (y + lines.length * 13 > page.h - MARGIN - FOOTER) {
      pdf.addPage();
      heading(pdf, process.title, c.heading);
      y = MARGIN + HEADER + 16;
    }
    pdf.text(lines, MARGIN, y);
    y += lines.length * 13 + 4;
  }
}

/**
 * The flow as numbered text (domain/analysis/textView), for reading aloud and for whoever cannot
 * see the diagram. Lines of about 90 characters at most: a wide page gets two columns. An entry
 * with its notes is kept together in a column.
 */
function textAppendix(
  pdf: jsPDF,
  process: Process,
  register: readonly RegisterEntry[],
  labels: PdfLabels,
  page: { w: number; h: number },
  format: string,
  options: PageSetup,
) {
  const { heading: title, labels: words } = labels.textView;
  const view = textView(process, register, words);
  if (!view.flow.length && !view.loose.length) return;
  const usable = page.w - 2 * MARGIN;
  const gap = 40;
  const count = usable >= 2 * 480 + gap ? 2 : 1;
  const columnWidth = Math.min(560, (usable - (count - 1) * gap) / count);
  const top = MARGIN + HEADER + 16;
  const bottom = page.h - MARGIN - FOOTER;
  const numberWidth = 26;
  let column = 0;
  let y = top;
  const newPage = () => {
    pdf.addPage(format, options.orientation);
    heading(pdf, process.title, title);
    column = 0;
    y = top;
  };
  const room = (height: number) => {
    if (y + height <= bottom || y === top) return;
    if (column + 1 < count) {
      column++;
      y = top;
    } else newPage();
  };
  const x = () => MARGIN + column * (columnWidth + gap);
  const textWidth = columnWidth - numberWidth;

  const entry = (e: TextEntry) => {
    pdf.setFontSize(11);
    const main = pdf.splitTextToSize(plain(entryLine(e, words)), textWidth) as string[];
    pdf.setFontSize(10);
    const notes = e.notes.map(
      (n) => pdf.splitTextToSize(plain(noteLine(n)), textWidth - 12) as string[],
    );
    room(main.length * 14 + notes.reduce((sum, n) => sum + n.length * 13, 0) + 6);
    pdf.setFont(FONT, 'bold');
    pdf.setFontSize(11);
    pdf.setTextColor(...INK);
    pdf.text(`${e.number}.`, x() + numberWidth - 6, y, { align: 'right' });
    pdf.setFont(FONT, 'normal');
    pdf.text(main, x() + numberWidth, y);
    y += main.length * 14;
    pdf.setFontSize(10);
    pdf.setTextColor(...MUTED);
    for (const lines of notes) {
      pdf.text(lines, x() + numberWidth + 12, y);
      y += lines.length * 13;
    }
    y += 6;
  };
  const section = (name: string) => {
    room(48);
    y += y === top ? 0 : 10;
    pdf.setFont(FONT, 'bold');
    pdf.setFontSize(12);
    pdf.setTextColor(...INK);
    pdf.text(plain(name), x(), y);
    y += 20;
  };

  newPage();
  view.flow.forEach(entry);
  if (view.unreached.length) {
    section(words.unreached);
    view.unreached.forEach(entry);
  }
  if (view.loose.length) {
    section(words.loose);
    for (const n of view.loose) {
      pdf.setFontSize(10);
      const lines = pdf.splitTextToSize(`– ${plain(noteLine(n))}`, columnWidth) as string[];
      room(lines.length * 13 + 4);
      pdf.setFont(FONT, 'normal');
      pdf.setTextColor(...INK);
      pdf.text(lines, x(), y);
      y += lines.length * 13 + 4;
    }
  }
}

function footers(pdf: jsPDF, process: Process, labels: PdfLabels, page: { w: number; h: number }) {
  const pages = pdf.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    pdf.setPage(i);
    const w = pdf.internal.pageSize.getWidth();
    const h = pdf.internal.pageSize.getHeight();
    pdf.setFont(FONT, 'normal');
    pdf.setFontSize(8);
    pdf.setTextColor(...MUTED);
    pdf.text(`${process.title} – ${labels.values.changed}`, MARGIN, h - MARGIN + 8);
    pdf.text(fill(labels.words.page, { page: i, pages }), w - MARGIN, h - MARGIN + 8, {
      align: 'right',
    });
  }
  void page;
}
