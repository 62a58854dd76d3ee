import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type SaveStatus } from './autosave';

const DELAY = 300;
const RETRY = 2000;

/** A fake store: records writes, can hold a write open or fail the next ones. */
function fakeStore() {
  const written: number[] = [];
  const started: number[] = [];
  let failures = 0;
  let hold: Promise<void> | null = null;
  let active = 0;
  let maxActive = 0;
  return {
    written,
    started,
    get maxActive() {
      return maxActive;
    },
    failNext(times = 1) {
      failures = times;
    },
    /** Holds writes open until the returned function is called. */
    holdWrites() {
      let release = () => {};
      hold = new Promise<void>((resolve) => (release = resolve));
      return () => {
        hold = null;
        release();
      };
    },
    async write(value: number) {
      started.push(value);
      active++;
      maxActive = Math.max(maxActive, active);
      try {
        if (hold) await hold;
        if (failures > 0) {
          failures--;
          throw new Error('QuotaExceededError');
        }
        written.push(value);
      } finally {
        active--;
      }
    },
  };
}

function setup() {
  const store = fakeStore();
  const statuses: SaveStatus[] = [];
  const errors: unknown[] = [];
  const saver = createAutosaver<number>({
    write: (v) => store.write(v),
    delayMs: DELAY,
    retryMs: RETRY,
    onStatus(status, error) {
      statuses.push(status);
      if (error) errors.push(error);
    },
  });
  return { store, statuses, errors, saver };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosaver', () => {
  it('writes shortly after a change, not at once', async () => {
    const { store, statuses, saver } = setup();
    saver.schedule(1);
    expect(statuses).toEqual(['pending']);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(store.started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.written).toEqual([1]);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
  });

  it('coalesces a burst of changes into one write of the latest', async () => {
    const { store, saver } = setup();
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(DELAY / 2);
    saver.schedule(2);
    await vi.advanceTimersByTimeAsync(DELAY / 2);
    saver.schedule(3);
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(store.started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.written).toEqual([3]);
    await vi.advanceTimersByTimeAsync(10 * DELAY);
    expect(store.started).toEqual([3]);
  });

  it('never runs two writes at once, and writes a change made during a write after it', async () => {
    const { store, statuses, saver } = setup();
    const release = store.holdWrites();
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(store.started).toEqual([1]);
    saver.schedule(2);
    saver.schedule(3);
    await vi.advanceTimersByTimeAsync(5 * DELAY);
    expect(store.started).toEqual([1]);
    release();
    await vi.advanceTimersByTimeAsync(5 * DELAY);
    expect(store.written).toEqual([1, 3]);
    expect(store.maxActive).toBe(1);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('keeps the value after a failed write, reports it, and retries', async () => {
    const { store, statuses, errors, saver } = setup();
    store.failNext();
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(store.written).toEqual([]);
    expect(statuses).toEqual(['pending', 'saving', 'error']);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('QuotaExceededError');
    await vi.advanceTimersByTimeAsync(RETRY - 1);
    expect(store.started).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.written).toEqual([1]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('keeps retrying through repeated failures without losing the value', async () => {
    const { store, saver } = setup();
    store.failNext(3);
    saver.schedule(7);
    await vi.advanceTimersByTimeAsync(DELAY + 3 * RETRY);
    expect(store.started).toEqual([7, 7, 7, 7]);
    expect(store.written).toEqual([7]);
  });

  it('retries with the newer value when one arrived during the failed write', async () => {
    const { store, saver } = setup();
    store.failNext();
    const release = store.holdWrites();
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(DELAY);
    saver.schedule(2);
    release();
    await vi.advanceTimersByTimeAsync(RETRY + DELAY);
    expect(store.written).toEqual([2]);
    expect(store.started).toEqual([1, 2]);
  });

  it('flush writes a pending change at once', async () => {
    const { store, saver } = setup();
    saver.schedule(1);
    await saver.flush();
    expect(store.written).toEqual([1]);
    await vi.advanceTimersByTimeAsync(10 * DELAY);
    expect(store.started).toEqual([1]);
  });

  it('flush with nothing pending writes nothing', async () => {
    const { store, saver } = setup();
    await saver.flush();
    expect(store.started).toEqual([]);
  });

  it('flush waits for a running write, then writes what came after it', async () => {
    const { store, saver } = setup();
    const release = store.holdWrites();
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(DELAY);
    saver.schedule(2);
    let done = false;
    const flushed = saver.flush().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    release();
    await flushed;
    expect(store.written).toEqual([1, 2]);
    expect(store.maxActive).toBe(1);
  });

  it('flush does not throw when the write fails, and the value is retried later', async () => {
    const { store, statuses, saver } = setup();
    store.failNext();
    saver.schedule(1);
    await expect(saver.flush()).resolves.toBeUndefined();
    expect(statuses.at(-1)).toBe('error');
    await vi.advanceTimersByTimeAsync(RETRY);
    expect(store.written).toEqual([1]);
  });

  it('dispose cancels a scheduled write', async () => {
    const { store, saver } = setup();
    saver.schedule(1);
    saver.dispose();
    await vi.advanceTimersByTimeAsync(10 * DELAY);
    expect(store.started).toEqual([]);
  });

  it('uses a default delay of 300 ms', async () => {
    const store = fakeStore();
    const saver = createAutosaver<number>({ write: (v) => store.write(v) });
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(299);
    expect(store.started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.written).toEqual([1]);
  });
});

// Regressions, with the editor's settings: every new change restarted the delay, so steady
// editing (a drag, typing) never saved; and the cap must not cut short the wait before a retry.
describe('createAutosaver under steady edits', () => {
  const EDITOR = { delayMs: 250, maxWaitMs: 800, retryMs: 2000 };

  function timedSaver() {
    const store = fakeStore();
    const t0 = Date.now();
    const startedAt: number[] = [];
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver<number>({
      ...EDITOR,
      write: (v) => {
        startedAt.push(Date.now() - t0);
        return store.write(v);
      },
      onStatus: (s) => statuses.push(s),
    });
    return { store, startedAt, statuses, saver };
  }

  /** Schedules a new value every 100 ms for `ms`, as a drag or typing does. */
  async function editSteadily(saver: { schedule(v: number): void }, ms: number, first = 1) {
    for (let i = 0; i < ms / 100; i++) {
      saver.schedule(first + i);
      await vi.advanceTimersByTimeAsync(100);
    }
  }

  it('saves within maxWait of the first unsaved change, however steadily edits come', async () => {
    const { store, startedAt, saver } = timedSaver();
    await editSteadily(saver, 2500);
    expect(startedAt[0]).toBeLessThanOrEqual(EDITOR.maxWaitMs);
    expect(startedAt.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < startedAt.length; i++) {
      expect(startedAt[i]! - startedAt[i - 1]!).toBeLessThanOrEqual(EDITOR.maxWaitMs + 100);
    }
    // What was saved is the latest at the time, not the first of the burst.
    expect(store.written[0]).toBe(8);
  });

  it('writes the last change once the edits stop', async () => {
    const { store, statuses, saver } = timedSaver();
    await editSteadily(saver, 1000);
    await vi.advanceTimersByTimeAsync(EDITOR.delayMs);
    expect(store.written.at(-1)).toBe(10);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('retries a failed write after retryMs, not sooner, and then succeeds', async () => {
    const { store, startedAt, statuses, saver } = timedSaver();
    store.failNext();
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(EDITOR.delayMs);
    expect(statuses).toEqual(['pending', 'saving', 'error']);
    await vi.advanceTimersByTimeAsync(EDITOR.retryMs - 1);
    expect(store.started).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(startedAt).toEqual([EDITOR.delayMs, EDITOR.delayMs + EDITOR.retryMs]);
    expect(store.written).toEqual([1]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('after a failure, steady edits still get the latest value saved', async () => {
    const { store, saver } = timedSaver();
    store.failNext();
    await editSteadily(saver, 3000);
    await vi.advanceTimersByTimeAsync(EDITOR.retryMs);
    expect(store.written.at(-1)).toBe(30);
    expect(store.maxActive).toBe(1);
  });
});
