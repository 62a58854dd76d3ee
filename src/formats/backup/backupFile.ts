// The workspace backup file: every process, the organisation register and the saved versions in
// one JSON file. Reading one is hostile-input territory like any file: size and nesting capped
// before parsing, prototype keys dropped, the frame checked with a schema, and every process —
// also inside a saved version — through the one load gate, so files from older versions migrate.
// A process that cannot be read is skipped and counted, never allowed to spoil the rest.
import { z } from 'zod';
import type {
  ProcessEntry,
  RevisionEntry,
  Workspace,
  WorkspaceEntries,
  WorkspaceRevision,
} from '../../domain/backup/workspace';
import { loadDocument } from '../../domain/load/loadDocument';
import { parseJsonSafely } from '../../domain/load/safeJson';
import type { Process, RegisterEntry } from '../../domain/model/types';
import { registerEntrySchema } from '../../domain/schema/process';
import { APPLICATION_NAME } from '../json/processFile';

export const BACKUP_FORMAT = 'flodesverkstan-backup';
export const BACKUP_VERSION = 1;
/** Generous: a large workspace with its history; more would not fit one string in a browser. */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;
export const BACKUP_LIMITS = { processes: 10_000, revisions: 200_000, register: 10_000 } as const;

export interface WorkspaceBackup {
  createdAt: string;
  workspace: Workspace;
  /** What the file holds but could not be read; the rest is restored without it. */
  skipped: { processes: number; revisions: number; register: number };
}

export type BackupErrorCode = 'tooLarge' | 'notJson' | 'notBackup' | 'newerVersion' | 'invalid';
export type BackupParseResult =
  | { ok: true; backup: WorkspaceBackup }
  | { ok: false; error: { code: BackupErrorCode; version?: number; detail?: string } };

/** The file name the download gets, by the local date: flodesverkstan-backup-2026-05-31.json. */
export function backupFileName(createdAt: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${createdAt.getFullYear()}-${pad(createdAt.getMonth() + 1)}-${pad(createdAt.getDate())}`;
  return `flodesverkstan-backup-${date}.json`;
}

export function serializeBackup(entries: WorkspaceEntries, createdAt: Date): string {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const processId = (e: ProcessEntry) => {
    const id = (e.process as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : '';
  };
  const processes = [...entries.processes].sort((a, b) =>
    processId(a) < processId(b) ? -1 : processId(a) > processId(b) ? 1 : 0,
  );
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    application: APPLICATION_NAME,
    createdAt: createdAt.toISOString(),
    processes,
    register: byId(entries.register),
    revisions: byId(entries.revisions),
  });
}

const id = z.string().min(1).max(100);
const entryFrame = z.object({ formatVersion: z.unknown(), process: z.unknown() });
const revisionFrame = entryFrame.extend({
  id,
  processId: id,
  createdAt: z.string().max(40),
  kind: z.enum(['auto', 'named', 'restore']),
  name: z.string().max(500),
});
const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  application: z.string().max(100).optional(),
  createdAt: z.string().max(40),
  processes: z.array(z.unknown()).max(BACKUP_LIMITS.processes),
  register: z.array(z.unknown()).max(BACKUP_LIMITS.register),
  revisions: z.array(z.unknown()).max(BACKUP_LIMITS.revisions),
});

type Loaded =
  { ok: true; process: Process; register: RegisterEntry[] } | { ok: false; newer?: number };

function loadEntry(entry: ProcessEntry): Loaded {
  const result = loadDocument({
    formatVersion: entry.formatVersion,
    process: entry.process,
    register: [],
  });
  if (result.ok) return { ok: true, process: result.file.process, register: result.file.register };
  return {
    ok: false,
    newer: result.error.code === 'newerVersion' ? result.error.version : undefined,
  };
}

export function parseBackup(text: string): BackupParseResult {
  const parsed = parseJsonSafely(text, MAX_BACKUP_CHARS);
  if (!parsed.ok) {
    const code = parsed.error === 'tooDeep' ? 'invalid' : parsed.error;
    return { ok: false, error: { code } };
  }
  const data = parsed.value as Record<string, unknown> | null;
  if (typeof data !== 'object' || data === null || data.format !== BACKUP_FORMAT)
    return { ok: false, error: { code: 'notBackup' } };
  // A later version may be shaped differently: told apart before the shape is checked.
  if (typeof data.version === 'number' && data.version > BACKUP_VERSION)
    return { ok: false, error: { code: 'newerVersion', version: data.version } };
  const frame = backupSchema.safeParse(data);
  if (!frame.success) {
    const detail = frame.error.issues[0]?.path.join('.');
    return { ok: false, error: { code: 'invalid', detail } };
  }

  const skipped = { processes: 0, revisions: 0, register: 0 };
  const seen = new Set<string>();
  const processes: Process[] = [];
  const fromMigration: RegisterEntry[] = [];
  for (const raw of frame.data.processes) {
    const entry = entryFrame.safeParse(raw);
    const loaded: Loaded = entry.success ? loadEntry(entry.data) : { ok: false };
    if (loaded.ok === false && loaded.newer !== undefined)
      return { ok: false, error: { code: 'newerVersion', version: loaded.newer } };
    if (!loaded.ok || seen.has(loaded.process.id)) {
      skipped.processes++;
      continue;
    }
    seen.add(loaded.process.id);
    processes.push(loaded.process);
    fromMigration.push(...loaded.register);
  }

  const revisionIds = new Set<string>();
  const revisions: WorkspaceRevision[] = [];
  for (const raw of frame.data.revisions) {
    const entry = revisionFrame.safeParse(raw);
    const loaded: Loaded = entry.success ? loadEntry(entry.data) : { ok: false };
    if (loaded.ok === false && loaded.newer !== undefined)
      return { ok: false, error: { code: 'newerVersion', version: loaded.newer } };
    if (!entry.success || !loaded.ok || revisionIds.has(entry.data.id)) {
      skipped.revisions++;
      continue;
    }
    const { formatVersion: _v, process: _p, ...meta } = entry.data as RevisionEntry;
    revisionIds.add(meta.id);
    revisions.push({ ...meta, process: loaded.process });
    fromMigration.push(...loaded.register);
  }

  const register: RegisterEntry[] = [];
  const registerIds = new Set<string>();
  for (const raw of frame.data.register) {
    const entry = registerEntrySchema.safeParse(raw);
    if (!entry.success || registerIds.has(entry.data.id)) {
      skipped.register++;
      continue;
    }
    registerIds.add(entry.data.id);
    register.push(entry.data);
  }
  // Processes of the first file format carried their lane names themselves.
  for (const entry of fromMigration) {
    if (!registerIds.has(entry.id)) {
      registerIds.add(entry.id);
      register.push(entry);
    }
  }

  return {
    ok: true,
    backup: {
      createdAt: frame.data.createdAt,
      workspace: { processes, register, revisions },
      skipped,
    },
  };
}
