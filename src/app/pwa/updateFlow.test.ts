import { describe, expect, it } from 'vitest';
import { acceptUpdate, type UpdateDeps } from './updateFlow';

function fakes(over: Partial<UpdateDeps> = {}) {
  const calls: string[] = [];
  let takeOver: (() => void) | undefined;
  const deps: UpdateDeps = {
    flush: async () => void calls.push('flush'),
    activateWaiting: (controlling) => {
      calls.push('activate');
      takeOver = controlling;
      return true;
    },
    reload: () => void calls.push('reload'),
    ...over,
  };
  return { calls, deps, takeOver: () => takeOver?.() };
}

describe('accepting a new version', () => {
  it('writes pending edits, asks the waiting worker to take over, and reloads once it has', async () => {
    const { calls, deps, takeOver } = fakes();
    expect(await acceptUpdate(deps)).toBe('activating');
    expect(calls).toEqual(['flush', 'activate']);
    takeOver();
    expect(calls).toEqual(['flush', 'activate', 'reload']);
  });

  it('neither activates nor reloads when the edits cannot be written', async () => {
    const { calls, deps } = fakes({
      flush: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    });
    expect(await acceptUpdate(deps)).toBe('flush-failed');
    expect(calls).toEqual([]);
  });

  it('reloads at once when the new worker is already active (accepted in another tab)', async () => {
    const { calls, deps } = fakes({ activateWaiting: () => false });
    expect(await acceptUpdate(deps)).toBe('reloading');
    expect(calls).toEqual(['flush', 'reload']);
  });

  it('waits for the flush to finish before anything else', async () => {
    let release!: () => void;
    const { calls, deps } = fakes({
      flush: () => new Promise<void>((r) => (release = r)),
      activateWaiting: () => false,
    });
    const done = acceptUpdate(deps);
    await Promise.resolve();
    expect(calls).toEqual([]);
    release();
    await done;
    expect(calls).toEqual(['reload']);
  });
});
