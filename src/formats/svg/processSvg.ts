// The process as one standalone SVG: the source of the SVG, PNG and PDF exports, so they all look
// alike. Plain string building — no DOM — with every user text escaped; no script, no external
// reference, only presentation attributes (svg2pdf reads those more reliably than CSS).
import { readableInk } from '../../domain/model/contrast';
import { routeProcess, type RoutedConnection } from '../../domain/layout/routing';
import { laneBands } from '../../domain/model/geometry';
import type { Connection, Process, RegisterEntry, Step, StepKind } from '../../domain/model/types';
import { shapeOutline } from './shapes';
import { breakCompounds, charsPerLine, esc, fitFontSize, fitName, truncate, wrap } from './text';

export interface SvgLabels {
  /** The kind names, translated by the caller: formats do not know the UI language. */
  kinds: Record<StepKind, string>;
  customerLane: string;
  unknownLane: string;
  /** A step without a label, as a connection's title names it. */
  unnamedStep: string;
  /**
   * A connection's title, naming both steps and its label ("Från A till B: Ja"); the label is
   * empty when the connection has none.
   */
  connectionTitle(from: string, to: string, label: string): string;
}

export interface SvgOptions {
  /** "helvetica" for the PDF (a font jsPDF has); a CSS font stack otherwise. */
  fontFamily?: string;
  /**
   * Only the lanes (bands and name headers), no steps or connections: the PDF repeats the lane
   * names at the left edge of every tile, so a page in the middle of a wide flow still says whose
   * lane is whose.
   */
  lanesOnly?: boolean;
  /** A file of its own: an XML declaration and the font stack declared in a <style> as well. */
  standalone?: boolean;
}

export interface ProcessSvg {
  svg: string;
  width: number;
  height: number;
}

export const HEADER_WIDTH = 220;
const MARGIN = 32;
const LABEL_SIZE = 13;
const LANE_SIZE = 15;
const KIND_SIZE = 9;
const DEFAULT_FONT = "'DejaVu Sans', 'Segoe UI', Arial, Helvetica, sans-serif";

const n = (v: number) => Math.round(v * 10) / 10;

interface Placed {
  step: Step;
  x: number;
  y: number;
}

export function processToSvg(
  process: Process,
  register: readonly RegisterEntry[],
  labels: SvgLabels,
  options: SvgOptions = {},
): ProcessSvg {
  const entries = new Map(register.map((e) => [e.id, e]));
  const bands = laneBands(process.lanes);
  const tops = new Map(bands.map((b) => [b.lane.id, b.top]));
  const minX = process.steps.length ? Math.min(...process.steps.map((s) => s.x)) : 0;
  const maxX = process.steps.length ? Math.max(...process.steps.map((s) => s.x + s.width)) : 400;
  const dx = HEADER_WIDTH + MARGIN - minX;
  const width = Math.ceil(HEADER_WIDTH + MARGIN * 2 + (maxX - minX));
  const lanesHeight = bands.reduce((h, b) => h + b.height, 0);
  const height = Math.ceil(Math.max(lanesHeight, 80));
  const placed = new Map<string, Placed>(
    process.steps.map((s) => [s.id, { step: s, x: s.x + dx, y: (tops.get(s.laneId) ?? 0) + s.y }]),
  );

  const out: string[] = [];
  const font = options.fontFamily ?? DEFAULT_FONT;
  out.push(
    ...(options.standalone ? ['<?xml version="1.0" encoding="UTF-8"?>'] : []),
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="fv-diagram" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(font)}">`,
    `<title>${esc(process.title)}</title>`,
    // Scoped by class: the same markup is also placed inline in the app (print), where a bare
    // selector would restyle the page.
    ...(options.standalone
      ? [`<style>.fv-diagram text { font-family: ${esc(font)}; }</style>`]
      : []),
    '<defs>',
    '<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="#334155"/></marker>',
    '<marker id="arrow-info" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="#64748b"/></marker>',
    '</defs>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  );

  // Lanes: a tinted band and a header with the unit's name; customer lanes say so in words.
  for (const band of bands) {
    const entry = entries.get(band.lane.registerId);
    const color = entry?.color ?? '#e2e8f0';
    const name = entry?.name ?? labels.unknownLane;
    const customer = entry?.kind === 'kundgrupp';
    out.push(
      // The whole name as the group's title: the drawing may break or shorten it.
      `<g><title>${esc(name)}</title>`,
      `<rect x="0" y="${n(band.top)}" width="${width}" height="${n(band.height)}" fill="${esc(color)}" fill-opacity="0.35" stroke="#94a3b8" stroke-width="1"/>`,
      `<rect x="0" y="${n(band.top)}" width="${HEADER_WIDTH}" height="${n(band.height)}" fill="${esc(color)}" stroke="#64748b" stroke-width="1"/>`,
    );
    // Between words and after dashes only; smaller, and cut with "…", only when one word
    // cannot fit. A customer lane keeps room at the bottom for saying so.
    const room = band.height - 24 - (customer ? 14 : 0);
    const shown = breakCompounds(name, charsPerLine(HEADER_WIDTH - 24, LANE_SIZE));
    const { lines, size } = fitName(shown, HEADER_WIDTH - 24, room, LANE_SIZE, 8);
    const lineHeight = size + 4;
    const blockTop = band.top + 12 + room / 2 - (lines.length * lineHeight) / 2 + size;
    lines.forEach((line, i) =>
      out.push(
        `<text x="12" y="${n(blockTop + i * lineHeight)}" font-size="${size}" font-weight="bold" fill="${readableInk(color)}">${esc(line)}</text>`,
      ),
    );
    if (customer) {
      out.push(
        `<text x="12" y="${n(band.top + band.height - 10)}" font-size="10" fill="${readableInk(color)}">${esc(labels.customerLane)}</text>`,
      );
    }
    out.push('</g>');
  }

  if (options.lanesOnly) {
    out.push('</svg>');
    return { svg: out.join('\n'), width, height };
  }

  // Connections under the steps, so arrows end at an outline and never cross a label. The
  // routes are the canvas's own (one routing for every view), moved right by the lane headers.
  const routes = routeProcess(process);
  const name = (id: string) => placed.get(id)?.step.label.trim() || labels.unnamedStep;
  for (const c of process.connections) {
    const route = routes.get(c.id);
    if (!route || !placed.has(c.from) || !placed.has(c.to)) continue;
    const title = labels.connectionTitle(name(c.from), name(c.to), c.label.trim());
    out.push(connectionGroup(c, route, dx, title));
  }

  for (const p of placed.values()) out.push(stepGroup(p, labels));
  out.push('</svg>');
  return { svg: out.join('\n'), width, height };
}

