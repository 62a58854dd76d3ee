// The process as one standalone SVG: the source of the SVG, PNG and PDF exports, so they all look
// alike. Plain string building — no DOM — with every user text escaped; no script, no external
// reference, only presentation attributes (svg2pdf reads those more reliably than CSS).
import { readableInk } from '../../domain/model/contrast';
import { laneBands } from '../../domain/model/geometry';
import { labelPoint, orthogonalRoute } from '../../domain/model/route';
import type { Process, RegisterEntry, Step, StepKind } from '../../domain/model/types';
import { shapeOutline } from './shapes';
import { breakCompounds, charsPerLine, esc, fitFontSize, textWidth, truncate, wrap } from './text';

export interface SvgLabels {
  /** The kind names, translated by the caller: formats do not know the UI language. */
  kinds: Record<StepKind, string>;
  customerLane: string;
  unknownLane: string;
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
    const shown = breakCompounds(name, charsPerLine(HEADER_WIDTH - 24, LANE_SIZE));
    const size = fitFontSize(shown, HEADER_WIDTH - 24, LANE_SIZE, 10);
    const lineHeight = size + 4;
    const maxLaneLines = Math.max(1, Math.floor((band.height - 24) / lineHeight));
    const lines = wrap(shown, HEADER_WIDTH - 24, size, maxLaneLines);
    const blockTop = band.top + band.height / 2 - (lines.length * lineHeight) / 2 + size - 1;
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

  // Connections under the steps, so arrows end at an outline and never cross a label.
  for (const c of process.connections) {
    const from = placed.get(c.from);
    const to = placed.get(c.to);
    if (!from || !to) continue;
    out.push(connectionPath(from, to, c.kind === 'information', c.label));
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

/**
 * An orthogonal route: right side to left side when the target lies ahead; between top and
 * bottom when the steps share a column; a loop back goes round underneath both.
 */
function connectionPath(from: Placed, to: Placed, information: boolean, label: string): string {
  const boxOf = (p: Placed) => ({ x: p.x, y: p.y, width: p.step.width, height: p.step.height });
  const points = orthogonalRoute(boxOf(from), boxOf(to));
  const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)},${n(y)}`).join(' ');
  const stroke = information ? '#64748b' : '#334155';
  const parts = [
    `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${information ? 1.5 : 2}"${
      information ? ' stroke-dasharray="6 4"' : ''
    } marker-end="url(#${information ? 'arrow-info' : 'arrow'})"/>`,
  ];
  if (label.trim()) {
    // On the longest segment, on a white plate so it stays readable over lanes and lines.
    const [cx, cy] = labelPoint(points);
    const text = truncate(label, 40);
    const w = textWidth(text, 11) + 10;
    parts.push(
      `<rect x="${n(cx - w / 2)}" y="${n(cy - 9)}" width="${n(w)}" height="16" rx="3" fill="#ffffff" stroke="#cbd5e1" stroke-width="1"/>`,
      `<text x="${n(cx)}" y="${n(cy + 3)}" font-size="11" fill="#0f172a" text-anchor="middle">${esc(text)}</text>`,
    );
  }
  return `<g>${parts.join('')}</g>`;
}
