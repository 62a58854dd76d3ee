import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTO_INTERVAL_MS, IDLE_MS } from '../domain/revisions/policy';
import type { Operation } from '../domain/operations/types';
import { documentSession } from '../state/documentSession';
import { useSessionStore } from '../state/sessionStore';
import { aSmallProcess } from '../test/builders';
import { startRevisionRecorder, type Recorder } from './recorder';
import { memoryVersions } from './memoryVersions.test-helper';

let versions = memoryVersions();
const listRevisions = (id: string) => versions.list(id);
let recorder: Recorder | null = null;
const store = () => documentSession;
const rename = (title: string): Operation => ({ type: 'process.update', patch: { title } });
const p = aSmallProcess();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-03-01T12:00:00.000Z'));
  versions = memoryVersions();
  documentSession.load(null);
  useSessionStore.getState().setStorageLost(null);
});

afterEach(() => {
  recorder?.stop();
  recorder = null;
  vi.useRealTimers();
});

async function start() {
  recorder = startRevisionRecorder({ versions });
  return recorder;
}

/** Lets the clock run, then waits for the snapshots that began. */
async function pass(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  await recorder!.settled();
}

const titles = async () => (await listRevisions(p.id)).map((r) => `${r.kind}:${r.name}`);

describe('revision recorder', () => {
  it('takes a version on open, and none on a second open of the same content', async () => {
    await start();
    store().load(p);
    await pass(0);
    expect(await listRevisions(p.id)).toMatchObject([{ kind: 'auto', steps: 3, lanes: 2 }]);
    store().load(null);
    store().load(structuredClone(p));
    await pass(0);
    expect(await listRevisions(p.id)).toHaveLength(1);
  });

  it('takes one on open when the process differs from its newest version', async () => {
    await versions.addRevision({ process: { ...p, title: 'Förr' }, kind: 'named', name: 'Förr' });
    vi.setSystemTime(Date.now() + 60_000);
    await start();
    store().load(p);
    await pass(0);
    expect(await titles()).toEqual(['auto:', 'named:Förr']);
  });

  it('snapshots the open process when the recorder starts after it was opened', async () => {
    store().load(p);
    await start();
    await pass(0);
    expect(await listRevisions(p.id)).toHaveLength(1);
  });

  it('while editing: nothing before the interval, then one with the edited content', async () => {
    await start();
    store().load(p);
    await pass(0);
    store().apply(rename('Ändrad'));
    await pass(AUTO_INTERVAL_MS - 1_000);
    expect(await listRevisions(p.id)).toHaveLength(1);
    await pass(1_000);
    const list = await listRevisions(p.id);
    expect(list).toHaveLength(2);
    expect(list[0]!.process.title).toBe('Ändrad');
  });

  it('waits for a pause in the typing, then takes one version of it all', async () => {
    await start();
    store().load(p);
    await pass(0);
    // Typing for ten minutes with never a pause as long as IDLE_MS.
    const keystroke = IDLE_MS / 2;
    for (let t = 0; t < 2 * AUTO_INTERVAL_MS; t += keystroke) {
      store().apply(rename(`Titel ${t}`), { intent: 'merge' });
      await pass(keystroke);
    }
    expect(await listRevisions(p.id)).toHaveLength(1);
    await pass(IDLE_MS);
    expect(await listRevisions(p.id)).toHaveLength(2);
  });

  it('takes at most one per interval however many edits come', async () => {
    await start();
    store().load(p);
    await pass(0);
    for (let i = 0; i < 20; i++) {
      store().apply(rename(`Titel ${i}`));
      await pass(AUTO_INTERVAL_MS / 4);
    }
    await pass(AUTO_INTERVAL_MS);
    // Twenty edits over five intervals: one on open and one per interval.
    expect((await listRevisions(p.id)).length).toBeLessThanOrEqual(1 + 6);
    expect((await listRevisions(p.id)).length).toBeGreaterThanOrEqual(1 + 4);
  });

  it('never two identical in a row: edits all taken back take no version', async () => {
    await start();
    store().load(p);
    await pass(0);
    store().apply(rename('Tillfälligt'));
    store().undo();
    await pass(AUTO_INTERVAL_MS + IDLE_MS);
    expect(await listRevisions(p.id)).toHaveLength(1);
  });

  it('writes nothing once the database was taken away by a newer version', async () => {
    await start();
    useSessionStore.getState().setStorageLost('upgraded');
    store().load(p);
    store().apply(rename('Ändrad'));
    await pass(AUTO_INTERVAL_MS + IDLE_MS);
    expect(await listRevisions(p.id)).toEqual([]);
  });
});
