// The library's routes under /api (mounted by app.ts). Session and sign-in routes live in auth/.
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { loadDocument } from '../../domain/load/loadDocument';
import type { Collab } from '../collab/collab';
import type { AppEnv, Db } from '../http/env';
import { readProcess } from '../store/processes';
import { accessRoutes } from './access';
import { bodyCap } from './body';
import { libraryRoutes } from './library';
import { processRoutes } from './processes';
import { registerRoutes } from './register';
import { revisionRoutes } from './revisions';

const PATHS = [
  '/library',
  '/users',
  '/audit',
  '/register',
  '/register/*',
  '/processes',
  '/processes/*',
];

export function apiRoutes(db: Db, collab?: Collab, log?: Logger): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  // Only on these paths: app.route() hands middleware to the parent app, where a '*' here would
  // also answer /api/session and /api/auth/* for someone not signed in.
  for (const path of PATHS) {
    // Everything here needs a signed-in person; nothing about the library is public.
    api.use(path, async (c, next) => {
      if (!c.get('user')) return c.json({ error: 'signedOut' }, 401);
      return next();
    });
    api.use(path, bodyCap);
  }
  if (collab) coEditingHooks(api, db, collab, log);
  api.route('/', libraryRoutes(db));
  api.route('/', processRoutes(db));
  api.route('/', accessRoutes(db));
  api.route('/', revisionRoutes(db));
  api.route('/', registerRoutes(db));
  return api;
}

/**
 * What the HTTP routes tell co-editing, after they answered: changed rights (or a deletion) make
 * everyone connected to the process authenticate again; a stored save is written into its Y
 * document, so both paths arrive at the same process.
 */
function coEditingHooks(api: Hono<AppEnv>, db: Db, collab: Collab, log?: Logger): void {
  api.use('/processes/:id/access', async (c, next) => {
    await next();
    if (c.req.method === 'PUT' && c.res.status === 200) collab.accessChanged(c.req.param('id'));
  });
  api.use('/processes/:id', async (c, next) => {
    const id = c.req.param('id');
    // What a save is based on, read before it: the diff written into the live document is the
    // saver's own change, so co-edits not yet stored are kept rather than undone.
    const prior = c.req.method === 'PUT' ? await readProcess(db, id) : null;
    await next();
    if (c.req.method === 'DELETE' && c.res.status === 204) collab.accessChanged(id);
    const user = c.get('user');
    if (c.req.method !== 'PUT' || c.res.status !== 200 || !user) return;
    try {
      const current = await readProcess(db, id);
      const after = current === null ? null : loadDocument(current.file);
      if (!after?.ok) return;
      const base =
        prior !== null && current!.revision === prior.revision + 1
          ? loadDocument(prior.file)
          : null;
      await collab.httpSaved(id, base?.ok ? base.file.process : null, after.file.process, user);
    } catch (error) {
      // The save is stored, but the document's next store may put its own projection over it.
      log?.error({ err: error, processId: id }, 'collab: HTTP save not written into the document');
    }
  });
}
