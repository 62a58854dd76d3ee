import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from './anyText.test-helper';
import { svgDataUrl } from './dataUrl';
import { wellFormed } from './text';

const decode = (url: string) => {
  const prefix = 'data:image/svg+xml;base64,';
  expect(url.startsWith(prefix)).toBe(true);
  return new TextDecoder().decode(
    Uint8Array.from(atob(url.slice(prefix.length)), (c) => c.charCodeAt(0)),
  );
};

describe('svgDataUrl', () => {
  it('never throws, on any string with lone surrogates among the rest', () => {
    fc.assert(
      fc.property(anyText(200), (text) => {
        // What a reader gets back: the text, with every lone surrogate as U+FFFD.
        expect(decode(svgDataUrl(text))).toBe(wellFormed(text));
      }),
    );
  });

  it('the emoji that blanked the app, and a half of one', () => {
    const svg = `<svg><text>${'a'.repeat(34)}\ud83d</text><text>👍 klart</text></svg>`;
    expect(() => encodeURIComponent(svg)).toThrow();
    expect(decode(svgDataUrl(svg))).toBe(svg.replace('\ud83d', '\ufffd'));
  });

  it('a drawing larger than one chunk', () => {
    const svg = `<svg>${'å👍'.repeat(20_000)}</svg>`;
    expect(decode(svgDataUrl(svg))).toBe(svg);
  });
});
