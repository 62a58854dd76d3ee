import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../test/postgres';
import { openDatabase, ping } from './database';

let pgServer: TestPostgres | null = null;
beforeAll(async () => {
  pgServer = await startPostgres();
  if (pgServer === null && process.env.CI)
    throw new Error('CI needs PostgreSQL (initdb) for the server tests');
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

describe.each(['sqlite', 'postgres'] as const)('openDatabase (%s)', (dialect) => {
  it('creates every table, answers a ping, and migrates again without harm', async (ctx) => {
    if (dialect === 'postgres' && pgServer === null) return ctx.skip();
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
