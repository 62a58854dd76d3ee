import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, pushHistory, type History } from './history';

const h = (past: number[], future: number[] = []): History<number> => ({ past, future });

describe('pushHistory', () => {
  it('record adds the previous state as one undo step and clears redo', () => {
    expect(pushHistory(h([1], [9]), 2, 'record')).toEqual(h([1, 2]));
  });

  it('merge folds into the open undo step and clears redo', () => {
    expect(pushHistory(h([1, 2], [9]), 3, 'merge')).toEqual(h([1, 2]));
  });

  it('merge with nothing to merge into records', () => {
    expect(pushHistory(h([], [9]), 1, 'merge')).toEqual(h([1]));
  });

  it('skip leaves the history exactly as it was', () => {
    expect(pushHistory(h([1], [9]), 2, 'skip')).toEqual(h([1], [9]));
  });

  it(`keeps at most ${HISTORY_LIMIT} undo steps, forgetting the oldest`, () => {
    let history = h([]);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = pushHistory(history, i, 'record');
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]).toBe(5);
    expect(history.past.at(-1)).toBe(HISTORY_LIMIT + 4);
  });

  it('does not change the history it is given', () => {
    const before = h([1], [9]);
    pushHistory(before, 2, 'record');
    expect(before).toEqual(h([1], [9]));
  });
});
