import { describe, expect, it } from 'vitest';
import { missingGlyphs, replaceMissing } from './glyphs';
import { COVERED } from './coverage';
import { SUBSET_RANGES } from './ranges';

const ALPHABETS = [
  'Sámi: ŋ đ ŧ č š ž Á',
  'Łódź',
  'Şişli ğ',
  'Жёлтый',
  'Ωmega αβγ',
  'Skicka → arkiv ⇒ ←',
  '1 000 kr – 20 %', // no-break and narrow no-break spaces
  '€ ₽ ₺ £ № ™ … „citat” • ‰',
  'Việt Nam',
];

describe('PDF font coverage', () => {
  it('prints every alphabet the issue names, and no-break spaces', () => {
    expect(missingGlyphs(ALPHABETS)).toEqual([]);
    for (const text of ALPHABETS) expect(replaceMissing(text)).toBe(text);
  });

  it('replaces an emoji (a whole sequence at once) by □ and lists it once', () => {
    expect(replaceMissing('Klart 🎉!')).toBe('Klart □!');
    expect(replaceMissing('Kod 👩🏽‍💻 nu')).toBe('Kod □ nu');
    expect(missingGlyphs(['🎉 fest', 'igen 🎉', 'Kod 👩🏽‍💻'])).toEqual(['🎉', '👩🏽‍💻']);
  });

  it('lists characters outside the cut (CJK, Arabic, Hebrew) and keeps line breaks', () => {
    expect(missingGlyphs(['東京', 'مرحبا', 'שלום'])).toEqual([...'東京مرحباשלום']);
    expect(replaceMissing('a\nb\tc')).toBe('a\nb\tc');
    expect(replaceMissing('東 x')).toBe('□ x');
  });

  it('keeps a letter with a combining mark the font has together', () => {
    const decomposed = 'a\u0301 n\u0303';
    expect(missingGlyphs([decomposed])).toEqual([]);
    expect(replaceMissing(decomposed)).toBe(decomposed);
  });

  it('covers the placeholder and U+FFFD, and nothing outside the ranges cut', () => {
    expect(replaceMissing('\ufffd')).toBe('\ufffd');
    const inRanges = (p: number) => SUBSET_RANGES.some(([a, b]) => p >= a && p <= b);
    for (const [first, last] of COVERED) {
      expect(inRanges(first)).toBe(true);
      expect(inRanges(last)).toBe(true);
    }
  });
});
