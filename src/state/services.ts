// What features may ask of the rest of the app (storage, files) without importing it.
// app/bootstrap provides the real implementation; tests can provide fakes.
import type { RestoreMode, RestorePreview } from '../domain/backup/restorePlan';
import type { Workspace, WorkspaceEntries } from '../domain/backup/workspace';
import type { LoadError, LoadWarning } from '../domain/load/loadDocument';
import type { Category, Process, RegisterEntry } from '../domain/model/types';
import type { ProcessSummary } from '../domain/model/summary';
import type { RevisionEntry, RevisionRead } from '../domain/revisions/entry';
import type { RevisionKind } from '../domain/revisions/policy';

export type { ProcessSummary, RevisionEntry, RevisionRead };

export type ImportResult =
  { ok: true; id: string; warnings: LoadWarning[] } | { ok: false; error: LoadError };

export interface Services {
  createProcess(title: string, category: Category): Promise<string>;
  /** Loads a process into the document store. */
  openProcess(id: string): Promise<'ok' | 'missing' | 'unreadable'>;
  renameProcess(id: string, title: string): Promise<void>;
  duplicateProcess(id: string, titleSuffix: string): Promise<string | null>;
  /** Makes a to-be (önskat läge) from an as-is, linked to it; returns the new id. */
  createToBe(asIsId: string, title: string): Promise<string | null>;
  /** Reads a stored process without opening it (for comparisons). */
  readProcess(id: string): Promise<Process | null>;
  /** Deletes and returns a function that brings the process back. */
  deleteProcess(id: string): Promise<() => Promise<void>>;
  importProcessFile(text: string): Promise<ImportResult>;
  exportProcessFile(): { name: string; text: string } | null;
  addRegisterEntries(entries: RegisterEntry[]): Promise<void>;
  /** Takes entries out again: only the undo of the edit that added them does this. */
  removeRegisterEntries(ids: string[]): Promise<void>;
  /** Writes pending changes now. */
  flush(): Promise<void>;
  /**
   * The row as stored of a process the load gate refuses (for the recovery view); null when
   * there is none, or it reads after all.
   */
  readUnreadableRow(id: string): Promise<{ row: unknown } | null>;
  /** Writes a process over its stored row; only for one that is not open (recovery). */
  overwriteProcess(process: Process): Promise<void>;
  versions: Versions;
  workspace: WorkspaceService;
  backup: BackupFacts;
  storage: StorageService;
}

type Unsubscribe = () => void;

/** The saved versions (revisions) of processes. */
export interface Versions {
  /** Newest first, now and after every change in this tab or another. */
  observe(
    processId: string,
    onChange: (list: RevisionEntry[]) => void,
    onError: (e: unknown) => void,
  ): Unsubscribe;
  read(id: string): Promise<RevisionRead>;
  add(input: { process: Process; kind: RevisionKind; name?: string }): Promise<RevisionEntry>;
}

export interface RestoreOptions {
  /** Appended to the title of a process that comes in beside one of the same id. */
  copySuffix: string;
}

/** The whole workspace in and out, for a backup and a restore. */
export interface WorkspaceService {
  read(): Promise<WorkspaceEntries>;
  /** What restoring would change, without changing anything. */
  previewRestore(
    backup: Workspace,
    mode: RestoreMode,
    options: RestoreOptions,
  ): Promise<RestorePreview>;
  restore(
    backup: Workspace,
    mode: RestoreMode,
    options: RestoreOptions & { backupCreatedAt?: string },
  ): Promise<RestorePreview>;
  /** Puts back the workspace the last replace took away; false when there is none. */
  undoReplace(): Promise<boolean>;
}

/** What this device notes about backups (ISO times, null: never). */
export interface BackupStatus {
  lastBackupAt: string | null;
  reminderDismissedAt: string | null;
  /** When a replace last kept the workspace it replaced. */
  safetyCopyAt: string | null;
}

export interface BackupFacts {
  /** Now and after every change, in any tab. */
  observe(onChange: (status: BackupStatus) => void, onError: (e: unknown) => void): Unsubscribe;
  noteMade(at: Date): Promise<void>;
  dismissReminder(at: Date): Promise<void>;
}

/** Whether the browser may evict our data, and how much space it uses. */
export interface StorageStatus {
  /** null: the browser cannot tell. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export interface StorageService {
  status(): Promise<StorageStatus>;
  /** Asks for persistent storage; null when the browser cannot. */
  requestPersistence(): Promise<boolean | null>;
}

let current: Services | null = null;

export function provideServices(services: Services): void {
  current = services;
}

export function services(): Services {
  if (!current) throw new Error('Services not provided: app/bootstrap must run first');
  return current;
}
