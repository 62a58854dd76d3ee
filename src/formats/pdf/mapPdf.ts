// The process map (processkarta) as a PDF a manager can print: the processes by category, the
// main processes as a chain of chevrons from the customer's need to value, each to-be under its
// as-is; then the involvement matrix (processes × units) on as many pages as it needs, with the
// unit names and the process titles repeated on every page (mapPlan). Text stays text.
// Browser-only like buildPdf (it fetches the font); loaded lazily from landscape/mapExport.
import { jsPDF } from 'jspdf';
import { addPdfFonts } from './fonts/pdfFonts';
import { KEY_SPACE, MAP_TEXT, planMap, wrap, type MapTableInput, type Measure } from './mapPlan';
import { fill } from './pdfTypes';

const MARGIN = 40;
const HEADER = 40;
const FOOTER = 28;
const INK: RGB = [15, 23, 42];
const MUTED: RGB = [71, 85, 105];
const RULE: RGB = [203, 213, 225];
type RGB = [number, number, number];

export interface MapPdfGroup {
  title: string;
  /** The to-bes made from it, shown under it. */
  toBes: string[];
  /** A to-be whose as-is is not in the library: its own box, still marked. */
  toBe: boolean;
}

export interface MapPdfInput {
  language: 'sv' | 'en';
  bands: { heading: string; main: boolean; groups: MapPdfGroup[] }[];
  matrix: MapTableInput & { units: { short: string; name: string; color: string }[] };
  words: {
    /** "Processkarta" */
    title: string;
    /** Under the title on the first page: what the map holds and when it was made. */
    subtitle: string;
    need: string;
    value: string;
    empty: string;
    toBe: string;
    matrix: string;
    matrixHelp: string;
    matrixEmpty: string;
    process: string;
    /** "Processer {from}–{to} av {rows} · enheter {first}–{last} av {units}" */
    part: string;
    /** "Sida {page} av {pages}" */
    page: string;
    creator: string;
    /** Footer: "Processkarta – 2026-12-04" */
    footer: string;
  };
}

