// A course pack: several processes in one file — how a trainer hands out templates and
// exercises, and collects a group's results. Each process inside is an ordinary process file
// and goes through the same load gate on the way in.
import { z } from 'zod';
import { MAX_INPUT_CHARS } from '../../domain/load/loadDocument';
import { parseJsonSafely } from '../../domain/load/safeJson';
import type { Process, RegisterEntry } from '../../domain/model/types';
import { APPLICATION_NAME, toProcessFile } from './processFile';

export const PACK_VERSION = 1;
export const MAX_PACK_PROCESSES = 500;

export interface CoursePack {
  packVersion: number;
  application: string;
  title: string;
  processes: unknown[];
}

export function serializeCoursePack(
  title: string,
  processes: readonly Process[],
  register: readonly RegisterEntry[],
): string {
  const pack: CoursePack = {
    packVersion: PACK_VERSION,
    application: APPLICATION_NAME,
    title,
    processes: processes.map((p) => toProcessFile(p, register)),
  };
  return JSON.stringify(pack, null, 2);
}

export type PackReading =
  | { kind: 'notPack' }
  | { kind: 'pack'; title: string; files: string[] }
  | { kind: 'invalid'; reason: 'tooMany' | 'newerVersion' | 'shape' };

const packSchema = z.object({
  packVersion: z.literal(PACK_VERSION),
  title: z.string().optional().catch(undefined),
  processes: z.array(z.unknown()),
});

/** Is this text a course pack? If so, its processes, each as the text of a process file. */
export function readCoursePack(text: string): PackReading {
  if (!text.includes('"packVersion"')) return { kind: 'notPack' };
  // A pack is at most as large as the process files it holds, which the load gate caps alike.
  const parsed = parseJsonSafely(text, MAX_INPUT_CHARS);
  if (!parsed.ok) {
    if (parsed.error === 'notJson') return { kind: 'notPack' };
    return { kind: 'invalid', reason: parsed.error === 'tooLarge' ? 'tooMany' : 'shape' };
  }
  const data = parsed.value;
  // Decided by the shape, not by one key: a process file is whatever carries a process (a stray
  // "packVersion" beside it changes nothing); a pack carries its processes in a list.
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    !('packVersion' in data) ||
    'process' in data
  )
    return { kind: 'notPack' };
  // Checked before the shape: a later version may well be shaped differently.
  const version = (data as { packVersion: unknown }).packVersion;
  if (typeof version === 'number' && version > PACK_VERSION)
    return { kind: 'invalid', reason: 'newerVersion' };
  const pack = packSchema.safeParse(parsed.value);
  if (!pack.success) return { kind: 'invalid', reason: 'shape' };
  if (pack.data.processes.length > MAX_PACK_PROCESSES)
    return { kind: 'invalid', reason: 'tooMany' };
  return {
    kind: 'pack',
    title: (pack.data.title ?? '').slice(0, 500),
    files: pack.data.processes.map((p) => JSON.stringify(p)),
  };
}
