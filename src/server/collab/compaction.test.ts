// Compaction epochs on a real server (SQLite, and PostgreSQL where installed): an unloaded room
// with a large state gets a fresh document as its next epoch; the JSON stays as it was, the old
// room refuses with the current epoch, and a device offline across it merges its edits in.
// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Process } from '../../domain/model/types';
import { mergeProcess } from '../../domain/sync/mergeProcess';
import { project, validateProjection, writeDiff } from '../../document/yjs/mapping';
import { processFile } from '../test/fixtures';
import { startPostgres, type TestPostgres } from '../test/postgres';
import { DIALECTS } from '../test/testApp';
import {
  newPostgresDatabase,
  startCollabServer,
  until,
  type CollabServer,
} from './collab.test-helper';
import { RETIRED_TOKEN } from '../../domain/sync/rooms';
import { DEFAULT_POLICY, policyFromEnv } from './epochs';

let dir: string;
let s: CollabServer;
let databaseUrl: string | undefined;

const withStep = (p: Process, id: string, label: string): Process => ({
  ...p,
  steps: [...p.steps, { ...p.steps[0]!, id, label, x: p.steps.length * 10 }],
});

describe.each(DIALECTS)('compaction epochs (%s)', (dialect) => {
  let postgres: TestPostgres | null = null;
  let databases = 0;
  beforeAll(async () => {
    if (dialect === 'postgres') postgres = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await postgres?.stop();
  });
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fv-compact-'));
    databaseUrl = postgres ? await newPostgresDatabase(postgres.url, `k${++databases}`) : undefined;
    s = await startCollabServer({
      dataDir: dir,
      databaseUrl,
      compact: { minBytes: 2000, maxRatio: 1, keepRetiredDays: 90 },
    });
  }, 30_000);
  afterEach(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const epochOf = async (id: string) =>
    Number(
      (
        await s.db
          .selectFrom('processes')
          .select('epoch')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).epoch,
    );
  const sizes = async () =>
    Object.fromEntries(
      (await s.db.selectFrom('ydocs').select(['name', 'state', 'retired_at']).execute()).map(
        (r) => [r.name, { bytes: Buffer.from(r.state, 'base64').length, retired: r.retired_at }],
      ),
    );

  it('shrinks the state after many edits; the JSON stays; the old room refuses', async () => {
    const anna = await s.person('Anna');
    const id = await s.share(anna, processFile('Bygglov'));
    const a = s.client(anna, id);
    await until('synced', () => a.state.synced);
    for (let i = 0; i < 120; i++) {
      a.edit((p) => withStep(p, `s${i}`, `Steg ${i}`));
      // Most steps go again: their tombstones are what compaction drops.
      if (i % 3 !== 0) a.edit((p) => ({ ...p, steps: p.steps.filter((x) => x.id !== `s${i}`) }));
      a.edit((p) => ({ ...p, title: `Bygglov ${i}` }));
    }
    // The workshop timer lives beside the process in the room: it stays.
    a.doc.getMap('workshop').set('timer', { running: false, seconds: 300 });
    await until('stored', async () => (await s.stored(id)).file.process.title === 'Bygglov 119');
    const before = await s.stored(id);
    a.provider.destroy();
    await until('compacted', async () => (await epochOf(id)) === 1);

    const rows = await sizes();
    const old = rows[`process:${id}`]!;
    const fresh = rows[`process:${id}@1`]!;
    expect(old.retired).not.toBeNull();
    expect(fresh.retired).toBeNull();
    expect(fresh.bytes).toBeLessThan(old.bytes / 2);
    const after = await s.stored(id);
    expect(after.revision).toBe(before.revision);
    expect(after.file).toEqual(before.file);

    const b = s.client(anna, id, {}, { room: `process:${id}@1` });
    await until('synced on the new epoch', () => b.state.synced && b.view() !== null);
    expect(b.view()).toEqual(after.file.process);
    expect(b.doc.getMap('workshop').get('timer')).toEqual({ running: false, seconds: 300 });
    const stale = s.client(anna, id);
    await until('the old room refuses', () => stale.state.denied !== null);
    expect(stale.state.denied).toBe('epoch:1');
    const audit = await s.db
      .selectFrom('audit')
      .select('detail_json')
      .where('action', '=', 'process.compact')
      .execute();
    expect(audit.map((r) => JSON.parse(r.detail_json) as unknown)).toEqual([
      { epoch: 1, bytesBefore: old.bytes, bytesAfter: fresh.bytes },
    ]);
  });

  it('leaves a small room alone', async () => {
    const anna = await s.person('Anna');
    const id = await s.share(anna, processFile('Bygglov'));
    const a = s.client(anna, id);
    await until('synced', () => a.state.synced);
    a.edit((p) => ({ ...p, title: 'Liten' }));
    await until('stored', async () => (await s.stored(id)).file.process.title === 'Liten');
    a.provider.destroy();
    await until('unloaded', () => s.collab.hocuspocus.documents.size === 0);
    await new Promise((r) => setTimeout(r, 200));
    expect(await epochOf(id)).toBe(0);
    expect(Object.keys(await sizes())).toEqual([`process:${id}`]);
  });

  it('leaves a room alone when a fresh document would gain too little', async () => {
    await s.close();
    s = await startCollabServer({
      dataDir: dir,
      databaseUrl,
      compact: { minBytes: 0, maxRatio: 0.5, keepRetiredDays: 90 },
    });
    const anna = await s.person('Anna');
    const id = await s.share(anna, processFile('Bygglov'));
    const a = s.client(anna, id);
    await until('synced', () => a.state.synced);
    // A few renames: Yjs keeps overwritten values small, so the state hardly grows.
    for (let i = 0; i < 5; i++) a.edit((p) => ({ ...p, title: `Bygglov ${i}` }));
    await until('stored', async () => (await s.stored(id)).file.process.title === 'Bygglov 4');
    a.provider.destroy();
    await until('unloaded', () => s.collab.hocuspocus.documents.size === 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(await epochOf(id)).toBe(0);
  });

  it('merges the edits of a device that was offline across the compaction', async () => {
    const anna = await s.person('Anna');
    const bo = await s.person('Bo');
    const id = await s.share(anna, processFile('Bygglov'));
    await s.grant(anna, id, [{ id: bo.id, role: 'editor' }]);
    const a = s.client(anna, id);
    const b = s.client(bo, id);
    await until('both synced', () => a.state.synced && b.state.synced);
    b.edit((p) => withStep(p, 'gemensam', 'Före avbrottet'));
    await until('Anna has it', () => Boolean(a.view()?.steps.some((x) => x.id === 'gemensam')));
    // Bo's laptop loses the network: his doc stays, his provider goes.
    b.provider.destroy();
    b.edit((p) => withStep(p, 'bos', 'Bos steg'));
    b.edit((p) => ({
      ...p,
      steps: p.steps.map((x) => (x.id === 'gemensam' ? { ...x, label: 'Bo döpte om' } : x)),
    }));
    for (let i = 0; i < 60; i++) a.edit((p) => ({ ...p, purpose: `Syfte ${i}` }));
    a.edit((p) => withStep(p, 'annas', 'Annas steg'));
    await until('stored', async () => (await s.stored(id)).file.process.purpose === 'Syfte 59');
    a.provider.destroy();
    await until('compacted', async () => (await epochOf(id)) === 1);
    const a2 = s.client(anna, id, {}, { room: `process:${id}@1` });
    await until('Anna back', () => a2.state.synced && a2.view() !== null);
    a2.edit((p) => ({ ...p, tags: ['efter'] }));

    // Bo comes back: his room is retired, the refusal names the current epoch.
    const back = s.client(bo, id, {}, { doc: b.doc });
    await until('refused', () => back.state.denied !== null);
    expect(back.state.denied).toBe('epoch:1');
    back.provider.destroy();
    // The old epoch's final state, read-only: his writes there never land.
    const final = s.client(bo, id, {}, { token: RETIRED_TOKEN });
    await until('final state', () => final.state.synced && final.view() !== null);
    final.edit((p) => ({ ...p, title: 'Skrivet i det gamla rummet' }));
    const base = final.view()!;
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(final.doc));
    const local = validateProjection(project(b.doc))!;
    const next = s.client(bo, id, {}, { room: `process:${id}@1` });
    await until('new epoch', () => next.state.synced && next.view()?.tags[0] === 'efter');
    const remote = next.view()!;
    const merged = validateProjection(mergeProcess(base, local, remote))!;
    next.doc.transact(() => writeDiff(next.doc, remote, merged), 'local');

    const label = (p: Process | null, step: string) => p?.steps.find((x) => x.id === step)?.label;
    const all = (p: Process | null) =>
      label(p, 'bos') === 'Bos steg' &&
      label(p, 'gemensam') === 'Bo döpte om' &&
      label(p, 'annas') === 'Annas steg' &&
      p?.purpose === 'Syfte 59' &&
      p.tags.includes('efter');
    await until('Anna sees everything', () => all(a2.view()));
    await until('stored', async () => all((await s.stored(id)).file.process));
    expect((await s.stored(id)).file.process.title).toBe('Bygglov');
    expect(a2.view()).toEqual(next.view());
  });
});

describe('the compaction policy from the environment', () => {
  it('reads sizes, ratio and days, and ignores what is not a number in range', () => {
    expect(policyFromEnv({})).toEqual(DEFAULT_POLICY);
    expect(
      policyFromEnv({
        COLLAB_COMPACT_BYTES: '0',
        COLLAB_COMPACT_RATIO: '1',
        COLLAB_KEEP_RETIRED_DAYS: '7',
      }),
    ).toEqual({ minBytes: 0, maxRatio: 1, keepRetiredDays: 7 });
    expect(
      policyFromEnv({
        COLLAB_COMPACT_BYTES: '-1',
        COLLAB_COMPACT_RATIO: '0',
        COLLAB_KEEP_RETIRED_DAYS: 'x',
      }),
    ).toEqual(DEFAULT_POLICY);
  });
});