export async function buildMapPdf(input: MapPdfInput): Promise<Blob> {
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4', compress: true });
  // The embedded Unicode font: Sámi, Polish, Cyrillic… titles print as written.
  const font = await addPdfFonts(pdf);
  pdf.setProperties({ title: input.words.title, creator: input.words.creator });
  pdf.setLanguage(input.language);
  const page = { w: pdf.internal.pageSize.getWidth(), h: pdf.internal.pageSize.getHeight() };
  const area = {
    x: MARGIN,
    y: MARGIN + HEADER,
    w: page.w - 2 * MARGIN,
    h: page.h - 2 * MARGIN - HEADER - FOOTER,
  };
  const measure: Measure = (text, size, bold) => {
    pdf.setFont(font, bold ? 'bold' : 'normal');
    pdf.setFontSize(size);
    return pdf.getTextWidth(text);
  };
  const draw = new Drawer(pdf, font, measure);

  draw.heading(input.words.title, input.words.subtitle);
  overview(draw, input, area);

  const { matrix, words } = input;
  const plan = planMap(matrix, { width: area.w, height: area.h }, measure);
  const onePage = plan.pages.length === 1;
  for (const part of plan.pages) {
    pdf.addPage('a4', 'landscape');
    const where = fill(words.part, {
      from: part.rows.from + 1,
      to: part.rows.to,
      rows: plan.rows.length,
      first: part.columns.from + 1,
      last: part.columns.to,
      units: plan.columns.length,
    });
    draw.heading(words.matrix, onePage ? words.matrixHelp : `${where}. ${words.matrixHelp}`);
    if (plan.rows.length === 0) {
      draw.text([words.matrixEmpty], area.x, area.y, 10, false, INK);
      continue;
    }
    const columns = plan.columns.slice(part.columns.from, part.columns.to);
    const tableWidth = columns.reduce((sum, c) => sum + c.width, plan.titleWidth);
    const lh = plan.lineHeight;
    let y = area.y;
    // The header row: the units, on every page.
    pdf.setFillColor(241, 245, 249);
    pdf.rect(area.x, y, tableWidth, plan.headerHeight, 'F');
    draw.text([words.process], area.x + plan.pad, y + plan.pad, MAP_TEXT.header, true, MUTED);
    let x = area.x + plan.titleWidth;
    for (const column of columns) {
      draw.centred(column.lines, x, column.width, y + plan.pad, MAP_TEXT.header, true, INK);
      x += column.width;
    }
    y += plan.headerHeight;
    pdf.setDrawColor(...MUTED);
    pdf.setLineWidth(0.8);
    pdf.line(area.x, y, area.x + tableWidth, y);
    // The rows: the process titles, on every page, and the cells of this page's units.
    for (let r = part.rows.from; r < part.rows.to; r++) {
      const row = plan.rows[r]!;
      const cells = matrix.cells[r] ?? [];
      x = area.x + plan.titleWidth;
      for (let c = part.columns.from; c < part.columns.to; c++) {
        const width = plan.columns[c]!.width;
        const lines = cells[c];
        if (lines) {
          pdf.setFillColor(...rgb(matrix.units[c]!.color));
          pdf.rect(x + 1, y + 1, width - 2, row.height - 2, 'F');
          const top = y + (row.height - lines.length * lh(MAP_TEXT.cell)) / 2;
          draw.centred([...lines], x, width, top, MAP_TEXT.cell, false, INK);
        }
        x += width;
      }
      const tx = area.x + plan.pad + row.indent;
      if (row.indent) {
        // The to-be hangs from its as-is above: a small elbow where an arrow would be.
        pdf.setDrawColor(...MUTED);
        pdf.setLineWidth(0.6);
        const mid = y + plan.pad + lh(MAP_TEXT.title) / 2;
        pdf.line(area.x + plan.pad + 2, y, area.x + plan.pad + 2, mid);
        pdf.line(area.x + plan.pad + 2, mid, tx - 2, mid);
      }
      draw.text(row.lines, tx, y + plan.pad, MAP_TEXT.title, !row.toBe, INK);
      if (row.toBe) {
        const below = y + plan.pad + row.lines.length * lh(MAP_TEXT.title);
        draw.text([words.toBe], tx, below, MAP_TEXT.badge, false, MUTED);
      }
      y += row.height;
      pdf.setDrawColor(...RULE);
      pdf.setLineWidth(0.4);
      pdf.line(area.x, y, area.x + tableWidth, y);
    }
    // Column rules, so a long page is read down its column.
    x = area.x + plan.titleWidth;
    pdf.setDrawColor(...RULE);
    for (const column of columns) {
      pdf.line(x, area.y, x, y);
      x += column.width;
    }
    pdf.line(x, area.y, x, y);
    // What the abbreviations on this page stand for.
    const keyTop = y + (part.keyHeight ? 12 : 0);
    for (const item of part.key) {
      const unit = matrix.units[item.unit]!;
      const ky = keyTop + item.line * lh(MAP_TEXT.key);
      draw.text([unit.short], area.x + item.x, ky, MAP_TEXT.key, true, INK);
      const sx = area.x + item.x + measure(unit.short, MAP_TEXT.key, true) + KEY_SPACE;
      draw.text([unit.name], sx, ky, MAP_TEXT.key, false, INK);
    }
  }

  footers(draw, input.words, page);
  return pdf.output('blob');
}

