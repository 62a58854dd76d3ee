import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { WorkspaceEntries } from '../../domain/backup/workspace';
import { CURRENT_FORMAT_VERSION } from '../../domain/schema/process';
import { aProcess, aSmallProcess, anEntry } from '../../test/builders';
import {
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  MAX_BACKUP_CHARS,
  backupFileName,
  parseBackup,
  serializeBackup,
} from './backupFile';

const createdAt = new Date('2026-05-31T10:00:00Z');
const small = aSmallProcess();
const other = aProcess('Förskoleplats').with({ id: 'p-other' }).withLane('l1').build();
const entries = (over: Partial<WorkspaceEntries> = {}): WorkspaceEntries => ({
  processes: [
    { formatVersion: CURRENT_FORMAT_VERSION, process: other },
    { formatVersion: CURRENT_FORMAT_VERSION, process: small },
  ],
  register: [anEntry('u-sbf', 'SBF'), anEntry('kg-invanare', 'Invånare', 'kundgrupp')],
  revisions: [
    {
      id: 'r1',
      processId: small.id,
      createdAt: '2026-05-30T08:00:00.000Z',
      kind: 'named',
      name: 'Efter workshop 2',
      formatVersion: CURRENT_FORMAT_VERSION,
      process: small,
    },
  ],
  ...over,
});
const parsed = (text: string) => {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.backup;
};

describe('backup file', () => {
  it('names the download by its local date', () => {
    expect(backupFileName(new Date(2026, 4, 31, 23, 59))).toBe(
      'flodesverkstan-backup-2026-05-31.json',
    );
  });

  it('carries its own facts and the whole workspace, and reads back the same', () => {
    const text = serializeBackup(entries(), createdAt);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json).toMatchObject({
      format: BACKUP_FORMAT,
      version: 1,
      application: 'Flödesverkstan',
      createdAt: createdAt.toISOString(),
    });
    const backup = parsed(text);
    expect(backup.createdAt).toBe(createdAt.toISOString());
    expect(backup.skipped).toEqual({ processes: 0, revisions: 0, register: 0 });
    expect(backup.workspace.processes).toEqual([other, small]);
    expect(backup.workspace.register.map((e) => e.id)).toEqual(['kg-invanare', 'u-sbf']);
    expect(backup.workspace.revisions).toEqual([
      {
        id: 'r1',
        processId: small.id,
        createdAt: '2026-05-30T08:00:00.000Z',
        kind: 'named',
        name: 'Efter workshop 2',
        process: small,
      },
    ]);
  });

  it('writes the same text for the same workspace, whatever order it was read in', () => {
    const a = serializeBackup(entries(), createdAt);
    const e = entries();
    const b = serializeBackup(
      { ...e, processes: [...e.processes].reverse(), register: [...e.register].reverse() },
      createdAt,
    );
    expect(b).toBe(a);
  });

  it('migrates processes of the first file format, in the workspace and in saved versions', () => {
    const v1 = JSON.parse(
      readFileSync(
        new URL('../../domain/migrations/fixtures/v1-bygglov.json', import.meta.url),
        'utf8',
      ),
    ) as { formatVersion: number; process: unknown };
    const text = serializeBackup(
      entries({
        processes: [v1],
        revisions: [{ ...entries().revisions[0]!, ...v1 }],
        register: [],
      }),
      createdAt,
    );
    const backup = parsed(text);
    expect(backup.workspace.processes).toHaveLength(1);
    expect(backup.workspace.revisions).toHaveLength(1);
    // The first format named lanes itself: those names come along as register entries.
    const laneIds = backup.workspace.processes[0]!.lanes.map((l) => l.registerId);
    for (const id of laneIds) expect(backup.workspace.register.map((e) => e.id)).toContain(id);
  });

  it('skips and counts what it cannot read, and restores the rest', () => {
    const text = serializeBackup(
      entries({
        processes: [
          ...entries().processes,
          { formatVersion: CURRENT_FORMAT_VERSION, process: { title: 'no id' } },
          { formatVersion: CURRENT_FORMAT_VERSION, process: small }, // a duplicate id
        ],
        register: [...entries().register, { ...anEntry('bad', 'Färg'), color: 'red' }],
        revisions: [
          ...entries().revisions,
          { ...entries().revisions[0]!, id: 'r2', kind: 'unknown' as 'auto' },
        ],
      }),
      createdAt,
    );
    const backup = parsed(text);
    expect(backup.skipped).toEqual({ processes: 2, revisions: 1, register: 1 });
    expect(backup.workspace.processes.map((p) => p.id)).toEqual([other.id, small.id]);
  });

  it('refuses a backup from a newer version, also when only one process in it is newer', () => {
    const text = serializeBackup(entries(), createdAt);
    expect(parseBackup(text.replace('"version":1', '"version":2'))).toEqual({
      ok: false,
      error: { code: 'newerVersion', version: 2 },
    });
    const newer = serializeBackup(
      entries({ processes: [{ formatVersion: 99, process: small }] }),
      createdAt,
    );
    expect(parseBackup(newer)).toEqual({ ok: false, error: { code: 'newerVersion', version: 99 } });
  });

  it('tells other files apart: a process file, a course pack, not JSON, too large', () => {
    const file = JSON.stringify({ formatVersion: 2, process: small, register: [] });
    expect(parseBackup(file)).toEqual({ ok: false, error: { code: 'notBackup' } });
    expect(parseBackup('{"packVersion":1,"processes":[]}')).toEqual({
      ok: false,
      error: { code: 'notBackup' },
    });
    expect(parseBackup('{"format": "flodesverkstan-backup",')).toEqual({
      ok: false,
      error: { code: 'notJson' },
    });
    expect(parseBackup(' '.repeat(MAX_BACKUP_CHARS + 1))).toEqual({
      ok: false,
      error: { code: 'tooLarge' },
    });
  });

  it('refuses a damaged frame and more processes than the limit', () => {
    const json = JSON.parse(serializeBackup(entries(), createdAt)) as Record<string, unknown>;
    expect(parseBackup(JSON.stringify({ ...json, processes: {} }))).toMatchObject({
      ok: false,
      error: { code: 'invalid', detail: 'processes' },
    });
    const many = Array.from({ length: BACKUP_LIMITS.processes + 1 }, () => 0);
    expect(parseBackup(JSON.stringify({ ...json, processes: many }))).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});
