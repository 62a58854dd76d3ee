import { describe, expect, it } from 'vitest';
import { parseQuickEntry } from './parseQuickEntry';

describe('parseQuickEntry', () => {
  it('splits "Lane: text"', () => {
    expect(parseQuickEntry('BUF: Registrerar ansökan')).toEqual({
      lane: 'BUF',
      label: 'Registrerar ansökan',
      kind: null,
    });
    expect(parseQuickEntry('  Invånare :  Ansöker  ')).toEqual({
      lane: 'Invånare',
      label: 'Ansöker',
      kind: null,
    });
  });

  it('keeps text without a lane for the selected step’s lane', () => {
    expect(parseQuickEntry('Skickar beslut')).toEqual({
      lane: null,
      label: 'Skickar beslut',
      kind: null,
    });
  });

  it('does not read a time of day as a lane', () => {
    expect(parseQuickEntry('Möte kl 10:30')).toEqual({
      lane: null,
      label: 'Möte kl 10:30',
      kind: null,
    });
  });

  it('splits only at the first colon', () => {
    expect(parseQuickEntry('KSF: Beslut: ja eller nej')).toEqual({
      lane: 'KSF',
      label: 'Beslut: ja eller nej',
      kind: null,
    });
  });

  it('refuses empty input and a lane without text', () => {
    expect(parseQuickEntry('   ')).toBeNull();
    expect(parseQuickEntry('BUF:')).toBeNull();
  });

  it('makes a wait, a need or a result from a Swedish prefix, in any case', () => {
    expect(parseQuickEntry('vänta: Kö till placering')).toEqual({
      lane: null,
      label: 'Kö till placering',
      kind: 'wait',
    });
    expect(parseQuickEntry('Behov: Vill ha förskoleplats')?.kind).toBe('need');
    expect(parseQuickEntry('RESULTAT: Har plats')?.kind).toBe('outcome');
    expect(parseQuickEntry('kö: Väntar på handläggare')?.kind).toBe('wait');
  });

  it('makes the same kinds from the English prefixes', () => {
    expect(parseQuickEntry('wait: Queue')).toEqual({ lane: null, label: 'Queue', kind: 'wait' });
    expect(parseQuickEntry('Need: A place')?.kind).toBe('need');
    expect(parseQuickEntry('result: Placed')?.kind).toBe('outcome');
  });

  it('takes a lane before or after the kind', () => {
    const expected = { lane: 'BUF', label: 'Kö till placering', kind: 'wait' };
    expect(parseQuickEntry('vänta: BUF: Kö till placering')).toEqual(expected);
    expect(parseQuickEntry('BUF: vänta: Kö till placering')).toEqual(expected);
  });

  it('keeps a time of day after a prefix in the text', () => {
    expect(parseQuickEntry('vänta: till 10:30')).toEqual({
      lane: null,
      label: 'till 10:30',
      kind: 'wait',
    });
  });

  it('refuses a prefix without text', () => {
    expect(parseQuickEntry('vänta:')).toBeNull();
    expect(parseQuickEntry('BUF: resultat:')).toBeNull();
  });

  it('reads a word that is not a prefix as a lane', () => {
    expect(parseQuickEntry('Väntrum: Tar emot')).toEqual({
      lane: 'Väntrum',
      label: 'Tar emot',
      kind: null,
    });
  });
});
