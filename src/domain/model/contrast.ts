// Text on a lane's own colour must stay readable whatever colour a person picks (WCAG 2.1 AA:
// contrast 4.5:1 for normal text). Black or white always reaches it; the usual dark ink is
// kept when it does too.
const INKS = ['#0f172a', '#000000', '#ffffff'] as const;
export const AA_NORMAL_TEXT = 4.5;

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour; null for anything else. */
export function luminance(hex: string): number | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return null;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((x) => channel(parseInt(x, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a) ?? 1, luminance(b) ?? 1];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The ink to write on `background` with. */
export function readableInk(background: string): string {
  if (luminance(background) === null) return INKS[0];
  return (
    INKS.find((ink) => contrastRatio(ink, background) >= AA_NORMAL_TEXT) ??
    [...INKS].sort((a, b) => contrastRatio(b, background) - contrastRatio(a, background))[0]!
  );
}
