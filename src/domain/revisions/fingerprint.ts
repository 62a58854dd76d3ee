// A short fingerprint of a process's content, so "is this the same as the newest version?" is
// answered from a small index instead of by loading and comparing a whole stored copy. The same
// content gives the same fingerprint whatever the key order or the change time (as sameContent).
import type { Process } from '../model/types';

export function contentFingerprint(process: Process): string {
  const { changedAt: _changedAt, ...content } = process;
  const text = stableJson(content);
  // Two independent 53-bit hashes: a false "same" between consecutive versions is not a risk.
  return `${cyrb53(text, 1).toString(36)}-${cyrb53(text, 2).toString(36)}`;
}

/** JSON with object keys sorted and undefined values left out, as a stored row has them. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (record[key] !== undefined) parts.push(`${JSON.stringify(key)}:${stableJson(record[key])}`);
  }
  return `{${parts.join(',')}}`;
}

/** cyrb53 (public domain, bryc): a fast, well-spread 53-bit string hash. */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
