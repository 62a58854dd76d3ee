import { CURRENT_FORMAT_VERSION } from '../domain/schema/process';
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcessSummary } from '../domain/model/summary';
import { aProcess, aSmallProcess, anEntry } from '../test/builders';
import { FlodesDatabase, useDatabase } from './db';
import {
  deleteProcess,
  listProcesses,
  observeProcesses,
  processExists,
  readProcess,
  restoreProcess,
  writeProcess,
  WriteRefusedError,
} from './processRepository';

let n = 0;
let db: FlodesDatabase;

beforeEach(() => {
  db = new FlodesDatabase(`repo-test-${++n}-${Date.now()}`);
  useDatabase(db);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  useDatabase(null);
});

const at = (day: number) => `2025-01-${String(day).padStart(2, '0')}T00:00:00.000Z`;

describe('processRepository', () => {
  it('writes a process with the current format version and reads it back equal', async () => {
    const p = aSmallProcess();
    const writeId = await writeProcess(p);
    expect((await db.processes.get(p.id))?.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(await readProcess(p.id)).toEqual({ ok: true, process: p, writeId });
  });

  it('overwrites the row on a second write', async () => {
    const p = aSmallProcess();
    await writeProcess(p);
    await writeProcess({ ...p, title: 'Ändrad' });
    expect(await db.processes.count()).toBe(1);
    const read = await readProcess(p.id);
    expect(read.ok && read.process.title).toBe('Ändrad');
  });

  it('reports a missing process', async () => {
    expect(await readProcess('p-none')).toEqual({ ok: false, reason: 'missing' });
  });

  it('reports a damaged row as unreadable instead of trusting it', async () => {
    const p = aSmallProcess();
    await db.processes.put({
      ...p,
      formatVersion: 2,
      steps: [{ ...p.steps[0]!, kind: 'x' }],
    } as never);
    const damaged = await readProcess(p.id);
    expect(damaged).toMatchObject({ ok: false, reason: 'unreadable' });
    // The row itself comes along, for the recovery view to salvage what it can.
    expect(!damaged.ok && damaged.row?.steps[0]?.kind).toBe('x');
    await db.processes.put({ ...p, formatVersion: 9 });
    expect(await readProcess(p.id)).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  // Issue 15: an edit past a limit was stored as is, and the whole process never opened again.
  it('stores a process past the limits repaired within them, so it reads back', async () => {
    const p = aSmallProcess();
    const itSystems = Array.from({ length: 130 }, (_, i) => String(i + 1));
    const s1 = { ...p.steps[0]!, label: 'x'.repeat(650) };
    const s2 = { ...p.steps[1]!, properties: { ...p.steps[1]!.properties, itSystems } };
    await writeProcess({ ...p, steps: [s1, s2, p.steps[2]!] });
    const read = await readProcess(p.id);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.process.steps[0]!.label).toHaveLength(500);
    expect(read.process.steps[1]!.properties.itSystems).toHaveLength(100);
  });

  it('refuses to store what cannot be repaired, and keeps what was stored before', async () => {
    const p = aSmallProcess();
    await writeProcess(p);
    const broken = { ...p, title: 'Ny', steps: [{ ...p.steps[0]!, kind: 'x' }] } as never;
    await expect(writeProcess(broken)).rejects.toThrow(WriteRefusedError);
    const read = await readProcess(p.id);
    expect(read.ok && read.process.title).toBe(p.title);
  });

  it('repairs a row through the load gate', async () => {
    const p = aProcess().withLane('l1').withStep('s1', 'gone').build();
    await writeProcess(p);
    const read = await readProcess(p.id);
    expect(read.ok && read.process.steps[0]!.laneId).toBe('l1');
  });

  it('migrates a row written in format version 1', async () => {
    const p = aSmallProcess();
    const v1Lanes = [
      { id: 'l1', name: 'Invånare', color: '#fde68a', height: 160, customer: true },
      { id: 'l2', name: 'Samhällsbyggnadsförvaltningen', color: '#e2e8f0', height: 160 },
    ];
    await db.processes.put({ ...p, formatVersion: 1, lanes: v1Lanes } as never);
    const read = await readProcess(p.id);
    expect(read.ok && read.process.lanes).toEqual([
      { id: 'l1', registerId: 'kg-invanare', height: 160, order: 'a0' },
      { id: 'l2', registerId: 'u-sbf', height: 160, order: 'a1' },
    ]);
    expect(read.ok && read.process.steps).toEqual(p.steps);
  });

  // Regression: a v1 row's own lane names (no register then) became ids nothing resolved.
  describe('a row stored in format version 1, before the register existed', () => {
    const fixture = JSON.parse(
      readFileSync(
        new URL('../domain/migrations/fixtures/v1-bygglov.json', import.meta.url),
        'utf8',
      ),
    ) as { process: { id: string } };
    const putV1Row = () => db.processes.put({ ...fixture.process, formatVersion: 1 } as never);
    const laneIds = async () => {
      const read = await readProcess(fixture.process.id);
      if (!read.ok) throw new Error(`unreadable: ${read.reason}`);
      return read.process.lanes.map((l) => l.registerId);
    };

    it('binds each lane to a register entry, adding the ones the register lacks', async () => {
      const before = await db.register.count();
      await putV1Row();
      const [invanare, sbf, bygglov] = await laneIds();
      expect([invanare, sbf]).toEqual(['kg-invanare', 'u-sbf']);
      expect(await db.register.get(bygglov!)).toMatchObject({
        kind: 'forvaltning',
        name: 'Bygglovsenheten',
        color: '#dbeafe',
      });
      expect(await db.register.count()).toBe(before + 1);
    });

    it('adds the entry once however often the row is read', async () => {
      await putV1Row();
      const first = await laneIds();
      const count = await db.register.count();
      expect(await laneIds()).toEqual(first);
      expect(await db.register.count()).toBe(count);
    });

    it('remaps a lane onto an entry of the same name already in the register', async () => {
      await db.register.put(anEntry('r-egen', 'Bygglovsenheten'));
      const before = await db.register.count();
      await putV1Row();
      expect(await laneIds()).toEqual(['kg-invanare', 'u-sbf', 'r-egen']);
      expect(await db.register.count()).toBe(before);
    });
  });

  it('deletes a process and can restore the returned row', async () => {
    const p = aSmallProcess();
    await writeProcess(p);
    expect(await processExists(p.id)).toBe(true);
    const row = await deleteProcess(p.id);
    expect(row).toEqual({
      ...p,
      formatVersion: CURRENT_FORMAT_VERSION,
      writeId: expect.any(String),
    });
    expect(await processExists(p.id)).toBe(false);
    expect(await readProcess(p.id)).toEqual({ ok: false, reason: 'missing' });
    await restoreProcess(row!);
    expect(await readProcess(p.id)).toMatchObject({ ok: true, process: p });
    expect(await deleteProcess('p-none')).toBeUndefined();
  });

  it('lists summaries, most recently changed first', async () => {
    const a = aProcess('Äldst')
      .with({ id: 'a', changedAt: at(1) })
      .withLane('l1')
      .build();
    const b = { ...aSmallProcess(), id: 'b', changedAt: at(3), tags: ['bygglov'] };
    const c = aProcess('Mitten')
      .with({ id: 'c', changedAt: at(2), status: 'remiss' })
      .build();
    for (const p of [a, b, c]) await writeProcess(p);
    const list = await listProcesses();
    expect(list.map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(list[0]).toEqual({
      id: 'b',
      title: 'Ansöka om bygglov',
      category: 'huvudprocess',
      status: 'utkast',
      variant: 'nulage',
      tags: ['bygglov'],
      changedAt: at(3),
      steps: 3,
      lanes: 2,
    } satisfies ProcessSummary);
    expect(list[2]).toMatchObject({ steps: 0, lanes: 1 });
  });

  it('lists rows an older version left without tags or parts (summarized on upgrade)', async () => {
    db.close();
    await Dexie.delete(db.name);
    const old = new Dexie(db.name);
    old.version(2).stores({
      processes: 'id, changedAt, title, category, status, *tags',
      register: 'id, kind, name',
    });
    await old.table('processes').put({ id: 'old', changedAt: at(1), formatVersion: 1 });
    old.close();
    db = new FlodesDatabase(db.name);
    useDatabase(db);
    expect(await listProcesses()).toEqual([
      {
        id: 'old',
        title: '',
        category: undefined,
        status: undefined,
        variant: 'nulage',
        tags: [],
        changedAt: at(1),
        steps: 0,
        lanes: 0,
      },
    ]);
  });

  it('observes the list now and after each change, until unsubscribed', async () => {
    const seen: string[][] = [];
    let wake: () => void = () => {};
    const next = () => new Promise<void>((resolve) => (wake = resolve));
    let first = next();
    const stop = observeProcesses(
      (list) => {
        seen.push(list.map((s) => s.id));
        wake();
      },
      (e) => {
        throw e;
      },
    );
    await first;
    expect(seen).toEqual([[]]);
    first = next();
    await writeProcess({ ...aSmallProcess(), id: 'x', changedAt: at(5) });
    await first;
    expect(seen.at(-1)).toEqual(['x']);
    stop();
    const count = seen.length;
    await writeProcess({ ...aSmallProcess(), id: 'y', changedAt: at(6) });
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toHaveLength(count);
  });
});
