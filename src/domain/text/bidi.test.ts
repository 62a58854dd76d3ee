import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripBidiControls } from './bidi';

const CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];

describe('stripBidiControls', () => {
  it('takes the right-to-left override out of a disguised file name', () => {
    expect(stripBidiControls('Faktura\u202Egpj.exe')).toBe('Fakturagpj.exe');
  });

  it.each(CONTROLS)('removes U+%s', (c) => {
    expect(stripBidiControls(`a${c}b${c}`)).toBe('ab');
  });

  it('keeps ordinary text, right-to-left letters and emoji as they are (the same string)', () => {
    const text = 'Bygglov – ansökan 👍 שלום مرحبا\u200D';
    expect(stripBidiControls(text)).toBe(text);
  });

  it('leaves no control in any string and changes nothing else', () => {
    const withControls = fc
      .array(fc.oneof(fc.string(), fc.constantFrom(...CONTROLS)))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(withControls, (text) => {
        const out = stripBidiControls(text);
        for (const c of CONTROLS) expect(out.includes(c)).toBe(false);
        const expected = [...text].filter((ch) => !CONTROLS.includes(ch)).join('');
        expect(out).toBe(expected);
        expect(stripBidiControls(out)).toBe(out);
      }),
    );
  });
});
