// Bytes of a .csv/.tsv file as text. Excel on a Swedish Windows saves "CSV" in Windows-1252 and
// "Unicode text" in UTF-16 with a byte-order mark; everything newer writes UTF-8, with or without
// one. UTF-8 is tried strictly first: Windows-1252 text with å ä ö is never valid UTF-8, so the
// order decides nothing wrongly for the letters people type.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; error: 'tooLarge' | 'notText' };

/** Bytes; a real step list is a few kB, so this only stops what no person typed. */
export const MAX_TABLE_BYTES = 2 * 1024 * 1024;

// Windows-1252's 0x80–0x9F (WHATWG's table); the browser's decoder has it, Node's small ICU
// treats the label as Latin-1, so the app decodes it the same way everywhere.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    for (const b of bytes.subarray(start, start + CHUNK))
      codes.push(b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b);
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Control characters other than tab and line breaks: a binary file, not a table. */
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

export function decodeTableBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_TABLE_BYTES) return { ok: false, error: 'tooLarge' };
  let text: string;
  let encoding: TextEncodingName;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else encoding = 'utf-8';
  try {
    // Strict: an invalid sequence throws instead of becoming U+FFFD; the BOM is dropped.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding !== 'utf-8') return { ok: false, error: 'notText' };
    encoding = 'windows-1252';
    text = decodeWindows1252(bytes);
  }
  if (BINARY.test(text)) return { ok: false, error: 'notText' };
  return { ok: true, text, encoding };
}
