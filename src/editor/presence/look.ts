// How a person looks in the room: initials for the chip and a text colour that can be read on
// their colour.

/** Up to two letters: the first of the first name and of the last. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = (w: string) => Array.from(w)[0]!.toLocaleUpperCase('sv');
  return words.length === 1 ? first(words[0]!) : first(words[0]!) + first(words.at(-1)!);
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of #rgb or #rrggbb; null for anything else. */
export function luminance(color: string): number | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(full.slice(i, i + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export const LIGHT_TEXT = '#ffffff';
// Pure black and white: one of them reaches at least √21 ≈ 4.58:1 on any colour.
export const DARK_TEXT = '#000000';
const DARK_LUMINANCE = luminance(DARK_TEXT)!;
/** A colour the room's presence falls back to when a person's colour cannot be read. */
export const FALLBACK_COLOR = '#4a5568';

/** A person's colour, or the fallback when it is not a hex colour (it goes into CSS). */
export function safeColor(color: string): string {
  return luminance(color) === null ? FALLBACK_COLOR : color.trim();
}

/** White or dark text, whichever contrasts more with the colour (name tags, chips). */
export function textOn(color: string): string {
  const l = luminance(safeColor(color))!;
  return contrast(l, 1) >= contrast(l, DARK_LUMINANCE) ? LIGHT_TEXT : DARK_TEXT;
}
