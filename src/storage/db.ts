// The IndexedDB database. Each schema version stays listed forever with its upgrade, so a
// browser holding any older version is lifted step by step (Dexie runs the chain).
import Dexie, { type Table } from 'dexie';
import type { Process, RegisterEntry } from '../domain/model/types';
import { DEFAULT_REGISTER } from '../domain/register/defaultRegister';

/** A process row: the process itself plus the file-format version it was written with. */
export type StoredProcess = Process & { formatVersion: number };

export const DB_NAME = 'flodesverkstan';

export class FlodesDatabase extends Dexie {
  processes!: Table<StoredProcess, string>;
  register!: Table<RegisterEntry, string>;

  constructor(name: string = DB_NAME) {
    super(name);
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
    this.on('populate', (tx) => tx.table('register').bulkAdd([...DEFAULT_REGISTER]));
  }
}

let instance: FlodesDatabase | null = null;

export function database(): FlodesDatabase {
  instance ??= new FlodesDatabase();
  return instance;
}

/** For tests: use a fresh database (with fake-indexeddb). */
export function useDatabase(db: FlodesDatabase | null): void {
  instance = db;
}
