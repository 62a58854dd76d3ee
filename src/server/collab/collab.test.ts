// Co-editing end to end on a real server (SQLite, and PostgreSQL where installed): HocuspocusProvider
// clients signed in as different people edit one process over /collab; what they see, what the
// server stores and who may connect.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { loadDocument } from '../../domain/load/loadDocument';
import { toProcessFile } from '../../formats/json/processFile';
import { processFile } from '../test/fixtures';
import { startPostgres, type TestPostgres } from '../test/postgres';
import { DIALECTS } from '../test/testApp';
import {
  newPostgresDatabase,
  startCollabServer,
  until,
  type CollabServer,
} from './collab.test-helper';
import { yMapping } from './yMapping';

let dir: string;
let s: CollabServer;
let databaseUrl: string | undefined;

describe.each(DIALECTS)('co-editing over /collab (%s)', (dialect) => {
  let postgres: TestPostgres | null = null;
  let databases = 0;
  beforeAll(async () => {
    if (dialect === 'postgres') postgres = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await postgres?.stop();
  });
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fv-collab-'));
    databaseUrl = postgres ? await newPostgresDatabase(postgres.url, `c${++databases}`) : undefined;
    s = await startCollabServer({ dataDir: dir, databaseUrl });
  }, 30_000);
  afterEach(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function audits(id: string, action: string) {
    const rows = await s.db
      .selectFrom('audit')
      .select(['user_id', 'detail_json'])
      .where('process_id', '=', id)
      .where('action', '=', action)
      .execute();
    return rows;
  }

  it('says so in /api/session', async () => {
    const anna = await s.person('Anna');
    const res = await s.api(anna, 'GET', '/api/session');
    expect(await res.json()).toMatchObject({ collab: true, user: { id: anna.id } });
  });

  it('two editors converge; the stored JSON is their projection and passes the gate', async () => {
    const anna = await s.person('Anna');
    const bo = await s.person('Bo');
    const id = await s.share(anna, processFile('Bygglov'));
    await s.grant(anna, id, [{ id: bo.id, role: 'editor' }]);
    const a = s.client(anna, id);
    const b = s.client(bo, id);
    await until('both synced', () => a.state.synced && b.state.synced);
    expect(a.view()?.title).toBe('Bygglov');

    a.edit((p) => ({ ...p, title: 'Bygglov, ny' }));
    b.edit((p) => ({ ...p, tags: [...p.tags, 'plan'] }));
    const both = (v: ReturnType<typeof a.view>) =>
      v?.title === 'Bygglov, ny' && v.tags.includes('plan');
    await until('both see both edits', () => both(a.view()) && both(b.view()));
    expect(a.view()).toEqual(b.view());

    await until('stored', async () => both((await s.stored(id)).file.process));
    const { file, revision } = await s.stored(id);
    expect(revision).toBeGreaterThan(1);
    expect(loadDocument(file).ok).toBe(true);
    expect(file.process).toEqual(toProcessFile(a.view()!, file.register).process);
    const rows = await audits(id, 'process.collab');
    expect(rows.length).toBeGreaterThan(0);
    const editors = rows.flatMap(
      (r) => (JSON.parse(r.detail_json) as { editors: string[] }).editors,
    );
    expect(new Set(editors)).toEqual(new Set([anna.id, bo.id]));
  });

  it("never lets a reader's write reach another client or the store", async () => {
    const anna = await s.person('Anna');
    const cai = await s.person('Cai');
    const id = await s.share(anna, processFile('Bygglov'));
    await s.grant(anna, id, [{ id: cai.id, role: 'reader' }]);
    const a = s.client(anna, id);
    const c = s.client(cai, id);
    await until('both synced', () => a.state.synced && c.state.synced);
    c.edit((p) => ({ ...p, title: 'Läsarens titel' }));
    // An editor's later edit proves the reader's, sent before it, was dropped and not delayed.
    a.edit((p) => ({ ...p, tags: ['efter'] }));
    await until('the reader sees the editor', () => c.view()?.tags.includes('efter') === true);
    await until('stored', async () => (await s.stored(id)).file.process.tags.includes('efter'));
    expect(a.view()?.title).toBe('Bygglov');
    expect((await s.stored(id)).file.process.title).toBe('Bygglov');
  });

  it('refuses a person without a right, and sockets without a session or from elsewhere', async () => {
    const anna = await s.person('Anna');
    const eve = await s.person('Eve');
    const id = await s.share(anna, processFile('Bygglov'));
    const e = s.client(eve, id);
    await until('refused', () => e.state.denied !== null);
    expect(e.state.denied).toBe('forbidden');
    expect(e.view()).toBeNull();

    const status = (headers: Record<string, string>, path = '/collab') =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${s.port}${path}`, { headers });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('error', () => resolve(-1));
      });
    expect(await status({ Origin: s.origin })).toBe(401);
    expect(await status({ Origin: 'http://evil.example', Cookie: anna.cookie })).toBe(403);
    expect(await status({ Origin: s.origin, Cookie: anna.cookie }, '/other')).toBe(404);
    expect(await status({ Origin: s.origin, Cookie: anna.cookie })).toBe(101);
  });

  it('disconnects on revoking, and the revoked person is refused', async () => {
    const anna = await s.person('Anna');
    const bo = await s.person('Bo');
    const id = await s.share(anna, processFile('Bygglov'));
    await s.grant(anna, id, [{ id: bo.id, role: 'editor' }]);
    const b = s.client(bo, id);
    await until('synced', () => b.state.synced);
    await s.grant(anna, id, []);
    await until('refused after revoking', () => b.state.denied !== null);
    expect(b.state.denied).toBe('forbidden');
    expect(b.state.closes).toBeGreaterThan(0);
  });

  it("closes a person's sockets when they sign out, and refuses the reconnect", async () => {
    const anna = await s.person('Anna');
    const id = await s.share(anna, processFile('Bygglov'));
    const a = s.client(anna, id);
    await until('synced', () => a.state.synced);
    expect((await s.api(anna, 'POST', '/api/auth/logout')).status).toBe(204);
    await until('closed', () => a.state.closes > 0);
    a.edit((p) => ({ ...p, title: 'Efter utloggning' }));
    await new Promise((r) => setTimeout(r, 300));
    const live = s.collab.hocuspocus.documents.get(`process:${id}`);
    expect(live === undefined ? null : yMapping.project(live)?.title).not.toBe('Efter utloggning');
    expect((await s.stored(id)).file.process.title).toBe('Bygglov');
  });

  it('serves the stored state after a restart', async () => {
    const anna = await s.person('Anna');
    const id = await s.share(anna, processFile('Bygglov'));
    const a = s.client(anna, id);
    await until('synced', () => a.state.synced);
    a.edit((p) => ({ ...p, title: 'Före omstart' }));
    await until('stored', async () => (await s.stored(id)).file.process.title === 'Före omstart');
    await s.close();
    s = await startCollabServer({ dataDir: dir, databaseUrl });
    const again = s.client(anna, id);
    await until('synced after restart', () => again.state.synced);
    expect(again.view()?.title).toBe('Före omstart');
    // The same Y document continues (its stored state), not one rebuilt from the JSON.
    const state = await s.db.selectFrom('ydocs').select('name').execute();
    expect(state.map((r) => r.name)).toEqual([`process:${id}`]);
  });

  it('stores a pending edit when it closes', async () => {
    await s.close();
    // Far longer than the test: only the close can have stored the edit.
    s = await startCollabServer({ dataDir: dir, databaseUrl, debounce: 60_000 });
    const anna = await s.person('Anna');
    const id = await s.share(anna, processFile('Bygglov'));
    const a = s.client(anna, id);
    await until('synced', () => a.state.synced);
    a.edit((p) => ({ ...p, title: 'Ej sparad än' }));
    const live = () => s.collab.hocuspocus.documents.get(`process:${id}`);
    await until(
      'the server has the edit',
      () => yMapping.project(live()!)?.title === 'Ej sparad än',
    );
    expect((await s.stored(id)).file.process.title).toBe('Bygglov');
    await s.close();
    s = await startCollabServer({ dataDir: dir, databaseUrl });
    expect((await s.stored(id)).file.process.title).toBe('Ej sparad än');
  });

  it("writes only the HTTP saver's change: co-edits not yet stored stay", async () => {
    await s.close();
    s = await startCollabServer({ dataDir: dir, databaseUrl, debounce: 60_000 });
    const anna = await s.person('Anna');
    const id = await s.share(anna, processFile('Bygglov'));
    const a = s.client(anna, id);
    await until('synced', () => a.state.synced);
    a.edit((p) => ({ ...p, tags: ['samtidigt'] }));
    const live = () => s.collab.hocuspocus.documents.get(`process:${id}`)!;
    await until('the server has the co-edit', () =>
      Boolean(yMapping.project(live())?.tags.includes('samtidigt')),
    );
    const { file, revision } = await s.stored(id);
    const saved = { ...file, process: { ...file.process, title: 'Via HTTP' } };
    const put = { file: saved, baseRevision: revision };
    expect((await s.api(anna, 'PUT', `/api/processes/${id}`, put)).status).toBe(200);
    await until('the client sees the HTTP save', () => a.view()?.title === 'Via HTTP');
    expect(a.view()?.tags).toEqual(['samtidigt']);
  });

  it('writes an HTTP save into the live document, and keeps the 409 for a stale base', async () => {
    const anna = await s.person('Anna');
    const id = await s.share(anna, processFile('Bygglov'));
    const a = s.client(anna, id);
    await until('synced', () => a.state.synced);
    const { file, revision } = await s.stored(id);
    const saved = { ...file, process: { ...file.process, title: 'Via HTTP' } };
    const res = await s.api(anna, 'PUT', `/api/processes/${id}`, {
      file: saved,
      baseRevision: revision,
    });
    expect(res.status).toBe(200);
    await until('the client sees the HTTP save', () => a.view()?.title === 'Via HTTP');
    const stale = await s.api(anna, 'PUT', `/api/processes/${id}`, {
      file: saved,
      baseRevision: revision,
    });
    expect(stale.status).toBe(409);
    // Written into the document, the save does not come back as another revision.
    await new Promise((r) => setTimeout(r, 200));
    expect((await s.stored(id)).revision).toBe(revision + 1);
  });
});
