// Named versions of a shared process.
import { Hono } from 'hono';
import { z } from 'zod';
import { LIMITS } from '../../domain/schema/limits';
import type { AppEnv, Db } from '../http/env';
import { canWrite } from '../rights';
import { rightOn } from '../store/library';
import { createRevision, listRevisions, readRevision } from '../store/revisions';
import { bodyJson } from './body';
import { caller, forbidden, invalid, notFound } from './caller';

const nameSchema = z.object({ name: z.string().trim().min(1).max(LIMITS.label) });

export function revisionRoutes(db: Db): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  api.get('/processes/:id/revisions', async (c) => {
    const id = c.req.param('id');
    if ((await rightOn(db, caller(c), id)) === null) return notFound(c);
    return c.json({ revisions: await listRevisions(db, id) });
  });

  api.post('/processes/:id/revisions', async (c) => {
    const user = caller(c);
    const id = c.req.param('id');
    const role = await rightOn(db, user, id);
    if (role === null) return notFound(c);
    if (!canWrite(role)) return forbidden(c);
    const body = await bodyJson(c);
    if (!body.ok) return c.json({ error: body.error }, body.status);
    const parsed = nameSchema.safeParse(body.value);
    if (!parsed.success) return invalid(c);
    const revision = await createRevision(db, user, id, parsed.data.name);
    if (revision === null) return notFound(c);
    return c.json(revision, 201);
  });

  api.get('/processes/:id/revisions/:rid', async (c) => {
    const id = c.req.param('id');
    if ((await rightOn(db, caller(c), id)) === null) return notFound(c);
    const file = await readRevision(db, id, c.req.param('rid'));
    if (file === null) return notFound(c);
    return c.json({ file });
  });

  return api;
}
