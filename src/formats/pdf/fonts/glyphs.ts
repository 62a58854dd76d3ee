// Which characters the PDF font can print, and what is printed instead of the others. Pure.
import { COVERED } from './coverage';
import { PLACEHOLDER } from './ranges';

function covered(point: number): boolean {
  let low = 0;
  let high = COVERED.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = COVERED[middle]!;
    if (point < first) high = middle - 1;
    else if (point > last) low = middle + 1;
    else return true;
  }
  return false;
}

/** Line breaks and tabs are layout, not glyphs. */
const printable = (point: number) => point !== 0x0a && point !== 0x0d && point !== 0x09;

/**
 * The characters in these texts that the PDF font lacks, each once, in the order first met. An
 * emoji with its modifiers and joiners (👩🏽‍💻) counts as the one character a reader sees.
 */
export function missingGlyphs(texts: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const text of texts)
    for (const cluster of clusters(text)) if (!printableCluster(cluster)) seen.add(cluster);
  return [...seen];
}

/** The text with each character the font lacks (a whole emoji sequence at once) as □. */
export function replaceMissing(text: string): string {
  if (isCovered(text)) return text;
  let out = '';
  for (const cluster of clusters(text)) out += printableCluster(cluster) ? cluster : PLACEHOLDER;
  return out;
}

function isCovered(text: string): boolean {
  for (const char of text) {
    const point = char.codePointAt(0)!;
    if (printable(point) && !covered(point)) return false;
  }
  return true;
}

/** A cluster prints when its base character does; marks the font lacks are dropped from it. */
function printableCluster(cluster: string): boolean {
  const point = cluster.codePointAt(0)!;
  if (!printable(point)) return true;
  for (const char of cluster) if (!covered(char.codePointAt(0)!)) return false;
  return true;
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

function* clusters(text: string): Generator<string> {
  if (segmenter) for (const { segment } of segmenter.segment(text)) yield segment;
  else yield* text;
}
