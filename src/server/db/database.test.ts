import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../test/postgres';
import { DIALECTS } from '../test/testApp';
import { openDatabase, ping, SQLITE_FILE } from './database';

let pgServer: TestPostgres | null = null;
beforeAll(async () => {
  if (DIALECTS.includes('postgres')) pgServer = await startPostgres();
}, 60_000);
afterAll(async () => {
  await pgServer?.stop();
});

const TABLES = [
  'audit',
  'process_access',
  'processes',
  'register_entries',
  'revisions',
  'sessions',
  'users',
];

describe.each(DIALECTS)('openDatabase (%s)', (dialect) => {
  it('creates every table, answers a ping, and migrates again without harm', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fv-db-'));
    const url = dialect === 'postgres' ? pgServer?.url : undefined;
    try {
      const first = await openDatabase({ databaseUrl: url, dataDir });
      expect(first.dialect).toBe(dialect);
      expect(await ping(first.db)).toBe(true);
      const tables = (await first.db.introspection.getTables()).map((t) => t.name).sort();
      expect(tables).toEqual(expect.arrayContaining(TABLES));
      const at = new Date().toISOString();
      await first.db
        .insertInto('audit')
        .values({ at, user_id: null, process_id: null, action: 'a', detail_json: '{}' })
        .execute();
      await first.db
        .insertInto('audit')
        .values({ at, user_id: null, process_id: null, action: 'b', detail_json: '{}' })
        .execute();
      await first.close();
      // Opening the same database runs the migrator again: it must find nothing to do.
      const second = await openDatabase({ databaseUrl: url, dataDir });
      const ids = await second.db.selectFrom('audit').select('id').orderBy('id').execute();
      expect(ids.map((r) => Number(r.id))).toEqual([1, 2]);
      await second.close();
      expect(await ping(second.db)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('openDatabase (sqlite file)', () => {
  it('creates the data directory and opens the file durable: WAL, synchronous FULL, foreign keys', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fv-db-'));
    const dataDir = join(root, 'not', 'yet');
    try {
      const { db, close } = await openDatabase({ dataDir });
      const pragma = async (name: string) =>
        ((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as Record<string, unknown>)[name];
      expect(await pragma('journal_mode')).toBe('wal');
      // 2 = FULL: an acknowledged save survives SIGKILL and power loss.
      expect(await pragma('synchronous')).toBe(2);
      expect(await pragma('foreign_keys')).toBe(1);
      await close();
      expect(existsSync(join(dataDir, SQLITE_FILE))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
