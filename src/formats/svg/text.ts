// Text for SVG: escaping (every user string goes through esc) and word wrapping by an estimate of
// glyph widths, since a pure converter cannot measure text. The estimate errs wide, so wrapped
// lines fit their shapes in every renderer we target (browsers, svg2pdf with Helvetica).

export function esc(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
      // Characters XML 1.0 forbids; a label pasted from elsewhere may carry them.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

/** Average advance of a glyph in em for a sans-serif font; wide letters pull it up. */
const EM_PER_CHAR = 0.56;

/** How many characters of this size fit in maxWidth, by the same estimate. */
export function charsPerLine(maxWidth: number, fontSize: number): number {
  return Math.max(1, Math.floor(maxWidth / (fontSize * EM_PER_CHAR)));
}

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * EM_PER_CHAR;
}

/** Lines of at most maxWidth; words longer than a line are broken; too many lines end in "…". */
export function wrap(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const perLine = charsPerLine(maxWidth, fontSize);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > perLine) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(rest.slice(0, perLine));
      rest = rest.slice(perLine);
    }
    const candidate = line ? `${line} ${rest}` : rest;
    if (candidate.length <= perLine) line = candidate;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = (last.length >= perLine ? last.slice(0, perLine - 1) : last) + '…';
    return kept;
  }
  return lines;
}

/** The largest size up to `preferred` at which the longest word still fits on one line. */
export function fitFontSize(
  text: string,
  maxWidth: number,
  preferred: number,
  min: number,
): number {
  const longest = Math.max(1, ...text.split(/\s+/).map((w) => w.length));
  const fitting = maxWidth / (longest * EM_PER_CHAR);
  return Math.max(min, Math.min(preferred, Math.floor(fitting * 2) / 2));
}

/**
 * The last parts of Swedish unit names. A name such as "Kommunstyrelseförvaltningen" is one long
 * word; broken after its first part ("Kommunstyrelse-" / "förvaltningen") it can keep the size of
 * the other lane names instead of shrinking until it fits on one line.
 */
const UNIT_ENDINGS = [
  'förvaltningen',
  'förvaltning',
  'nämnden',
  'kontoret',
  'bolaget',
  'enheten',
  'avdelningen',
  'tjänsten',
  'verket',
  'centralen',
];

/** Long words of a unit name broken before a known ending, with a hyphen; other text unchanged. */
export function breakCompounds(text: string, maxChars: number): string {
  return text
    .split(/(\s+)/)
    .map((word) => {
      if (word.length <= maxChars) return word;
      const lower = word.toLowerCase();
      const ending = UNIT_ENDINGS.find((e) => lower.endsWith(e) && word.length - e.length >= 3);
      if (!ending) return word;
      const cut = word.length - ending.length;
      // Already a hyphenated compound ("Barn- och …" style names keep theirs).
      const head = word.slice(0, cut);
      return `${head}${head.endsWith('-') ? '' : '-'} ${word.slice(cut)}`;
    })
    .join('');
}
