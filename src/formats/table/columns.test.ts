import { describe, expect, it } from 'vitest';
import {
  chooseMapping,
  guessMapping,
  headerRole,
  type ColumnRole,
  type TableMapping,
} from './columns';
import { parseTable } from './parseTable';

const rows = (text: string) => {
  const p = parseTable(text);
  if (!p.ok) throw new Error(p.error);
  return p.rows;
};

describe('headerRole', () => {
  it.each([
    ['Enhet', 'lane'],
    ['SIMBANA', 'lane'],
    ['Lane', 'lane'],
    ['Aktivitet', 'label'],
    ['steg', 'label'],
    ['Step', 'label'],
    ['Typ', 'kind'],
    ['Kind', 'kind'],
    ['Tid', 'activeTime'],
    ['Aktiv tid', 'activeTime'],
    ['Väntetid', 'waitingTime'],
    ['vantetid', 'waitingTime'],
    ['Nästa', 'next'],
    ['Next', 'next'],
    ['Villkor', 'condition'],
    ['Label', 'condition'],
    ['Nr', 'number'],
  ])('%s → %s', (cell, role) => expect(headerRole(cell)?.role).toBe(role));

  it('takes a unit in brackets and knows nothing else', () => {
    expect(headerRole('Tid (dagar)')).toEqual({ role: 'activeTime', unit: 'd' });
    expect(headerRole('Kostnad')).toBeNull();
  });
});

describe('guessMapping', () => {
  it('recognises a Swedish header, and ignores the columns it does not know', () => {
    const g = guessMapping(rows('Enhet\tAktivitet\tKostnad\tTid\nBygg\tGranska\t100\t2 d'));
    expect(g.guessed).toBe(false);
    expect(g.mapping.headerRow).toBe(true);
    expect(g.mapping.roles).toEqual(['lane', 'label', 'ignore', 'activeTime']);
    expect(g.unknownHeaders).toEqual(['Kostnad']);
  });

  it('a second time column is the waiting time', () => {
    const g = guessMapping(rows('Step;Time;Time\nA;1 h;2 d'));
    expect(g.mapping.roles).toEqual(['label', 'activeTime', 'waitingTime']);
  });

  it('without a header guesses lane (repeated values), text, kind, time and targets', () => {
    const g = guessMapping(
      rows(
        [
          'Bygglov\tTa emot ansökan\tAktivitet\t30 min\t2',
          'Bygglov\tKomplett?\tBeslut\t10 min\t3, 4',
          'Sökande\tKomplettera\tAktivitet\t2 d\t2',
          'Bygglov\tFatta beslut\tAktivitet\t1 h\t',
        ].join('\n'),
      ),
    );
    expect(g.guessed).toBe(true);
    expect(g.mapping.headerRow).toBe(false);
    expect(g.mapping.roles).toEqual(['lane', 'label', 'kind', 'activeTime', 'next']);
  });

  it('a numbered list copied from a document: the numbers are no lane', () => {
    const g = guessMapping(rows('1.\tTar emot ansökan\n2.\tGranskar\n3.\tBeslutar'));
    expect(g.mapping.roles).toEqual(['number', 'label']);
  });

  it('a single column of text is the step text', () => {
    const g = guessMapping([['Ta emot'], ['Granska'], ['Besluta']]);
    expect(g.mapping.roles).toEqual(['label']);
  });
});

describe('chooseMapping', () => {
  const recognised = {
    roles: ['lane', 'label', 'activeTime'] as ColumnRole[],
    headerRow: true,
    units: [null, null, 'd'] as TableMapping['units'],
  };

  it("keeps the header's unit while its row is the header, with the person's roles", () => {
    const chosen = chooseMapping(recognised, { roles: ['lane', 'label', 'waitingTime'] });
    expect(chosen).toEqual({ ...recognised, roles: ['lane', 'label', 'waitingTime'] });
  });

  it('drops a unit named in a header row that is no longer the header', () => {
    expect(chooseMapping(recognised, { headerRow: false }).units).toEqual([null, null, null]);
    expect(chooseMapping(recognised, null)).toEqual(recognised);
  });
});
