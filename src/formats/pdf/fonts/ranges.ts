// The code points the PDF font is cut down to at build time (scripts/pdfFonts.ts). Pure data, read
// by the build (Node) and nowhere in the browser: what the cut font really holds is in coverage.ts.

/** Inclusive [first, last] code point ranges. */
export type Ranges = readonly (readonly [number, number])[];

export const SUBSET_RANGES: Ranges = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement
  [0x0100, 0x017f], // Latin Extended-A (ł ş ğ ŋ ŧ č š ž ...)
  [0x0180, 0x024f], // Latin Extended-B
  [0x02b0, 0x02ff], // Spacing modifier letters (ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝)
  [0x0300, 0x036f], // Combining diacritical marks (text typed in decomposed form)
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x052f], // Cyrillic and its supplement
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese, Welsh)
  [0x2000, 0x206f], // General punctuation (– — ‘ ’ “ ” … • ‰, the narrow no-break space)
  [0x20a0, 0x20cf], // Currency symbols (€ ₽ ₺ ...)
  [0x2100, 0x214f], // Letterlike symbols (№ ™ ℃)
  [0x2190, 0x21ff], // Arrows
  [0x2212, 0x2212], // Minus sign
  [0x2260, 0x2265], // ≠ ≤ ≥
  [0x25a1, 0x25a1], // □, printed for a character the font lacks
  [0xfffd, 0xfffd], // Replacement character (half an emoji from a file)
];

/** What a character the font lacks is printed as. */
export const PLACEHOLDER = '\u25a1';
