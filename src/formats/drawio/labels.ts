// Labels as plain text. With html=1 in the style a draw.io label is HTML: line breaks and blocks
// become line breaks, every tag is removed, and entities are decoded once, afterwards, so that an
// escaped "&lt;b&gt;" reads as the text "<b>" and never turns into markup.
import { decodeXml } from './xml';

const HTML_NAMED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
  ['ndash', '–'],
  ['mdash', '—'],
  ['hellip', '…'],
  ['aring', 'å'],
  ['auml', 'ä'],
  ['ouml', 'ö'],
  ['Aring', 'Å'],
  ['Auml', 'Ä'],
  ['Ouml', 'Ö'],
]);

/** The label's text: lines joined by a space, runs of white space made one. */
export function labelText(value: string, html: boolean): string {
  let text = value;
  if (html) {
    text = text
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?(div|p|li|ul|ol|h[1-6]|tr|table)\b[^>]*>/gi, '\n')
      // A tag, or a "<" left unclosed at the end: neither is text.
      .replace(/<[^>]*(>|$)/g, '');
    text = decodeXml(text, HTML_NAMED);
  }
  return text
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}