/** The diagram as an SVG file's text, for the SVG export. */
export function documentToSvg(
  process: Process,
  register: readonly RegisterEntry[],
  labels: SvgLabels,
): string {
  return processToSvg(process, register, labels, { standalone: true }).svg;
}

function stepGroup({ step, x, y }: Placed, labels: SvgLabels): string {
  const { width: w, height: h } = step;
  // The whole label once more as the group's title: a label cut short on the drawing is still
  // there in full for a screen reader, a tooltip and a text search.
  const parts = [
    `<g><title>${esc(`${labels.kinds[step.kind]}: ${step.label}`)}</title>`,
    shapeOutline(step.kind, x, y, w, h),
  ];
  const decision = step.kind === 'decision';
  // The kind in words at the top of the shape (inside the diamond's upper half for a decision).
  parts.push(
    `<text x="${n(x + w / 2)}" y="${n(y + (decision ? h * 0.3 : 14))}" font-size="${KIND_SIZE}" fill="#475569" text-anchor="middle">${esc(labels.kinds[step.kind])}</text>`,
  );
  const textWidthMax = decision ? w * 0.62 : w - 16;
  const size = fitFontSize(step.label, textWidthMax, LABEL_SIZE, 8);
  const lineHeight = size + 2;
  const maxLines = Math.max(1, Math.floor((h - (decision ? 36 : 24)) / lineHeight));
  const lines = wrap(step.label, textWidthMax, size, maxLines);
  const centre = y + (decision ? h / 2 + 4 : h / 2 + 6);
  const first = centre - ((lines.length - 1) * lineHeight) / 2 + size / 3;
  lines.forEach((line, i) =>
    parts.push(
      `<text x="${n(x + w / 2)}" y="${n(first + i * lineHeight)}" font-size="${size}" fill="#0f172a" text-anchor="middle">${esc(line)}</text>`,
    ),
  );
  parts.push('</g>');
  return parts.join('');
}

/** One connection as one group: its title names both ends, its label is inside it. */
function connectionGroup(c: Connection, route: RoutedConnection, dx: number, title: string) {
  const information = c.kind === 'information';
  const d = route.points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x + dx)},${n(y)}`).join(' ');
  const stroke = information ? '#64748b' : '#334155';
  const parts = [
    `<title>${esc(title)}</title>`,
    `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${information ? 1.5 : 2}"${
      information ? ' stroke-dasharray="6 4"' : ''
    } marker-end="url(#${information ? 'arrow-info' : 'arrow'})"/>`,
  ];
  const box = route.label;
  if (c.label.trim() && box) {
    // On a white plate where the routing put it (a segment of its own), readable over lines.
    const cx = box.x + dx + box.width / 2;
    const cy = box.y + box.height / 2;
    parts.push(
      `<rect x="${n(box.x + dx)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="3" fill="#ffffff" stroke="#cbd5e1" stroke-width="1"/>`,
      `<text x="${n(cx)}" y="${n(cy + 4)}" font-size="11" fill="#0f172a" text-anchor="middle">${esc(truncate(c.label.trim(), 40))}</text>`,
    );
  }
  return `<g>${parts.join('')}</g>`;
}
