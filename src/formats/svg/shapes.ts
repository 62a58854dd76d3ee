// The outline of each step kind, as in the editor: shape and line style carry the kind, so
// colour is never the only difference (and the kind's name is written in the shape as well).
import type { StepKind } from '../../domain/model/types';
import { esc } from './text';

export interface ShapeStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash?: string;
}

export const SHAPE_STYLE: Record<StepKind, ShapeStyle> = {
  need: { fill: '#fef3c7', stroke: '#92400e', strokeWidth: 2 },
  activity: { fill: '#ffffff', stroke: '#334155', strokeWidth: 2 },
  decision: { fill: '#fff7ed', stroke: '#334155', strokeWidth: 2 },
  wait: { fill: '#f1f5f9', stroke: '#334155', strokeWidth: 2, dash: '6 4' },
  informationObject: { fill: '#f8fafc', stroke: '#334155', strokeWidth: 2 },
  itSystem: { fill: '#eef2ff', stroke: '#3730a3', strokeWidth: 2 },
  problem: { fill: '#fef2f2', stroke: '#b91c1c', strokeWidth: 3 },
  improvement: { fill: '#ecfdf5', stroke: '#047857', strokeWidth: 3 },
  note: { fill: '#fefce8', stroke: '#a16207', strokeWidth: 2, dash: '2 3' },
  outcome: { fill: '#dcfce7', stroke: '#166534', strokeWidth: 2 },
  subprocess: { fill: '#ffffff', stroke: '#334155', strokeWidth: 2 },
};

const n = (v: number) => Math.round(v * 10) / 10;

/** SVG elements drawing the outline of a step of this kind in the box (x, y, w, h). */
export function shapeOutline(kind: StepKind, x: number, y: number, w: number, h: number): string {
  const s = SHAPE_STYLE[kind];
  const paint = `fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidth}"${
    s.dash ? ` stroke-dasharray="${s.dash}"` : ''
  }`;
  const rect = (rx: number) =>
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${rx}" ${paint}/>`;
  switch (kind) {
    case 'need':
      return rect(h / 2);
    case 'outcome':
      // A double outline: the end of the flow.
      return (
        rect(h / 2) +
        `<rect x="${n(x + 4)}" y="${n(y + 4)}" width="${n(w - 8)}" height="${n(h - 8)}" rx="${n(h / 2 - 4)}" fill="none" stroke="${s.stroke}" stroke-width="1.5"/>`
      );
    case 'decision':
      return `<polygon points="${n(x + w / 2)},${n(y)} ${n(x + w)},${n(y + h / 2)} ${n(x + w / 2)},${n(y + h)} ${n(x)},${n(y + h / 2)}" ${paint}/>`;
    case 'informationObject': {
      // A sheet with a folded corner.
      const f = 14;
      return (
        `<path d="M${n(x)},${n(y)} H${n(x + w - f)} L${n(x + w)},${n(y + f)} V${n(y + h)} H${n(x)} Z" ${paint}/>` +
        `<path d="M${n(x + w - f)},${n(y)} V${n(y + f)} H${n(x + w)}" fill="none" stroke="${s.stroke}" stroke-width="1.5"/>`
      );
    }
    case 'itSystem':
      // Bars at both ends, like a system block.
      return (
        rect(2) +
        `<rect x="${n(x)}" y="${n(y)}" width="8" height="${n(h)}" fill="${s.stroke}"/>` +
        `<rect x="${n(x + w - 8)}" y="${n(y)}" width="8" height="${n(h)}" fill="${s.stroke}"/>`
      );
    case 'problem':
      return rect(4);
    case 'improvement':
      return `<path d="M${n(x + 18)},${n(y)} H${n(x + w - 4)} Q${n(x + w)},${n(y)} ${n(x + w)},${n(y + 4)} V${n(y + h - 18)} Q${n(x + w)},${n(y + h)} ${n(x + w - 18)},${n(y + h)} H${n(x + 4)} Q${n(x)},${n(y + h)} ${n(x)},${n(y + h - 4)} V${n(y + 18)} Q${n(x)},${n(y)} ${n(x + 18)},${n(y)} Z" ${paint}/>`;
    case 'note':
      return rect(0);
    case 'subprocess':
      // Double outline plus the BPMN "+" marker: there is a whole process behind this step.
      return (
        rect(8) +
        `<rect x="${n(x + 4)}" y="${n(y + 4)}" width="${n(w - 8)}" height="${n(h - 8)}" rx="5" fill="none" stroke="${s.stroke}" stroke-width="1.5"/>` +
        `<rect x="${n(x + w / 2 - 7)}" y="${n(y + h - 18)}" width="14" height="14" fill="#fff" stroke="${s.stroke}" stroke-width="1.5"/>` +
        `<path d="M${n(x + w / 2 - 4)},${n(y + h - 11)} H${n(x + w / 2 + 4)} M${n(x + w / 2)},${n(y + h - 15)} V${n(y + h - 7)}" stroke="${s.stroke}" stroke-width="1.5"/>`
      );
    default:
      return rect(8);
  }
}

