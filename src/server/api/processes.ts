// A shared process: create, read, save (with the revision it was based on), delete.
import { Hono } from 'hono';
import { z } from 'zod';
import { loadDocument } from '../../domain/load/loadDocument';
import type { AppEnv, Db } from '../http/env';
import { canCreate, canShare, canWrite } from '../rights';
import { listLibrary, rightOn } from '../store/library';
import { createProcess, deleteProcess, readProcess, updateProcess } from '../store/processes';
import { bodyJson, bodyText, loadErrorAnswer } from './body';
import { caller, forbidden, invalid, notFound } from './caller';

const saveSchema = z.object({
  file: z.unknown(),
  baseRevision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});

export function processRoutes(db: Db): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  api.post('/processes', async (c) => {
    const user = caller(c);
    if (!canCreate(user)) return forbidden(c);
    const body = await bodyText(c);
    if (!body.ok) return c.json({ error: body.error }, body.status);
    const loaded = loadDocument(body.text);
    if (!loaded.ok) {
      const answer = loadErrorAnswer(loaded.error);
      return c.json({ error: answer.error }, answer.status);
    }
    const { id } = await createProcess(db, user, loaded.file);
    const [item] = await listLibrary(db, user, { id });
    return c.json({ id, revision: 1, item }, 201);
  });

  api.get('/processes/:id', async (c) => {
    const user = caller(c);
    const id = c.req.param('id');
    const role = await rightOn(db, user, id);
    const current = role === null ? null : await readProcess(db, id);
    if (role === null || current === null) return notFound(c);
    return c.json({ file: current.file, revision: current.revision, role });
  });

  api.put('/processes/:id', async (c) => {
    const user = caller(c);
    const id = c.req.param('id');
    const role = await rightOn(db, user, id);
    if (role === null) return notFound(c);
    if (!canWrite(role)) return forbidden(c);
    const body = await bodyJson(c);
    if (!body.ok) return c.json({ error: body.error }, body.status);
    const save = saveSchema.safeParse(body.value);
    if (!save.success) return invalid(c);
    const loaded = loadDocument(save.data.file);
    if (!loaded.ok) {
      const answer = loadErrorAnswer(loaded.error);
      return c.json({ error: answer.error }, answer.status);
    }
    // A file of another process sent here is a client's mistake, not a rename.
    if (loaded.file.process.id !== id) return invalid(c);
    const result = await updateProcess(db, user, id, loaded.file, save.data.baseRevision);
    if (!result.ok) {
      if (result.current === null) return notFound(c);
      return c.json(
        { error: 'stale', revision: result.current.revision, file: result.current.file },
        409,
      );
    }
    const [item] = await listLibrary(db, user, { id });
    return c.json({ revision: result.revision, item });
  });

  api.delete('/processes/:id', async (c) => {
    const user = caller(c);
    const id = c.req.param('id');
    const role = await rightOn(db, user, id);
    if (role === null) return notFound(c);
    if (!canShare(role)) return forbidden(c);
    if (!(await deleteProcess(db, user, id))) return notFound(c);
    return c.body(null, 204);
  });

  return api;
}
