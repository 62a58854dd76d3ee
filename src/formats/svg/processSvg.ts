// The process as one standalone SVG: the source of the SVG, PNG and PDF exports, so they all look
// alike. Plain string building — no DOM — with every user text escaped; no script, no external
// reference, only presentation attributes (svg2pdf reads those more reliably than CSS).
import { handoverMarkers } from '../../domain/analysis/handoverMarkers';
import type { StepChange } from '../../domain/analysis/stepChanges';
import { stepNumbers } from '../../domain/analysis/stepNumbers';
import { readableInk } from '../../domain/model/contrast';
import { routeProcess, type RoutedConnection } from '../../domain/layout/routing';
import { laneBands, laneTops, stepBox } from '../../domain/layout/projection';
import type { Box, Point } from '../../domain/model/route';
import type {
  Connection,
  Duration,
  Process,
  RegisterEntry,
  Step,
  StepKind,
} from '../../domain/model/types';
import { changeOutline, changeTag, numberBadge, shapeOutline } from './shapes';
import {
  breakCompounds,
  charsPerLine,
  esc,
  fitFontSize,
  fitName,
  textWidth,
  truncate,
  wrap,
} from './text';

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
  /** A step's time in words, as the PDF's step table writes it ("2 timmar"); '' for none. */
  duration(value: Duration | null): string;
  /** A step's active and waiting time on its shape: "Aktiv 2 timmar", "Väntan 3 dagar". */
  activeTime(time: string): string;
  waitingTime(time: string): string;
  /** The marker of a handover on its connection: "Ö1". */
  handoverMark(number: number): string;
  /** The handovers' list on the PDF's key-figures page: its heading and what the marks mean. */
  handoversHeading: string;
  handoversNote: string;
  /** The tags on a to-be's steps: "Ny", "Ändrad". */
  stepChange: Record<StepChange, string>;
  /**
   * For a to-be with its as-is at hand: the steps to mark as added or changed (stepChanges).
   * Carried with the words, as the PDF's comparison is, by the caller that read the as-is.
   */
  changes?: ReadonlyMap<string, StepChange>;
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
const TIME_SIZE = 9;
const MARK_SIZE = 10;
/** Violet: apart from the problems' red, the ideas' green and a to-be's marks. */
const HANDOVER_FILL = '#6d28d9';
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
  const tops = laneTops(process);
  const minX = process.steps.length ? Math.min(...process.steps.map((s) => s.x)) : 0;
  const maxX = process.steps.length ? Math.max(...process.steps.map((s) => s.x + s.width)) : 400;
  const dx = HEADER_WIDTH + MARGIN - minX;
  const width = Math.ceil(HEADER_WIDTH + MARGIN * 2 + (maxX - minX));
  const lanesHeight = bands.reduce((h, b) => h + b.height, 0);
  const height = Math.ceil(Math.max(lanesHeight, 80));
  const placed = new Map<string, Placed>(
    process.steps.map((s) => [s.id, { step: s, x: s.x + dx, y: stepBox(process, s, tops).y }]),
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
  const numbers = stepNumbers(process);
  // Each handover marked on its connection where it leaves the unit's lane, numbered in flow
  // order, clear of the steps, the label plates and the other marks.
  const handovers = new Map(
    handoverMarkers(process, register, numbers).map((h) => [h.connectionId, h]),
  );
  const taken: Box[] = [...placed.values()].map(({ step, x, y }) => ({
    x: x - dx,
    y,
    width: step.width,
    height: step.height,
  }));
  for (const route of routes.values()) if (route.label) taken.push(route.label);
  const bandOf = new Map(bands.map((b) => [b.lane.id, b]));
  for (const c of process.connections) {
    const route = routes.get(c.id);
    if (!route || !placed.has(c.from) || !placed.has(c.to)) continue;
    const title = labels.connectionTitle(name(c.from), name(c.to), c.label.trim());
    const handover = handovers.get(c.id);
    let mark: Mark | null = null;
    if (handover) {
      const text = labels.handoverMark(handover.number);
      const r = Math.max(10, textWidth(text, MARK_SIZE) / 2 + 4);
      const band = bandOf.get(placed.get(c.from)!.step.laneId);
      const at = markPoint(
        route.points,
        band ? [band.top, band.top + band.height] : null,
        r,
        taken,
      );
      taken.push({ x: at[0] - r, y: at[1] - r, width: 2 * r, height: 2 * r });
      mark = { text, r, x: at[0], y: at[1] };
    }
    out.push(connectionGroup(c, route, dx, title, mark));
  }

  for (const p of placed.values())
    out.push(stepGroup(p, labels, numbers.get(p.step.id), labels.changes?.get(p.step.id)));
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

function stepGroup(
  { step, x, y }: Placed,
  labels: SvgLabels,
  number: number | undefined,
  change: StepChange | undefined,
): string {
  const { width: w, height: h } = step;
  // The whole label once more as the group's title: a label cut short on the drawing is still
  // there in full for a screen reader, a tooltip and a text search. The outline comes first
  // (readers of the file take the first shape for the step's box), the marks after it.
  const parts = [
    `<g><title>${esc(`${labels.kinds[step.kind]}: ${step.label}`)}</title>`,
    shapeOutline(step.kind, x, y, w, h),
  ];
  const decision = step.kind === 'decision';
  // The kind in words at the top of the shape (inside the diamond's upper half for a decision).
  parts.push(
    `<text x="${n(x + w / 2)}" y="${n(y + (decision ? h * 0.3 : 14))}" font-size="${KIND_SIZE}" fill="#475569" text-anchor="middle">${esc(labels.kinds[step.kind])}</text>`,
  );
  // Active and waiting time at the foot of the shape, on one line when it fits; the label makes
  // room for them.
  const times = timeLines(step, labels, decision ? w * 0.5 : w - 20, decision ? 8 : TIME_SIZE);
  const timeSize = decision ? 8 : TIME_SIZE;
  const reserve = times.length * (timeSize + 2);
  const textWidthMax = decision ? w * 0.62 : w - 16;
  const size = fitFontSize(step.label, textWidthMax, LABEL_SIZE, 8);
  const lineHeight = size + 2;
  const maxLines = Math.max(1, Math.floor((h - (decision ? 36 : 24) - reserve) / lineHeight));
  const lines = wrap(step.label, textWidthMax, size, maxLines);
  const centre = y + (decision ? h / 2 + 4 : h / 2 + 6) - reserve / 2;
  const first = centre - ((lines.length - 1) * lineHeight) / 2 + size / 3;
  lines.forEach((line, i) =>
    parts.push(
      `<text x="${n(x + w / 2)}" y="${n(first + i * lineHeight)}" font-size="${size}" fill="#0f172a" text-anchor="middle">${esc(line)}</text>`,
    ),
  );
  // The last line's baseline: above the subprocess's "+", inside the diamond's lower point.
  const foot =
    y + (decision ? h * 0.75 : step.kind === 'subprocess' ? h - 22 : h - (times.length ? 7 : 0));
  times.forEach((line, i) =>
    parts.push(
      `<text class="fv-step-time" x="${n(x + w / 2)}" y="${n(foot - (times.length - 1 - i) * (timeSize + 2))}" font-size="${timeSize}" fill="#334155" text-anchor="middle">${esc(line)}</text>`,
    ),
  );
  if (change) parts.push(changeOutline(step.kind, x, y, w, h, change));
  if (number !== undefined) parts.push(numberBadge(step.kind, x, y, w, h, String(number)));
  if (change) parts.push(changeTag(x, y, w, change, labels.stepChange[change]));
  parts.push('</g>');
  return parts.join('');
}

/** "Aktiv 2 timmar · Väntan 3 dagar", or the two on lines of their own when that is too wide. */
function timeLines(step: Step, labels: SvgLabels, width: number, size: number): string[] {
  const { activeTime, waitingTime } = step.properties;
  const parts = [
    activeTime ? labels.activeTime(labels.duration(activeTime)) : '',
    waitingTime ? labels.waitingTime(labels.duration(waitingTime)) : '',
  ].filter(Boolean);
  const one = parts.join(' · ');
  return parts.length > 1 && textWidth(one, size) > width ? parts : one ? [one] : [];
}

interface Mark {
  text: string;
  r: number;
  /** The centre, in the routes' coordinates (before the lane headers' shift). */
  x: number;
  y: number;
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where a handover's mark sits on its route: where the route leaves the lane it starts in (the
 * handover itself), or a little after its start when it never does; moved along the route, a
 * step at a time, until it covers no step, label plate or other mark.
 */
export function markPoint(
  points: readonly Point[],
  band: [number, number] | null,
  r: number,
  taken: readonly Box[],
): Point {
  if (points.length < 2) return points[0] ?? [0, 0];
  const cumulative = [0];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    cumulative.push(cumulative[i - 1]! + Math.hypot(b[0] - a[0], b[1] - a[1]));
  }
  const total = cumulative.at(-1) ?? 0;
  const at = (distance: number): Point => {
    const d = Math.max(0, Math.min(total, distance));
    let i = 1;
    while (i < points.length - 1 && cumulative[i]! < d) i++;
    const a: Point = points[i - 1] ?? [0, 0];
    const b: Point = points[i] ?? a;
    const length = cumulative[i]! - cumulative[i - 1]!;
    const t = length ? (d - cumulative[i - 1]!) / length : 0;
    return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  };
  let start = Math.min(24, total / 2);
  if (band) {
    const inside = (p: Point) => p[1] >= band[0] && p[1] <= band[1];
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      if (!inside(a) || inside(b)) continue;
      const edge = b[1] < band[0] ? band[0] : band[1];
      start =
        cumulative[i - 1]! +
        ((edge - a[1]) / (b[1] - a[1])) * (cumulative[i]! - cumulative[i - 1]!);
      break;
    }
  }
  // Not over the arrowhead at the end, nor the very start of the line.
  const low = Math.min(r + 2, total / 2);
  const high = Math.max(low, total - r - 12);
  const clear = (p: Point) =>
    !taken.some((box) =>
      intersects(box, { x: p[0] - r, y: p[1] - r, width: 2 * r, height: 2 * r }),
    );
  for (let k = 0; k <= 24; k++) {
    const shift = (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 6;
    const p = at(Math.max(low, Math.min(high, start + shift)));
    if (clear(p)) return p;
  }
  return at(Math.max(low, Math.min(high, start)));
}

/**
 * One connection as one group: its title names both ends, its label is inside it, and a
 * handover's mark after the label (a circle, and a text of its own class, so the label plate
 * stays the group's only rect and the label its first text).
 */
function connectionGroup(
  c: Connection,
  route: RoutedConnection,
  dx: number,
  title: string,
  mark: Mark | null,
) {
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
  if (mark) {
    parts.push(
      `<circle class="fv-handover" cx="${n(mark.x + dx)}" cy="${n(mark.y)}" r="${n(mark.r)}" fill="${HANDOVER_FILL}" stroke="#ffffff" stroke-width="1.5"/>`,
      `<text class="fv-handover" x="${n(mark.x + dx)}" y="${n(mark.y + MARK_SIZE * 0.35)}" font-size="${MARK_SIZE}" font-weight="bold" fill="#ffffff" text-anchor="middle">${esc(mark.text)}</text>`,
    );
  }
  return `<g>${parts.join('')}</g>`;
}
