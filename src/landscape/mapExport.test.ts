import { describe, expect, it } from 'vitest';
import { translate } from '../platform/i18n/i18n';
import { aProcess, anEntry } from '../test/builders';
import { mapPdfInput } from './mapExport';

const t: Parameters<typeof mapPdfInput>[2] = (key, params) => translate('sv', key, params);

describe('what the process map PDF prints', () => {
  const register = [
    anEntry('kg', 'Invånare', 'kundgrupp'),
    anEntry('u-sbf', 'Samhällsbyggnadsförvaltningen', 'forvaltning', { shortName: 'SBF' }),
    anEntry('u-mhf', 'Miljöförvaltningen'),
  ];
  const bygglov = aProcess('Ansöka om bygglov')
    .with({ id: 'p1' })
    .withLane('l1', { registerId: 'kg' })
    .withLane('l2', { registerId: 'u-sbf' })
    .withStep('s1', 'l1', { kind: 'need' })
    .withStep('s2', 'l2')
    .withStep('s3', 'l2')
    .withConnection('c1', 's1', 's2')
    .withConnection('c2', 's2', 's3')
    .build();
  const digital = aProcess('Bygglov digitalt')
    .with({ id: 'p2', variant: 'onskat', asIsId: 'p1' })
    .withLane('l1', { registerId: 'u-mhf' })
    .withStep('s1', 'l1')
    .build();
  const budget = aProcess('Budget').with({ id: 'p3', category: 'ledningsprocess' }).build();

  it('puts the to-be under its as-is in the bands and in the matrix, marked', () => {
    const input = mapPdfInput([digital, budget, bygglov], register, t, 'sv', new Date(0));
    const main = input.bands.find((b) => b.main)!;
    expect(main.heading).toBe('Huvudprocesser');
    expect(main.groups).toEqual([
      { title: 'Ansöka om bygglov', toBe: false, toBes: ['Bygglov digitalt'] },
    ]);
    expect(input.matrix.rows).toEqual([
      { title: 'Budget', toBe: false, nested: false },
      { title: 'Ansöka om bygglov', toBe: false, nested: false },
      { title: 'Bygglov digitalt', toBe: true, nested: true },
    ]);
    expect(input.matrix.units.map((u) => [u.short, u.name])).toEqual([
      ['SBF', 'Samhällsbyggnadsförvaltningen'],
      ['', 'Miljöförvaltningen'],
    ]);
    expect(input.matrix.cells).toEqual([
      [null, null],
      [['2 steg', '0 överl.'], null],
      [null, ['1 steg', '0 överl.']],
    ]);
    expect(input.words.page).toBe('Sida {page} av {pages}');
    expect(input.words.toBe).toBe('önskat läge');
  });
});