/** The categories as bands of boxes; main processes as chevrons; to-bes under their as-is. */
function overview(
  draw: Drawer,
  input: MapPdfInput,
  area: { x: number; y: number; w: number; h: number },
) {
  const { pdf } = draw;
  const words = input.words;
  const MIN_BOX = 130;
  const GAP = 12;
  const PAD = 6;
  const END = 78;
  const bottom = area.y + area.h;
  const size = 9;
  const lh = size * 1.3;
  let y = area.y;
  const newPage = () => {
    pdf.addPage('a4', 'landscape');
    draw.heading(words.title, words.subtitle);
    y = area.y;
  };
  for (const band of input.bands) {
    const left = area.x + (band.main ? END : 0) + PAD;
    const right = area.x + area.w - (band.main ? END : 0) - PAD;
    const perLine = Math.max(1, Math.floor((right - left + GAP) / (MIN_BOX + GAP)));
    // The boxes share the line out between them.
    const BOX = Math.max(MIN_BOX, (right - left - (perLine - 1) * GAP) / perLine);
    const boxLines = (title: string, width: number) =>
      wrap(title, width - 2 * PAD - (band.main ? 16 : 0), (s) => draw.measure(s, size, true)).slice(
        0,
        4,
      );
    const slots = band.groups.map((g) => {
      const main = boxLines(g.title, BOX);
      const mainHeight = Math.max(44, (main.length + (g.toBe ? 1 : 0)) * lh + 2 * PAD);
      const toBes = g.toBes.map((t) => {
        const lines = wrap(t, BOX - 14 - 2 * PAD, (s) => draw.measure(s, size - 1, false)).slice(
          0,
          3,
        );
        return { lines, height: (lines.length + 1) * (lh - 1) + 2 * PAD };
      });
      const height = mainHeight + toBes.reduce((sum, t) => sum + t.height + 4, 0);
      return { group: g, main, mainHeight, toBes, height };
    });
    const lines: (typeof slots)[] = [];
    for (let i = 0; i < slots.length; i += perLine) lines.push(slots.slice(i, i + perLine));
    const headingHeight = 22;
    const firstHeight = lines[0] ? Math.max(...lines[0].map((s) => s.height)) : 20;
    if (y + headingHeight + firstHeight + 2 * PAD > bottom && y > area.y) newPage();
    const colour: RGB = band.main ? [255, 255, 255] : [241, 245, 249];
    const bandTop = y;
    pdf.setFillColor(...colour);
    pdf.rect(area.x, y, area.w, headingHeight, 'F');
    draw.text([band.heading], area.x + PAD, y + PAD, 11, true, INK);
    y += headingHeight;
    if (lines.length === 0) {
      pdf.rect(area.x, y, area.w, 22, 'F');
      draw.text([words.empty], area.x + PAD, y + 2, size, false, MUTED);
      y += 22;
    }
    let segmentTop = bandTop;
    lines.forEach((line, index) => {
      const height = Math.max(...line.map((s) => s.height)) + 2 * PAD;
      if (y + height > bottom) {
        frame(pdf, area.x, segmentTop, area.w, y - segmentTop);
        newPage();
        segmentTop = y;
        // The band goes on: its name again at the top of the page.
        pdf.setFillColor(...colour);
        pdf.rect(area.x, y, area.w, headingHeight, 'F');
        draw.text([band.heading], area.x + PAD, y + PAD, 11, true, INK);
        y += headingHeight;
      }
      pdf.setFillColor(...colour);
      pdf.rect(area.x, y, area.w, height, 'F');
      if (band.main && index === 0) {
        const need = wrap(words.need, END - 2 * PAD, (t) => draw.measure(t, size, true));
        const top = y + height / 2 - (need.length * lh) / 2;
        draw.centred(need, area.x + PAD / 2, END, top, size, true, INK);
      }
      if (band.main && index === lines.length - 1) {
        const ex = area.x + area.w - END;
        const value = wrap(words.value, END - 2 * PAD, (t) => draw.measure(t, size, true));
        const top = y + height / 2 - (value.length * lh) / 2;
        draw.centred(value, ex - PAD / 2, END, top, size, true, INK);
      }
      line.forEach((slot, i) => {
        const x = left + i * (BOX + GAP);
        let top = y + PAD;
        if (band.main) chevron(pdf, x, top, BOX, slot.mainHeight);
        else {
          pdf.setFillColor(255, 255, 255);
          pdf.setDrawColor(51, 65, 85);
          pdf.setLineWidth(1.2);
          pdf.roundedRect(x, top, BOX, slot.mainHeight, 4, 4, 'FD');
        }
        const textX = x + PAD + (band.main ? 12 : 0);
        const textHeight = (slot.main.length + (slot.group.toBe ? 1 : 0)) * lh;
        const textTop = top + (slot.mainHeight - textHeight) / 2;
        draw.text(slot.main, textX, textTop, size, true, INK);
        if (slot.group.toBe) {
          draw.text([words.toBe], textX, textTop + slot.main.length * lh, size - 1.5, false, MUTED);
        }
        top += slot.mainHeight + 4;
        for (const toBe of slot.toBes) {
          // Under its as-is, indented, hanging from it.
          pdf.setDrawColor(...MUTED);
          pdf.setLineWidth(0.8);
          pdf.line(x + 8, top - 4, x + 8, top + toBe.height / 2);
          pdf.line(x + 8, top + toBe.height / 2, x + 14, top + toBe.height / 2);
          pdf.setFillColor(248, 250, 252);
          pdf.setLineDashPattern([3, 2], 0);
          pdf.roundedRect(x + 14, top, BOX - 14, toBe.height, 3, 3, 'FD');
          pdf.setLineDashPattern([], 0);
          draw.text(toBe.lines, x + 14 + PAD, top + PAD, size - 1, false, INK);
          const below = top + PAD + toBe.lines.length * (lh - 1);
          draw.text([words.toBe], x + 14 + PAD, below, size - 1.5, true, MUTED);
          top += toBe.height + 4;
        }
      });
      y += height;
    });
    frame(pdf, area.x, segmentTop, area.w, y - segmentTop);
    y += 14;
  }
}

