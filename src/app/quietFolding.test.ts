import { describe, expect, it, vi } from 'vitest';
import { FOLD_EVERY_MS, QUIET_AFTER_MS, quietFolding } from './quietFolding';

function setup() {
  let t = 0;
  const fold = vi.fn(() => Promise.resolve());
  const schedule = quietFolding(fold, () => t);
  return { schedule, fold, advance: (ms: number) => (t += ms) };
}

describe('quietFolding', () => {
  it('never folds right after opening, however quiet', () => {
    const { schedule, fold, advance } = setup();
    advance(QUIET_AFTER_MS * 2);
    schedule.check(true);
    expect(fold).not.toHaveBeenCalled();
  });

  it('waits while the person works, and folds in the first pause once it is due', () => {
    const { schedule, fold, advance } = setup();
    for (let i = 0; i < 40; i++) {
      advance(10_000);
      schedule.input();
      schedule.check(false);
    }
    // Past the interval, but typing every 10 s: still nothing.
    expect(fold).not.toHaveBeenCalled();
    advance(QUIET_AFTER_MS);
    schedule.check(false);
    expect(fold).toHaveBeenCalledTimes(1);
  });

  it('folds when the tab is hidden even mid-work, then not again until the next interval', async () => {
    const { schedule, fold, advance } = setup();
    advance(FOLD_EVERY_MS);
    schedule.input();
    schedule.check(true);
    expect(fold).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    advance(FOLD_EVERY_MS - 1);
    schedule.check(true);
    expect(fold).toHaveBeenCalledTimes(1);
    advance(1);
    await Promise.resolve();
    schedule.check(true);
    expect(fold).toHaveBeenCalledTimes(2);
  });
});
