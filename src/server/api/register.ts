// The organisation register: everyone reads it, admins change it.
import { Hono } from 'hono';
import { registerEntrySchema } from '../../domain/schema/process';
import type { AppEnv, Db } from '../http/env';
import { isAdmin } from '../rights';
import { deleteRegisterEntry, listRegister, putRegisterEntry } from '../store/register';
import { bodyJson } from './body';
import { caller, forbidden, invalid, notFound } from './caller';

export function registerRoutes(db: Db): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  api.get('/register', async (c) => {
    caller(c);
    return c.json({ entries: await listRegister(db) });
  });

  api.put('/register/:id', async (c) => {
    const user = caller(c);
    if (!isAdmin(user)) return forbidden(c);
    const body = await bodyJson(c);
    if (!body.ok) return c.json({ error: body.error }, body.status);
    const parsed = registerEntrySchema.safeParse(body.value);
    if (!parsed.success || parsed.data.id !== c.req.param('id')) return invalid(c);
    await putRegisterEntry(db, user, parsed.data);
    return c.json({ entry: parsed.data });
  });

  api.delete('/register/:id', async (c) => {
    const user = caller(c);
    if (!isAdmin(user)) return forbidden(c);
    if (!(await deleteRegisterEntry(db, user, c.req.param('id')))) return notFound(c);
    return c.body(null, 204);
  });

  return api;
}