function frame(pdf: jsPDF, x: number, y: number, w: number, h: number) {
  pdf.setDrawColor(...RULE);
  pdf.setLineWidth(0.8);
  pdf.roundedRect(x, y, w, h, 6, 6, 'S');
}

/** A chevron: the main processes read as a chain towards the customer's value. */
function chevron(pdf: jsPDF, x: number, y: number, w: number, h: number) {
  const tip = 12;
  pdf.setFillColor(219, 234, 254);
  pdf.setDrawColor(37, 99, 235);
  pdf.setLineWidth(0.8);
  pdf.lines(
    [
      [w - tip, 0],
      [tip, h / 2],
      [-tip, h / 2],
      [-(w - tip), 0],
      [tip, -h / 2],
    ],
    x,
    y,
    [1, 1],
    'FD',
    true,
  );
}

class Drawer {
  constructor(
    readonly pdf: jsPDF,
    readonly font: string,
    readonly measure: Measure,
  ) {}

  heading(section: string, sub: string) {
    const { pdf } = this;
    this.text([section], MARGIN, MARGIN - 4, 15, true, INK);
    const page = pdf.internal.pageSize.getWidth();
    const lines = wrap(sub, page - 2 * MARGIN, (s) => this.measure(s, 9, false)).slice(0, 2);
    this.text(lines, MARGIN, MARGIN + 16, 9, false, MUTED);
  }

  /** Lines with their tops at y (not their baselines). */
  text(lines: string[], x: number, y: number, size: number, bold: boolean, colour: RGB) {
    const { pdf } = this;
    pdf.setFont(this.font, bold ? 'bold' : 'normal');
    pdf.setFontSize(size);
    pdf.setTextColor(...colour);
    pdf.text(lines, x, y, { baseline: 'top', lineHeightFactor: 1.3 });
  }

  centred(
    lines: string[],
    x: number,
    width: number,
    y: number,
    size: number,
    bold: boolean,
    colour: RGB,
  ) {
    lines.forEach((line, i) => {
      const w = this.measure(line, size, bold);
      this.text([line], x + (width - w) / 2, y + i * size * 1.3, size, bold, colour);
    });
  }
}

function footers(draw: Drawer, words: MapPdfInput['words'], page: { w: number; h: number }) {
  const { pdf } = draw;
  const pages = pdf.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    pdf.setPage(i);
    const y = page.h - MARGIN + 2;
    draw.text([words.footer], MARGIN, y, 8, false, MUTED);
    const label = fill(words.page, { page: i, pages });
    const w = draw.measure(label, 8, false);
    draw.text([label], page.w - MARGIN - w, y, 8, false, MUTED);
  }
}

function rgb(hex: string): RGB {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return [226, 232, 240];
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}
