import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyOperation } from '../domain/operations/applyOperation';
import { aSmallProcess, aStep } from '../test/builders';
import { onProcessWritten, type ProcessWritten } from './changeFeed';
import { FlodesDatabase, useDatabase } from './db';
import { readProcess, saveOpenProcess, writeProcess } from './processRepository';

let n = 0;
let db: FlodesDatabase;

beforeEach(() => {
  db = new FlodesDatabase(`save-open-${++n}-${Date.now()}`);
  useDatabase(db);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  useDatabase(null);
});

const addStep = (p: ReturnType<typeof aSmallProcess>, id: string) =>
  applyOperation(p, { type: 'step.add', steps: [aStep(id, 'l1', { label: id })] });

describe('saveOpenProcess (two tabs on one process)', () => {
  it('writes as it is when the row is still the version this tab saw', async () => {
    const p = aSmallProcess();
    const writeId = await writeProcess(p);
    const mine = addStep(p, 'a');
    const result = await saveOpenProcess(mine, { process: p, writeId });
    expect(result.merged).toBe(false);
    expect(result.saved).toBe(mine);
    const read = await readProcess(p.id);
    expect(read.ok && read.writeId).toBe(result.writeId);
    expect(read.ok && read.process.steps.map((s) => s.id)).toEqual(['s1', 's2', 's3', 'a']);
  });

  it('merges instead of overwriting when another tab saved first, and both keep both edits', async () => {
    const p = aSmallProcess();
    const writeId = await writeProcess(p);
    const seenByBoth = { process: p, writeId };
    const first = await saveOpenProcess(addStep(p, 'fromA'), seenByBoth);
    const second = await saveOpenProcess(addStep(p, 'fromB'), seenByBoth);
    expect(first.merged).toBe(false);
    expect(second.merged).toBe(true);
    const read = await readProcess(p.id);
    expect(read.ok && read.process.steps.map((s) => s.id).sort()).toEqual(
      ['fromA', 'fromB', 's1', 's2', 's3'].sort(),
    );
    expect(read.ok && read.process).toEqual(second.saved);
  });

  it('tells other listeners in this browser which write happened', async () => {
    const heard: ProcessWritten[] = [];
    const stop = onProcessWritten((m) => heard.push(m));
    // A BroadcastChannel does not hear itself: listen as another tab would.
    const other = new BroadcastChannel('flodesverkstan.processes');
    const received = new Promise<ProcessWritten>((resolve) => {
      other.onmessage = (e) => resolve(e.data as ProcessWritten);
    });
    const p = aSmallProcess();
    const writeId = await writeProcess(p);
    expect(await received).toEqual({ id: p.id, writeId });
    expect(heard).toEqual([]);
    other.close();
    stop();
  });
});
