import { describe, expect, it } from 'vitest';
import { parseQuickEntry } from './parseQuickEntry';

describe('parseQuickEntry', () => {
  it('splits "Lane: text"', () => {
    expect(parseQuickEntry('BUF: Registrerar ansökan')).toEqual({
      lane: 'BUF',
      label: 'Registrerar ansökan',
    });
    expect(parseQuickEntry('  Invånare :  Ansöker  ')).toEqual({
      lane: 'Invånare',
      label: 'Ansöker',
    });
  });

  it('keeps text without a lane for the selected step’s lane', () => {
    expect(parseQuickEntry('Skickar beslut')).toEqual({ lane: null, label: 'Skickar beslut' });
  });

  it('does not read a time of day as a lane', () => {
    expect(parseQuickEntry('Möte kl 10:30')).toEqual({ lane: null, label: 'Möte kl 10:30' });
  });

  it('splits only at the first colon', () => {
    expect(parseQuickEntry('KSF: Beslut: ja eller nej')).toEqual({
      lane: 'KSF',
      label: 'Beslut: ja eller nej',
    });
  });

  it('refuses empty input and a lane without text', () => {
    expect(parseQuickEntry('   ')).toBeNull();
    expect(parseQuickEntry('BUF:')).toBeNull();
  });
});
