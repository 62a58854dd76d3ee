import { describe, expect, it } from 'vitest';
import { MESSAGES, translate } from './i18n';

describe('i18n', () => {
  it('has every key in both languages, none empty', () => {
    const sv = Object.keys(MESSAGES.sv).sort();
    const en = Object.keys(MESSAGES.en).sort();
    expect(en).toEqual(sv);
    for (const lang of ['sv', 'en'] as const) {
      for (const [key, text] of Object.entries(MESSAGES[lang])) {
        expect(text.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.sv) as (keyof typeof MESSAGES.sv)[]) {
      expect(names(MESSAGES.en[key]), key).toEqual(names(MESSAGES.sv[key]));
    }
  });

  it('fills placeholders and formats numbers for the language', () => {
    expect(translate('sv', 'library.tableCaption', { count: 1200 })).toBe('1\u00a0200 processer');
    expect(translate('en', 'library.tableCaption', { count: 1200 })).toBe('1,200 processes');
    expect(translate('sv', 'library.deleted', { title: 'Bygglov' })).toBe('”Bygglov” togs bort.');
  });
});
