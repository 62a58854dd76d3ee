import { describe, expect, it } from 'vitest';
import { mapGroups, mapRows, type MapItem } from './mapRows';

const item = (id: string, title: string, extra: Partial<MapItem> = {}): MapItem => ({
  id,
  title,
  category: 'huvudprocess',
  variant: 'nulage',
  ...extra,
});

describe('the process map order', () => {
  const asIs = item('a', 'Bygglov');
  const toBe = item('b', 'Bygglov digitalt', { variant: 'onskat', asIsId: 'a' });
  const orphan = item('c', 'Avfall önskat', { variant: 'onskat', asIsId: 'gone' });
  const lead = item('d', 'Budget', { category: 'ledningsprocess' });

  it('puts a to-be right under its as-is, and an orphan to-be on its own, still marked', () => {
    const rows = mapRows([toBe, orphan, asIs, lead]);
    expect(rows.map((r) => [r.item.id, r.toBe, r.nested])).toEqual([
      ['d', false, false],
      ['c', true, false],
      ['a', false, false],
      ['b', true, true],
    ]);
  });

  it('groups each band: the to-be is no main process of its own', () => {
    const groups = mapGroups([toBe, orphan, asIs, lead]);
    expect(groups.get('huvudprocess')!.map((g) => [g.item.id, g.toBes.map((t) => t.id)])).toEqual([
      ['c', []],
      ['a', ['b']],
    ]);
    expect(groups.get('ledningsprocess')!.map((g) => g.item.id)).toEqual(['d']);
    expect(groups.get('stodprocess')).toEqual([]);
  });

  it('keeps a to-be of a to-be in the same group, and a circle of to-bes once each', () => {
    const second = item('e', 'Bygglov helt digitalt', { variant: 'onskat', asIsId: 'b' });
    expect(
      mapGroups([asIs, toBe, second])
        .get('huvudprocess')![0]!
        .toBes.map((t) => t.id),
    ).toEqual(['b', 'e']);
    const x = item('x', 'X', { variant: 'onskat', asIsId: 'y' });
    const y = item('y', 'Y', { variant: 'onskat', asIsId: 'x' });
    const rows = mapRows([x, y]);
    expect(rows.map((r) => r.item.id).sort()).toEqual(['x', 'y']);
  });
});
