// Own file format out and in (docs/file-format.md). Import goes through the one load gate.
import { normalise } from '../../domain/model/normalise';
import { loadDocument, type LoadResult } from '../../domain/load/loadDocument';
import type { Process, ProcessFile, RegisterEntry } from '../../domain/model/types';
import { CURRENT_FORMAT_VERSION } from '../../domain/schema/process';

export const APPLICATION_NAME = 'Flödesverkstan';

/** The register entries a process refers to, so the file stands on its own. */
export function referencedRegisterIds(process: Process): string[] {
  return [...new Set([...process.lanes.map((l) => l.registerId), ...process.customerGroupIds])];
}

export function toProcessFile(process: Process, register: readonly RegisterEntry[]): ProcessFile {
  const ids = new Set(referencedRegisterIds(process));
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    application: APPLICATION_NAME,
    // Written as the next read will make it (lanes fitted, keys given): the same gate both ways.
    process: normalise(process),
    register: register.filter((e) => ids.has(e.id)),
  };
}

export function serializeProcessFile(process: Process, register: readonly RegisterEntry[]): string {
  return JSON.stringify(toProcessFile(process, register), null, 2);
}

export function parseProcessFile(text: string): LoadResult {
  return loadDocument(text);
}

/** A file name from the title: readable, safe on every OS. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFC')
    // Control characters and the characters Windows, macOS or Linux refuse in file names.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'process'}.${extension}`;
}
