// Sharing a process: the entries that give users, groups and app roles a right on it.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv, Db } from '../http/env';
import { canShare } from '../rights';
import { listAccess, ownerOf, setAccess, unknownUsers, type AccessGrant } from '../store/access';
import { rightOn } from '../store/library';
import { bodyJson } from './body';
import { caller, forbidden, invalid, notFound } from './caller';

const MAX_ENTRIES = 1000;
const principalId = z.string().min(1).max(200);

const entrySchema = z.discriminatedUnion('principalType', [
  z.object({
    principalType: z.literal('user'),
    principalId,
    role: z.enum(['owner', 'editor', 'reader']),
  }),
  z.object({ principalType: z.literal('group'), principalId, role: z.enum(['editor', 'reader']) }),
  z.object({
    principalType: z.literal('role'),
    principalId: z.enum(['admin', 'editor', 'reader']),
    role: z.enum(['editor', 'reader']),
  }),
]);
const accessSchema = z.object({ entries: z.array(entrySchema).max(MAX_ENTRIES) });

export function accessRoutes(db: Db): Hono<AppEnv> {
  const api = new Hono<AppEnv>();

  api.get('/processes/:id/access', async (c) => {
    const id = c.req.param('id');
    if ((await rightOn(db, caller(c), id)) === null) return notFound(c);
    return c.json({ entries: await listAccess(db, id) });
  });

  api.put('/processes/:id/access', async (c) => {
    const user = caller(c);
    const id = c.req.param('id');
    const role = await rightOn(db, user, id);
    if (role === null) return notFound(c);
    if (!canShare(role)) return forbidden(c);
    const body = await bodyJson(c);
    if (!body.ok) return c.json({ error: body.error }, body.status);
    const parsed = accessSchema.safeParse(body.value);
    const ownerId = await ownerOf(db, id);
    if (!parsed.success || ownerId === null) return invalid(c);
    const grants: AccessGrant[] = [];
    for (const e of parsed.data.entries) {
      // The owner entry may come back as GET gave it; it stays as it is. No one else is owner.
      if (e.role === 'owner') {
        if (e.principalId !== ownerId) return invalid(c);
        continue;
      }
      grants.push({ principalType: e.principalType, principalId: e.principalId, role: e.role });
    }
    const userIds = grants.filter((g) => g.principalType === 'user').map((g) => g.principalId);
    if ((await unknownUsers(db, [...new Set(userIds)])).length > 0)
      return c.json({ error: 'unknownUser' }, 400);
    await setAccess(db, user, id, ownerId, grants);
    return c.json({ entries: await listAccess(db, id) });
  });

  return api;
}
