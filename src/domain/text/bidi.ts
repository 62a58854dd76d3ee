// Bidirectional control characters let a title show other than it reads: "Faktura\u202Egpj.exe"
// is drawn as "Fakturaexe.jpg". Titles and labels never need them (a Swedish municipality's
// flows are left to right, and right-to-left words order themselves without controls), so
// they are taken out wherever such text enters: typed, pasted, imported or read.

/** Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), LRM, RLM and ALM. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The text without bidi control characters; the same string when it has none. */
export function stripBidiControls(text: string): string {
  // test() first: the common case allocates nothing. A /g regex keeps lastIndex, so reset it.
  BIDI_CONTROLS.lastIndex = 0;
  if (!BIDI_CONTROLS.test(text)) return text;
  return text.replace(BIDI_CONTROLS, '');
}
