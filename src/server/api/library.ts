// Listing: the library (what the caller may read), the people to share with, the audit log.
import { Hono } from 'hono';
import type { AppEnv, Db } from '../http/env';
import { isAdmin } from '../rights';
import { listAudit } from '../store/audit';
import { listLibrary } from '../store/library';
import { caller, forbidden } from './caller';

const MAX_QUERY_CHARS = 200;
const AUDIT_ROWS = 1000;

function parseStrings(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function libraryRoutes(db: Db): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  api.get('/library', async (c) => {
    const q = (c.req.query('q') ?? '').slice(0, MAX_QUERY_CHARS);
    return c.json({ processes: await listLibrary(db, caller(c), { q }) });
  });

  api.get('/users', async (c) => {
    caller(c);
    const rows = await db.selectFrom('users').select(['id', 'name', 'groups_json']).execute();
    const users = rows
      .map((r) => ({ id: r.id, name: r.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
    const groups = [...new Set(rows.flatMap((r) => parseStrings(r.groups_json)))].sort((a, b) =>
      a.localeCompare(b, 'sv'),
    );
    return c.json({ users, groups });
  });

  api.get('/audit', async (c) => {
    if (!isAdmin(caller(c))) return forbidden(c);
    const processId = c.req.query('processId') || undefined;
    return c.json({ entries: await listAudit(db, processId, AUDIT_ROWS) });
  });

  return api;
}
