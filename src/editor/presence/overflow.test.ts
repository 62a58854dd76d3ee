import { describe, expect, it } from 'vitest';
import { splitRoster } from './overflow';

const room = (n: number) => Array.from({ length: n }, (_, i) => ({ clientId: i + 1 }));
const ids = (ps: { clientId: number }[]) => ps.map((p) => p.clientId);

describe('splitRoster', () => {
  it('shows everyone while one more chip would not need a menu of its own', () => {
    expect(splitRoster(room(5), null, 4)).toEqual({ shown: room(5), rest: [] });
  });

  it('puts the rest of a full room behind the menu, nobody twice and nobody lost', () => {
    const { shown, rest } = splitRoster(room(30), null, 4);
    expect(ids(shown)).toEqual([1, 2, 3, 4]);
    expect(ids(rest)).toEqual(Array.from({ length: 26 }, (_, i) => i + 5));
  });

  it('keeps the person I follow in sight even when they joined last', () => {
    const { shown, rest } = splitRoster(room(30), 30, 4);
    expect(ids(shown)).toEqual([1, 2, 3, 30]);
    expect(ids(rest)).toContain(4);
    expect(ids(rest)).not.toContain(30);
    expect(shown.length + rest.length).toBe(30);
  });
});
