// A process carried in the URL fragment: deflated JSON in base64url. The fragment never reaches
// a server, so a link works offline and shares nothing with anyone but its recipient.
// Decoding is hostile-input territory: the length of the fragment, the size of what it inflates
// to and the inflation ratio are all capped before the JSON goes through the usual load gate.
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';

const PREFIX = 'v1.';
/** Longer links get cut by mail clients and chat tools; past this we suggest the file instead. */
export const MAX_SHARE_FRAGMENT = 16_000;
/** We accept a little more than we write, for links made by a later version. */
const MAX_INPUT_FRAGMENT = 64_000;
export const MAX_INFLATED_BYTES = 5 * 1024 * 1024;
/** Real process JSON deflates 5–30×; far beyond that is a zip bomb, not a process. */
export const MAX_INFLATE_RATIO = 200;

export type ShareEncodeResult =
  | { ok: true; fragment: string }
  | { ok: false; reason: 'tooLarge'; length: number }
  /** Our own decoder would refuse it (it packs far tighter than a real process does). */
  | { ok: false; reason: 'refused' };

export type ShareDecodeResult =
  { ok: true; text: string } | { ok: false; reason: 'tooLarge' | 'corrupt' | 'unsupported' };

export function encodeShareFragment(json: string): ShareEncodeResult {
  const packed = deflateSync(strToU8(json), { level: 9 });
  const fragment = PREFIX + toBase64Url(packed);
  if (fragment.length > MAX_SHARE_FRAGMENT) {
    return { ok: false, reason: 'tooLarge', length: fragment.length };
  }
  // The decoder's caps (inflation ratio, inflated size) decide; a link it refuses is never made.
  const back = decodeShareFragment(fragment);
  if (!back.ok || back.text !== json) return { ok: false, reason: 'refused' };
  return { ok: true, fragment };
}

export function decodeShareFragment(fragment: string): ShareDecodeResult {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (raw.length > MAX_INPUT_FRAGMENT) return { ok: false, reason: 'tooLarge' };
  if (!raw.startsWith(PREFIX)) return { ok: false, reason: 'unsupported' };
  const bytes = fromBase64Url(raw.slice(PREFIX.length));
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'corrupt' };
  const limit = Math.min(MAX_INFLATED_BYTES, bytes.length * MAX_INFLATE_RATIO);
  const inflated = inflateCapped(bytes, limit);
  if (inflated === 'tooLarge') return { ok: false, reason: 'tooLarge' };
  if (!inflated) return { ok: false, reason: 'corrupt' };
  try {
    return { ok: true, text: strFromU8(inflated) };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

/** Inflates in small pieces and stops as soon as the output passes the limit. */
function inflateCapped(bytes: Uint8Array, limit: number): Uint8Array | 'tooLarge' | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  let over = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) over = true;
    else chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    const step = 512;
    for (let i = 0; i < bytes.length && !over; i += step) {
      const end = Math.min(i + step, bytes.length);
      inflate.push(bytes.subarray(i, end), end === bytes.length);
    }
  } catch {
    return null;
  }
  if (over) return 'tooLarge';
  if (!ended) return null;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
