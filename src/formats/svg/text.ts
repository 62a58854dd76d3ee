// Text for SVG: escaping (every user string goes through esc) and word wrapping by an estimate of
// glyph widths, since a pure converter cannot measure text. The estimate errs wide, so wrapped
// lines fit their shapes in every renderer we target (browsers, svg2pdf with Helvetica).
// Text is counted and cut by grapheme (what a reader sees as one character): cutting between the
// halves of an emoji left a lone surrogate, which made encodeURIComponent throw and the app go
// blank.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Lone surrogates (half an emoji, or `&#xD800;` from a file) as U+FFFD: every encoder accepts it. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** The same for every string in plain data (a process, a register), for writers that take text whole. */
export function wellFormedData<T>(value: T): T {
  if (typeof value === 'string') return wellFormed(value) as T;
  if (Array.isArray(value)) return value.map(wellFormedData) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [wellFormed(k), wellFormedData(v)]),
    ) as T;
  }
  return value;
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/**
 * The text as graphemes. Without Intl.Segmenter: code points, with combining marks, variation
 * selectors and zero-width-joined parts kept on the character before them — never half a pair.
 */
export function graphemes(text: string, useSegmenter = true): string[] {
  if (segmenter && useSegmenter) return Array.from(segmenter.segment(text), (s) => s.segment);
  const out: string[] = [];
  for (const ch of text) {
    const last = out.length - 1;
    if (last >= 0 && (/^[\p{M}\u200d]$/u.test(ch) || out[last]!.endsWith('\u200d'))) {
      out[last] += ch;
    } else out.push(ch);
  }
  return out;
}

/** At most `max` graphemes; a longer text ends in "…" within the same count. */
export function truncate(text: string, max: number): string {
  const parts = graphemes(text);
  return parts.length > max ? `${parts.slice(0, Math.max(0, max - 1)).join('')}…` : text;
}

export function esc(text: string): string {
  return (
    wellFormed(text)
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
  return graphemes(text).length * fontSize * EM_PER_CHAR;
}

/** Lines of at most maxWidth; words longer than a line are broken; too many lines end in "…". */
export function wrap(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const perLine = charsPerLine(maxWidth, fontSize);
  const lines: string[] = [];
  let line: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = graphemes(word);
    while (rest.length > perLine) {
      if (line.length) {
        lines.push(line.join(''));
        line = [];
      }
      lines.push(rest.slice(0, perLine).join(''));
      rest = rest.slice(perLine);
    }
    const candidate = line.length ? [...line, ' ', ...rest] : rest;
    if (candidate.length <= perLine) line = candidate;
    else {
      lines.push(line.join(''));
      line = rest;
    }
  }
  if (line.length) lines.push(line.join(''));
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = graphemes(kept[maxLines - 1]!);
    kept[maxLines - 1] =
      (last.length >= perLine ? last.slice(0, perLine - 1) : last).join('') + '…';
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
  const longest = Math.max(1, ...text.split(/\s+/).map((w) => graphemes(w).length));
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
      const parts = graphemes(word);
      if (parts.length <= maxChars) return word;
      const ending = UNIT_ENDINGS.find(
        (e) => parts.length - e.length >= 3 && parts.slice(-e.length).join('').toLowerCase() === e,
      );
      if (!ending) return word;
      // Already a hyphenated compound ("Barn- och …" style names keep theirs).
      const head = parts.slice(0, -ending.length).join('');
      return `${head}${head.endsWith('-') ? '' : '-'} ${parts.slice(-ending.length).join('')}`;
    })
    .join('');
}

/**
 * Pieces of a name that may start a new line: words, and the parts of a word after "-" or "–"
 * (the dash stays at the end of the line). A dash standing alone stays with the word before it,
 * so no line starts with one. `glue` is what joins a piece to the one before on the same line.
 */
function breakPieces(text: string): { text: string; glue: string }[] {
  const pieces: { text: string; glue: string }[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = pieces[pieces.length - 1];
    if (/^[-–]+$/.test(word) && last) {
      last.text += ` ${word}`;
      continue;
    }
    word
      .split(/(?<=[^-–][-–])(?=[^-–])/)
      .forEach((part, i) => pieces.push({ text: part, glue: i === 0 ? ' ' : '' }));
  }
  return pieces;
}

/** Greedy lines of pieces, at most perLine graphemes each where the pieces allow. */
function fillLines(pieces: readonly { text: string; glue: string }[], perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { text, glue } of pieces) {
    const joined = line ? line + glue + text : text;
    if (!line || graphemes(joined).length <= perLine) line = joined;
    else {
      lines.push(line);
      line = text;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A lane name in lines that fit a box: broken only between words and after dashes, at the
 * largest size from `preferred` down to `min` at which every piece fits on a line and the lines
 * fit the height. Only when a single piece cannot fit even at `min` is it cut with "…" (and too
 * many lines end in "…"); the caller keeps the full name in a title.
 */
export function fitName(
  text: string,
  maxWidth: number,
  maxHeight: number,
  preferred: number,
  min: number,
): { lines: string[]; size: number } {
  const pieces = breakPieces(text);
  const longest = Math.max(1, ...pieces.map((p) => graphemes(p.text).length));
  for (let size = preferred; size >= min; size -= 0.5) {
    const perLine = charsPerLine(maxWidth, size);
    if (longest > perLine) continue;
    const lines = fillLines(pieces, perLine);
    if (lines.length * (size + 4) <= maxHeight) return { lines, size };
  }
  const perLine = charsPerLine(maxWidth, min);
  const cut = pieces.map((p) => ({ ...p, text: truncate(p.text, perLine) }));
  const lines = fillLines(cut, perLine);
  const maxLines = Math.max(1, Math.floor(maxHeight / (min + 4)));
  if (lines.length <= maxLines) return { lines, size: min };
  const kept = lines.slice(0, maxLines);
  const last = graphemes(kept[maxLines - 1]!);
  kept[maxLines - 1] = `${last.slice(0, Math.min(last.length, perLine - 1)).join('')}…`;
  return { lines: kept, size: min };
}
