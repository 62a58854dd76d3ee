// The IndexedDB database. Each schema version stays listed forever with its upgrade, so a
// browser holding any older version is lifted step by step (Dexie runs the chain).
import Dexie, { type Table } from 'dexie';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';
import type { Process, RegisterEntry } from '../domain/model/types';
import type { ProcessSummary } from '../domain/model/summary';
import { DEFAULT_REGISTER } from '../domain/register/defaultRegister';
import type { SharedLibraryItem, SharedRight } from '../domain/model/summary';

/** A process row: the process itself plus the file-format version it was written with, and a
 * new random writeId on every write, so a tab can tell whether the row is still the version it
 * last saw (see processRepository.saveOpenProcess). */
export type StoredProcess = Process & { formatVersion: number; writeId?: string };

/** What the library lists of a process, kept beside it in the same transaction: listing and
 * saving never have to load (structured-clone) whole processes of thousands of steps. */
export type StoredSummary = ProcessSummary & { writeId: string | null };

export function summarizeRow(row: StoredProcess): StoredSummary {
  return {
    id: row.id,
    title: String(row.title ?? ''),
    category: row.category,
    status: row.status,
    variant: row.variant === 'onskat' ? 'onskat' : 'nulage',
    tags: Array.isArray(row.tags) ? row.tags : [],
    changedAt: String(row.changedAt ?? ''),
    steps: Array.isArray(row.steps) ? row.steps.length : 0,
    lanes: Array.isArray(row.lanes) ? row.lanes.length : 0,
    writeId: row.writeId ?? null,
  };
}

/** A saved version of a process: taken automatically or named by the person. */
export interface StoredRevision {
  id: string;
  processId: string;
  /** ISO time the snapshot was taken. */
  createdAt: string;
  /** 'auto' on open and while editing, 'named' when the person gives it a name, 'restore' just
   * before a restore replaced the process (so the restore itself can be undone from history). */
  kind: 'auto' | 'named' | 'restore';
  name: string;
  process: StoredProcess;
}

/** Small workspace facts (last backup time, …), one row per key. */
export interface MetaRow {
  key: string;
  value: string;
}

/** A process of the shared library as the server listed it (state/server/types' SharedItem). */
export type StoredSharedItem = SharedLibraryItem;

export type SharedRole = SharedRight;

/** A process of the shared library that is on this device: what the server had when the device
 * last agreed with it (the base of a three-way merge) and whether local changes wait to be sent. */
export interface StoredSync {
  id: string;
  /** The server's revision of `base`. */
  revision: number;
  base: Process;
  role: SharedRole;
  dirty: boolean;
  /** Fields a merge settled that both sides had changed, until the person has looked. */
  conflicts: number;
}

/** A shared process's Y.Doc on this device (room `process:<id>`): y-dexie keeps its updates in a
 * table of its own (`$collabDocs.doc_updates`) and compacts them; see storage/collabRepository. */
export interface StoredCollabDoc {
  room: string;
  readonly doc: Y.Doc;
}

export const DB_NAME = 'flodesverkstan';

export class FlodesDatabase extends Dexie {
  processes!: Table<StoredProcess, string>;
  register!: Table<RegisterEntry, string>;
  summaries!: Table<StoredSummary, string>;
  revisions!: Table<StoredRevision, string>;
  meta!: Table<MetaRow, string>;
  sharedLibrary!: Table<StoredSharedItem, string>;
  sharedSync!: Table<StoredSync, string>;
  collabDocs!: Table<StoredCollabDoc, string>;

  constructor(name: string = DB_NAME) {
    // y-dexie must be an addon from the start: it extends how versions declare Y.Doc properties.
    // Its periodic folding of updates is off: it ran a long task mid-workshop; the app folds in
    // pauses instead (storage/collabUpdates.ts, app/quietFolding.ts).
    super(name, { addons: [yDexie({ gc: false }) as (db: Dexie) => void] });
    // v1: the first release indexed processes by change time only.
    this.version(1).stores({ processes: 'id, changedAt', register: 'id' });
    // v2: search and filters in the library need title, category, status and tags indexed;
    // rows from v1 may lack tags.
    this.version(2)
      .stores({
        processes: 'id, changedAt, title, category, status, *tags',
        register: 'id, kind, name',
      })
      .upgrade((tx) =>
        tx
          .table('processes')
          .toCollection()
          .modify((row: Partial<StoredProcess>) => {
            if (!Array.isArray(row.tags)) row.tags = [];
          }),
      );
    // v3: revision history per process, workspace facts such as the last backup, and a
    // summary row per process for the library (written with the process from now on).
    this.version(3)
      .stores({
        summaries: 'id, changedAt',
        revisions: 'id, processId, [processId+createdAt], createdAt',
        meta: 'key',
      })
      .upgrade(async (tx) => {
        const rows = (await tx.table('processes').toArray()) as StoredProcess[];
        await tx.table('summaries').bulkPut(rows.map(summarizeRow));
      });
    // v4: the shared library as the server last listed it, and the sync state of each shared
    // process on this device (the process itself stays an ordinary row in `processes`).
    this.version(4).stores({ sharedLibrary: 'id', sharedSync: 'id' });
    // v5: live co-editing keeps each shared process's Y.Doc on this device (y-dexie adds the
    // updates table `$collabDocs.doc_updates` for the `doc` property).
    this.version(5).stores({ collabDocs: 'room, doc: Y.Doc' });
    this.on('populate', (tx) => tx.table('register').bulkAdd([...DEFAULT_REGISTER]));
  }
}

let instance: FlodesDatabase | null = null;

export interface DatabaseWatch {
  /** Runs before this tab lets go of the database (write what is pending). */
  beforeUpgradeElsewhere(): Promise<void>;
  upgradedElsewhere(): void;
}

/**
 * Dexie's default on `versionchange` closes and silently reopens, so an old tab would go on
 * writing with old code against the new schema (Dexie docs: a web app should reload instead).
 */
export function watchDatabase(watch: DatabaseWatch): void {
  const db = database();
  db.on('versionchange', () => {
    void watch
      .beforeUpgradeElsewhere()
      .catch(() => undefined)
      .finally(() => {
        db.close({ disableAutoOpen: true });
        watch.upgradedElsewhere();
      });
    return false;
  });
}

export function database(): FlodesDatabase {
  instance ??= new FlodesDatabase();
  return instance;
}

/** For tests: use a fresh database (with fake-indexeddb). */
export function useDatabase(db: FlodesDatabase | null): void {
  instance = db;
}
