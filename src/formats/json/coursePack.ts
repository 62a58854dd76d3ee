// A course pack: several processes in one file — how a trainer hands out templates and
// exercises, and collects a group's results. Each process inside is an ordinary process file
// and goes through the same load gate on the way in.
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

/** Is this text a course pack? If so, its processes, each as the text of a process file. */
export function readCoursePack(text: string): PackReading {
  if (!text.includes('"packVersion"')) return { kind: 'notPack' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'notPack' };
  }
  if (typeof data !== 'object' || data === null || !('packVersion' in data))
    return { kind: 'notPack' };
  const pack = data as Partial<CoursePack>;
  if (typeof pack.packVersion !== 'number' || !Array.isArray(pack.processes))
    return { kind: 'invalid', reason: 'shape' };
  if (pack.packVersion > PACK_VERSION) return { kind: 'invalid', reason: 'newerVersion' };
  if (pack.processes.length > MAX_PACK_PROCESSES) return { kind: 'invalid', reason: 'tooMany' };
  return {
    kind: 'pack',
    title: typeof pack.title === 'string' ? pack.title.slice(0, 500) : '',
    files: pack.processes.map((p) => JSON.stringify(p)),
  };
}
