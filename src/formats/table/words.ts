// Comparing words people typed in a spreadsheet: case, diacritics, punctuation and spacing do
// not count ("Nästa steg", "nasta-steg" and "NÄSTA STEG" are the same column).

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9#?]+/g, ' ')
    .trim();
}
