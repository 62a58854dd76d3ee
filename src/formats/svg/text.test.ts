import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from './anyText.test-helper';
import {
  breakCompounds,
  charsPerLine,
  esc,
  fitName,
  graphemes,
  truncate,
  wellFormed,
  wrap,
} from './text';

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const family = '👨\u200d👩\u200d👧';
const flag = '🇸🇪';
const combining = 'e\u0301';

describe('graphemes', () => {
  for (const segmenter of [true, false]) {
    it(`keeps emoji, ZWJ sequences and combining marks whole (segmenter: ${segmenter})`, () => {
      expect(graphemes(`a👍${family}${combining}`, segmenter)).toEqual([
        'a',
        '👍',
        family,
        combining,
      ]);
      expect(graphemes(`x${flag}`, true)).toEqual(['x', flag]);
    });

    it(`never splits a surrogate pair (segmenter: ${segmenter})`, () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
          const parts = graphemes(text, segmenter);
          expect(parts.join('')).toBe(text);
          for (const part of parts) expect(part).not.toMatch(LONE);
        }),
      );
    });
  }
});

describe('wrap and truncate', () => {
  it('the reproduction from issue 15: 34 × a and an emoji wrap without half an emoji', () => {
    const label = `${'a'.repeat(34)}👍 klart`;
    // Widths at which the old code cut between the halves of the emoji.
    for (let width = 20; width < 300; width += 3) {
      for (const line of wrap(label, width, 13, 3)) expect(line).not.toMatch(LONE);
    }
    expect(wrap(`${'a'.repeat(34)}👍 klart`, 35 * 13 * 0.56 + 0.1, 13, 3)).toEqual([
      `${'a'.repeat(34)}👍`,
      'klart',
    ]);
  });

  it('cuts a too long last line before a ZWJ family, not inside it', () => {
    const lines = wrap(`ord ord ${'b'.repeat(8)}${family}${family}`, 10 * 13 * 0.56 + 0.1, 13, 1);
    expect(lines).toEqual(['ord ord…']);
    const cut = wrap(`${'b'.repeat(8)}${family}${family}${family}`, 10 * 13 * 0.56 + 0.1, 13, 1);
    expect(cut).toEqual([`${'b'.repeat(8)}${family}…`]);
  });

  it('no line ever holds a lone surrogate it was not given', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.integer({ min: 10, max: 400 }),
        fc.integer({ min: 1, max: 6 }),
        (text, width, lines) => {
          for (const line of wrap(text, width, 13, lines)) expect(line).not.toMatch(LONE);
          expect(truncate(text, 40)).not.toMatch(LONE);
        },
      ),
    );
  });

  it('truncate counts graphemes and keeps the count', () => {
    expect(truncate('👍'.repeat(50), 40)).toBe(`${'👍'.repeat(39)}…`);
    expect(truncate(combining.repeat(40), 40)).toBe(combining.repeat(40));
  });

  it('breakCompounds breaks before a unit ending, also after an emoji', () => {
    expect(breakCompounds('👍Bygglovsenheten', 10)).toBe('👍Bygglovs- enheten');
  });
});

describe('lone surrogates', () => {
  it('become U+FFFD; pairs stay', () => {
    expect(wellFormed('a\ud800b')).toBe('a\ufffdb');
    expect(wellFormed('\udc00')).toBe('\ufffd');
    expect(wellFormed('\ud83d\udc4d')).toBe('👍');
    expect(esc('<\ud800>')).toBe('&lt;\ufffd&gt;');
  });

  it('nothing that esc returns holds one', () => {
    fc.assert(
      fc.property(anyText(60), (text) => {
        expect(esc(text)).not.toMatch(LONE);
        expect(encodeURIComponent(esc(text))).toBeTypeOf('string');
      }),
    );
  });
});

describe('fitName (lane names)', () => {
  it('breaks after a dash and keeps a lone dash with the word before it', () => {
    expect(fitName('Förskoleförvaltningen – placering och avgifter', 196, 100, 15, 8)).toEqual({
      lines: ['Förskoleförvaltningen –', 'placering och avgifter'],
      size: 15,
    });
    expect(fitName('Vård-och-omsorgsförvaltningen', 120, 100, 15, 8).lines).toEqual([
      'Vård-och-',
      'omsorgsförvaltningen',
    ]);
  });

  it('shrinks for a word that does not fit, or for too many lines, before any ellipsis', () => {
    const word = fitName('Samhällsbyggnadsförvaltningens', 196, 100, 15, 8);
    expect(word.lines).toEqual(['Samhällsbyggnadsförvaltningens']);
    expect(word.size).toBeLessThan(15);
    const many = fitName('ett två tre fyra fem sex sju åtta nio tio elva tolv', 60, 60, 15, 8);
    expect(many.size).toBeLessThan(15);
    expect(many.lines.join(' ')).toBe('ett två tre fyra fem sex sju åtta nio tio elva tolv');
    expect(many.lines.length * (many.size + 4)).toBeLessThanOrEqual(60);
  });

  it('never splits a word: whole words in lines that fit, or an ellipsis when one cannot', () => {
    const word = fc.stringMatching(/^[a-zåäö]{1,40}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 60, max: 240 }),
        fc.integer({ min: 20, max: 200 }),
        (words, width, height) => {
          const { lines, size } = fitName(words.join(' '), width, height, 15, 8);
          const perLine = charsPerLine(width, size);
          for (const line of lines) expect(graphemes(line).length).toBeLessThanOrEqual(perLine);
          if (lines.join('').includes('…')) {
            // Cut only at the smallest size: shrinking comes first.
            expect(size).toBe(8);
          } else {
            expect(lines.join(' ')).toBe(words.join(' '));
            expect(lines.length * (size + 4)).toBeLessThanOrEqual(height);
          }
        },
      ),
    );
  });
});
