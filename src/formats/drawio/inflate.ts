// draw.io's compressed page: base64 of raw-deflated, URI-encoded XML. Inflated in small slices so
// that a bomb is stopped once it passes the cap, before it has filled the memory.
import { Inflate, strFromU8 } from 'fflate';
import { MAX_INFLATE_RATIO, MAX_PAGE_CHARS } from './limits';

export type InflateResult = { ok: true; xml: string } | { ok: false; error: 'bomb' | 'corrupt' };

/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1032 times. */
const SLICE = 1024;

export function inflatePage(base64: string, maxChars = MAX_PAGE_CHARS): InflateResult {
  let bytes: Uint8Array;
  try {
    const binary = atob(base64.replace(/\s+/g, ''));
    bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return { ok: false, error: 'corrupt' };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxChars || (total > 1024 * 1024 && total > bytes.length * MAX_INFLATE_RATIO))
      over = true;
    else chunks.push(chunk);
  });
  try {
    for (let i = 0; i < bytes.length && !over; i += SLICE)
      inflater.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
  } catch {
    return { ok: false, error: 'corrupt' };
  }
  if (over) return { ok: false, error: 'bomb' };
  if (total === 0) return { ok: false, error: 'corrupt' };
  const joined = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    joined.set(c, at);
    at += c.length;
  }
  // URI-encoded, so ASCII; latin1 reads it byte for byte.
  const text = strFromU8(joined, true);
  try {
    return { ok: true, xml: decodeURIComponent(text) };
  } catch {
    // Very old files stored the XML without URI-encoding it.
    const utf8 = strFromU8(joined);
    return utf8.trimStart().startsWith('<')
      ? { ok: true, xml: utf8 }
      : { ok: false, error: 'corrupt' };
  }
}