/** Where a step's top-left corner is on its outline: a pill's and a diamond's lie inside the box. */
function corner(kind: StepKind, x: number, y: number, w: number, h: number): [number, number] {
  if (kind === 'need' || kind === 'outcome') return [x + h * 0.15, y + h * 0.15];
  if (kind === 'decision') return [x + w * 0.25, y + h * 0.25];
  return [x + 2, y + 2];
}

/**
 * The step's number (as in the step table and the text view) on a small dark badge over its
 * top-left corner: outside the label's lines and the kind's word at the top.
 */
export function numberBadge(
  kind: StepKind,
  x: number,
  y: number,
  w: number,
  h: number,
  text: string,
): string {
  const [cx, cy] = corner(kind, x, y, w, h);
  const width = Math.max(18, text.length * 6.5 + 8);
  return (
    `<rect class="fv-step-number" x="${n(cx - width / 2)}" y="${n(cy - 8)}" width="${n(width)}" height="16" rx="8" fill="#1e293b" stroke="#ffffff" stroke-width="1.5"/>` +
    `<text class="fv-step-number" x="${n(cx)}" y="${n(cy + 3.5)}" font-size="10" font-weight="bold" fill="#ffffff" text-anchor="middle">${esc(text)}</text>`
  );
}

/** A to-be's added step green, a changed one amber: the colours of the comparison. */
export const CHANGE_COLOR = { added: '#15803d', changed: '#b45309' } as const;

/**
 * A coloured outline a little outside the step's own (its shape followed: a diamond for a
 * decision), for a to-be's added or changed step. Its tag says which in words.
 */
export function changeOutline(
  kind: StepKind,
  x: number,
  y: number,
  w: number,
  h: number,
  change: keyof typeof CHANGE_COLOR,
): string {
  const paint = `fill="none" stroke="${CHANGE_COLOR[change]}" stroke-width="3"`;
  const o = 5;
  if (kind === 'decision')
    return `<polygon class="fv-change" points="${n(x + w / 2)},${n(y - o * 1.5)} ${n(x + w + o * 1.5)},${n(y + h / 2)} ${n(x + w / 2)},${n(y + h + o * 1.5)} ${n(x - o * 1.5)},${n(y + h / 2)}" ${paint}/>`;
  const rx = kind === 'need' || kind === 'outcome' ? h / 2 + o : 10;
  return `<rect class="fv-change" x="${n(x - o)}" y="${n(y - o)}" width="${n(w + 2 * o)}" height="${n(h + 2 * o)}" rx="${n(rx)}" ${paint}/>`;
}

/** "Ny" / "Ändrad" on a small tag over the step's top-right corner. */
export function changeTag(
  x: number,
  y: number,
  w: number,
  change: keyof typeof CHANGE_COLOR,
  word: string,
): string {
  const width = word.length * 5.6 + 12;
  const left = x + w - width + 4;
  return (
    `<rect class="fv-change" x="${n(left)}" y="${n(y - 13)}" width="${n(width)}" height="16" rx="3" fill="${CHANGE_COLOR[change]}"/>` +
    `<text class="fv-change" x="${n(left + width / 2)}" y="${n(y - 1.5)}" font-size="10" font-weight="bold" fill="#ffffff" text-anchor="middle">${esc(word)}</text>`
  );
}
