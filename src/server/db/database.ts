// Opens the server's database: PostgreSQL when a URL is given, else an SQLite file under the data
// directory. Migrations run before anything else may use it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Db } from '../http/env';
import type { Database } from './schema';
import { migrateToLatest, ping as pingDb, type Dialect } from './migrations';

export type { Dialect };

export const SQLITE_FILE = 'flodesverkstan.sqlite';

export interface OpenDatabase {
  db: Db;
  dialect: Dialect;
  close(): Promise<void>;
}

export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
}): Promise<OpenDatabase> {
  const { db, dialect } = opts.databaseUrl
    ? { db: openPostgres(opts.databaseUrl), dialect: 'postgres' as const }
    : { db: openSqlite(opts.dataDir), dialect: 'sqlite' as const };
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, close: () => db.destroy() };
}

function openSqlite(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const file = new BetterSqlite3(join(dataDir, SQLITE_FILE));
  file.pragma('journal_mode = WAL');
  // FULL: a save the server has answered survives a SIGKILL or a power cut.
  file.pragma('synchronous = FULL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
}

function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection must not take the process down; the next query reconnects.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export function ping(db: Db): Promise<boolean> {
  return pingDb(db);
}
