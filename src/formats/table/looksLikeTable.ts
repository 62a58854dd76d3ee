// Whether pasted text is spreadsheet cells: apart from the parser, so the editor can ask on
// every paste without loading it.

/** Tab-separated, with at least two filled columns in its first line. */
export function looksLikeTable(text: string): boolean {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return first.includes('\t') && first.split('\t').filter((c) => c.trim()).length >= 2;
}
