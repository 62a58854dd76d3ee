import { describe, expect, it } from 'vitest';
import {
  DARK_TEXT,
  FALLBACK_COLOR,
  LIGHT_TEXT,
  contrast,
  firstName,
  initials,
  luminance,
  safeColor,
  textOn,
} from './look';

describe('initials', () => {
  it('takes the first letters of the first and last names', () => {
    expect(initials('Anna Andersson')).toBe('AA');
    expect(initials('  karl-erik  von Berg ')).toBe('KB');
    expect(initials('Bo')).toBe('B');
    expect(initials('Åsa Öberg')).toBe('ÅÖ');
  });
  it('gives a question mark for an empty name', () => {
    expect(initials('   ')).toBe('?');
  });
  it('keeps a letter outside the basic plane whole', () => {
    expect(initials('𝒜da Lovelace')).toBe('𝒜L');
  });
});

describe('firstName', () => {
  it('is the first word', () => {
    expect(firstName(' Anna Andersson')).toBe('Anna');
    expect(firstName('Bo')).toBe('Bo');
  });
});

describe('text on a colour', () => {
  it('reads luminance of short and long hex', () => {
    expect(luminance('#fff')).toBeCloseTo(1);
    expect(luminance('#000000')).toBe(0);
    expect(luminance('red')).toBeNull();
  });
  it('is white on dark colours and dark on light ones', () => {
    expect(textOn('#1d4ed8')).toBe(LIGHT_TEXT);
    expect(textOn('#7c3aed')).toBe(LIGHT_TEXT);
    expect(textOn('#facc15')).toBe(DARK_TEXT);
    expect(textOn('#a3e635')).toBe(DARK_TEXT);
  });
  it('always reaches 4.5:1 for the text it picks', () => {
    // Every 3-digit grey and colour step: the chosen text is readable on each.
    const steps = ['0', '3', '6', '9', 'c', 'f'];
    for (const r of steps)
      for (const g of steps)
        for (const b of steps) {
          const bg = luminance(`#${r}${g}${b}`)!;
          const fg = luminance(textOn(`#${r}${g}${b}`))!;
          expect(contrast(bg, fg)).toBeGreaterThanOrEqual(4.5);
        }
  });
  it('falls back when the colour is not a hex colour (it goes into CSS)', () => {
    expect(safeColor('url(x)')).toBe(FALLBACK_COLOR);
    expect(safeColor(' #abc ')).toBe('#abc');
    expect(textOn('nonsense')).toBe(LIGHT_TEXT);
  });
});
