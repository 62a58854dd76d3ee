// The API under test without a network or sign-in: a fresh database per test (SQLite in a temp
// directory, or a new database on one throwaway PostgreSQL per test file), users seeded straight
// into the users table, and the caller named by a test-only header.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { newId } from '../../domain/model/ids';
import { apiRoutes } from '../api';
import { openDatabase, type Dialect, type OpenDatabase } from '../db/database';
import type { AppRole } from '../db/schema';
import type { AppEnv, Db, SessionUser } from '../http/env';
import { postgresAvailable, startPostgres, type TestPostgres } from './postgres';

export const TEST_USER_HEADER = 'x-test-user';

if (!postgresAvailable() && process.env.CI)
  throw new Error('CI must test the server on PostgreSQL too: install postgresql (initdb)');

/** Every dialect this machine can test. */
export const DIALECTS: Dialect[] = postgresAvailable() ? ['sqlite', 'postgres'] : ['sqlite'];

export function testApp(db: Db): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    const id = c.req.header(TEST_USER_HEADER);
    const row = id
      ? await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
      : undefined;
    c.set(
      'user',
      row
        ? {
            id: row.id,
            name: row.name,
            roles: JSON.parse(row.roles_json) as AppRole[],
            groups: JSON.parse(row.groups_json) as string[],
          }
        : null,
    );
    return next();
  });
  app.route('/api', apiRoutes(db));
  return app;
}

export async function seedUser(
  db: Db,
  name: string,
  roles: AppRole[] = ['editor'],
  groups: string[] = [],
): Promise<SessionUser> {
  const id = newId('u');
  const now = new Date().toISOString();
  await db
    .insertInto('users')
    .values({
      id,
      issuer: 'test',
      subject: id,
      name,
      email: null,
      roles_json: JSON.stringify(roles),
      groups_json: JSON.stringify(groups),
      created_at: now,
      last_seen_at: now,
    })
    .execute();
  return { id, name, roles, groups };
}

export interface Harness {
  db: Db;
  app: Hono<AppEnv>;
  /** A request as `user` (null: signed out); a body object is sent as JSON. */
  call(user: SessionUser | null, method: string, path: string, body?: unknown): Promise<Response>;
}

/** Call at the top of a describe block: `h()` gives the current test's fresh harness. */
export function useHarness(dialect: Dialect): () => Harness {
  let server: TestPostgres | null = null;
  let open: OpenDatabase | null = null;
  let dir: string | null = null;
  let harness: Harness | null = null;
  let databases = 0;

  beforeAll(async () => {
    if (dialect !== 'postgres') return;
    server = await startPostgres();
    if (server === null) throw new Error('PostgreSQL was found but did not start');
    // Migrated once; every test's database is a copy of it, far quicker than migrating each.
    const template = await openDatabase({
      databaseUrl: await createDatabase(server.url, 'tmpl'),
      dataDir: '',
    });
    await template.close();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fv-api-'));
    let databaseUrl: string | undefined;
    if (server !== null) {
      databaseUrl = await createDatabase(server.url, `t${++databases}`, 'tmpl');
    }
    open = await openDatabase({ databaseUrl, dataDir: dir });
    const { db } = open;
    const app = testApp(db);
    harness = {
      db,
      app,
      call: (user, method, path, body) =>
        Promise.resolve(
          app.request(path, {
            method,
            headers: user ? { [TEST_USER_HEADER]: user.id } : {},
            body:
              body === undefined
                ? undefined
                : typeof body === 'string'
                  ? body
                  : JSON.stringify(body),
          }),
        ),
    };
  }, 30_000);
  afterEach(async () => {
    await open?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    open = null;
    harness = null;
  });
  return () => {
    if (harness === null) throw new Error('useHarness: no test is running');
    return harness;
  };
}

async function createDatabase(url: string, name: string, template?: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}
