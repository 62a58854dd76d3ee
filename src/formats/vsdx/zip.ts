// A .vsdx is a zip (Open Packaging Conventions). Only the parts the importer reads are inflated,
// and each is judged by the sizes the central directory declares before a byte is inflated:
// fflate then inflates into a buffer of exactly the declared size, so a lying header cannot make
// it grow (a deflate bomb stops at the cap, it does not fill memory).
import { strFromU8, unzipSync } from 'fflate';

export const ZIP_LIMITS = {
  /** Entries in the central directory: a Visio file has a few dozen. */
  entries: 5_000,
  /** Declared uncompressed bytes of one part we read. */
  entryBytes: 20 * 1024 * 1024,
  /** Declared uncompressed bytes of all the parts we read. */
  totalBytes: 60 * 1024 * 1024,
  /** Uncompressed / compressed: Visio's XML compresses 5–30 times; bombs do 1 000. */
  ratio: 150,
} as const;

export type ZipError = 'notZip' | 'tooManyEntries' | 'tooLarge' | 'ratio' | 'broken';

/** The parts an import reads: pages, masters and their relationship lists. */
export function isWantedPart(name: string): boolean {
  return /^visio\/(pages|masters)\/(_rels\/)?[A-Za-z0-9_.-]+\.xml(\.rels)?$/.test(name);
}

export function readZipParts(
  data: Uint8Array,
): { ok: true; parts: Map<string, string> } | { ok: false; error: ZipError } {
  if (data.length < 22 || data[0] !== 0x50 || data[1] !== 0x4b)
    return { ok: false, error: 'notZip' };
  let entries = 0;
  let total = 0;
  let refusal: ZipError | null = null;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(data, {
      filter(file) {
        entries++;
        if (entries > ZIP_LIMITS.entries) refusal ??= 'tooManyEntries';
        if (refusal || !isWantedPart(file.name)) return false;
        if (file.originalSize > ZIP_LIMITS.entryBytes) refusal = 'tooLarge';
        else if (file.originalSize > Math.max(file.size, 1024) * ZIP_LIMITS.ratio)
          refusal = 'ratio';
        else if ((total += file.originalSize) > ZIP_LIMITS.totalBytes) refusal = 'tooLarge';
        return !refusal;
      },
    });
  } catch {
    // A missing end record, a cut-off entry or an unknown compression method.
    return { ok: false, error: refusal ?? (entries === 0 ? 'notZip' : 'broken') };
  }
  if (refusal) return { ok: false, error: refusal };
  const parts = new Map<string, string>();
  for (const [name, bytes] of Object.entries(raw)) parts.set(name, strFromU8(bytes));
  return { ok: true, parts };
}
