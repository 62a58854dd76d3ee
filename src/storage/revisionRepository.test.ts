import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentFingerprint } from '../domain/revisions/fingerprint';
import { RECENT_CAP } from '../domain/revisions/policy';
import { aProcess, aSmallProcess } from '../test/builders';
import { FlodesDatabase, useDatabase } from './db';
import {
  addRevision,
  deleteRevision,
  getRevision,
  newestFingerprint,
  listRevisions,
  observeRevisions,
  pruneRevisions,
  renameRevision,
} from './revisionRepository';

let n = 0;
let db: FlodesDatabase;

beforeEach(() => {
  db = new FlodesDatabase(`revision-test-${++n}-${Date.now()}`);
  useDatabase(db);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  useDatabase(null);
});

const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const minutesAgo = (m: number) => new Date(NOW - m * 60_000);

describe('revisionRepository', () => {
  it('stores a whole copy and reads it back equal, with its counts', async () => {
    const p = aSmallProcess();
    const entry = await addRevision({ process: p, kind: 'named', name: 'Efter workshop 2' });
    expect(entry).toMatchObject({
      processId: p.id,
      kind: 'named',
      name: 'Efter workshop 2',
      steps: 3,
      lanes: 2,
      connections: 2,
    });
    const read = await getRevision(entry.id);
    expect(read).toEqual({ ok: true, entry, process: p });
  });

  it("lists one process's versions newest first, and none of another's", async () => {
    const p = aSmallProcess();
    const other = { ...aProcess('Annan').build(), id: 'p-other' };
    await addRevision({ process: p, kind: 'auto', now: minutesAgo(20) });
    await addRevision({ process: p, kind: 'named', name: 'B', now: minutesAgo(5) });
    await addRevision({ process: other, kind: 'auto', now: minutesAgo(1) });
    await addRevision({ process: p, kind: 'restore', now: minutesAgo(10) });
    const list = await listRevisions(p.id);
    expect(list.map((r) => r.kind)).toEqual(['named', 'restore', 'auto']);
    expect(list.every((r) => r.processId === p.id)).toBe(true);
  });

  it("gives the newest version's content fingerprint, or null when there is none", async () => {
    const p = aSmallProcess();
    expect(await newestFingerprint(p.id)).toBeNull();
    await addRevision({ process: { ...p, title: 'Ny' }, kind: 'auto', now: minutesAgo(1) });
    await addRevision({ process: { ...p, title: 'Gammal' }, kind: 'auto', now: minutesAgo(9) });
    expect(await newestFingerprint(p.id)).toBe(contentFingerprint({ ...p, title: 'Ny' }));
  });

  it('names a version (which keeps it) and deletes one', async () => {
    const p = aSmallProcess();
    const a = await addRevision({ process: p, kind: 'auto' });
    expect(await renameRevision(p.id, a.id, 'Före remiss')).toBe(true);
    expect(await listRevisions(p.id)).toMatchObject([
      { id: a.id, kind: 'named', name: 'Före remiss' },
    ]);
    expect(await renameRevision(p.id, 'r-none', 'x')).toBe(false);
    await deleteRevision(p.id, a.id);
    expect(await listRevisions(p.id)).toEqual([]);
    expect(await getRevision(a.id)).toEqual({ ok: false, reason: 'missing' });
  });

  it('reports a damaged version as unreadable instead of handing it out', async () => {
    const p = aSmallProcess();
    const entry = await addRevision({ process: p, kind: 'auto' });
    const row = (await db.revisions.get(entry.id))!;
    // Damage as a foreign or broken writer might leave it.
    const steps = [{ id: 'x', kind: 'nonsense' }] as unknown as typeof p.steps;
    await db.revisions.put({ ...row, process: { ...row.process, steps } });
    expect(await getRevision(entry.id)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it("prunes only that process's automatic versions, per the policy", async () => {
    const p = aSmallProcess();
    const other = { ...aProcess('Annan').build(), id: 'p-other' };
    for (let i = 0; i < RECENT_CAP + 2; i++)
      await addRevision({ process: p, kind: 'auto', now: minutesAgo(i) });
    await addRevision({ process: p, kind: 'named', name: 'Behåll', now: minutesAgo(500) });
    for (let i = 0; i < RECENT_CAP + 2; i++)
      await addRevision({ process: other, kind: 'auto', now: minutesAgo(i) });
    expect(await pruneRevisions(p.id, NOW)).toBe(2);
    const kept = await listRevisions(p.id);
    expect(kept).toHaveLength(RECENT_CAP + 1);
    expect(kept.some((r) => r.name === 'Behåll')).toBe(true);
    // The oldest automatic ones went.
    expect(kept.filter((r) => r.kind === 'auto').at(-1)?.createdAt).toBe(
      minutesAgo(RECENT_CAP - 1).toISOString(),
    );
    expect(await listRevisions(other.id)).toHaveLength(RECENT_CAP + 2);
  });

  it('lists from the small index kept beside the versions, not from the copies', async () => {
    const p = aSmallProcess();
    const a = await addRevision({ process: p, kind: 'auto', now: minutesAgo(2) });
    await addRevision({ process: p, kind: 'named', name: 'B', now: minutesAgo(1) });
    const index = await db.meta.get(`revisions:${p.id}`);
    expect(JSON.parse(index!.value)).toEqual(await listRevisions(p.id));
    // Were the list read from the rows, this row's new name would show.
    const row = (await db.revisions.get(a.id))!;
    await db.revisions.put({ ...row, name: 'Bara i raden' });
    expect((await listRevisions(p.id)).map((r) => r.name)).toEqual(['B', '']);
  });

  it('reads the rows when the index does not name exactly the stored versions, and mends it', async () => {
    const p = aSmallProcess();
    await addRevision({ process: p, kind: 'auto', now: minutesAgo(3) });
    // A version written past the index (as a restored backup does), and a broken index.
    await db.revisions.put({
      id: 'r-outside',
      processId: p.id,
      createdAt: minutesAgo(2).toISOString(),
      kind: 'named',
      name: 'Från säkerhetskopian',
      process: { ...p, formatVersion: 2 },
    });
    expect((await listRevisions(p.id)).map((r) => r.name)).toEqual(['Från säkerhetskopian', '']);
    await db.meta.put({ key: `revisions:${p.id}`, value: '{not json' });
    expect(await listRevisions(p.id)).toHaveLength(2);
    await addRevision({ process: p, kind: 'auto', now: minutesAgo(1) });
    const index = JSON.parse((await db.meta.get(`revisions:${p.id}`))!.value) as { id: string }[];
    expect(index.map((e) => e.id)).toContain('r-outside');
    expect(index).toHaveLength(3);
  });

  it('tells an observer of every new version', async () => {
    const p = aSmallProcess();
    const seen: number[] = [];
    let resolve: () => void = () => undefined;
    const twoSeen = new Promise<void>((r) => (resolve = r));
    const stop = observeRevisions(
      p.id,
      (list) => {
        seen.push(list.length);
        if (list.length === 2) resolve();
      },
      (e) => {
        throw e;
      },
    );
    await addRevision({ process: p, kind: 'auto', now: minutesAgo(2) });
    await addRevision({ process: p, kind: 'named', name: 'B', now: minutesAgo(1) });
    await twoSeen;
    stop();
    expect(seen.at(-1)).toBe(2);
  });
});
