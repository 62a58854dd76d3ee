// Share links on the bad-input corpus: decoding any fragment gives a typed answer, and what a
// link carries goes through the load gate to a valid model or a typed error, prototypes untouched.
import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Process } from '../../domain/model/types';
import { stripBidiControls } from '../../domain/text/bidi';
import { aSmallProcess } from '../../test/builders';
import {
  HOSTILE_STRINGS,
  expectValidProcessFile,
  linkCorpus,
  prototypeCorpus,
  prototypeGuard,
  rawShareFragment,
  repetitiveProcess,
  structureCorpus,
  validFileText,
} from '../../test/corpus';
import { parseProcessFile, serializeProcessFile } from '../json/processFile';
import { decodeShareFragment, encodeShareFragment, type ShareDecodeResult } from './shareLink';

/** Decode, then open as the share screen does; both steps typed, nothing polluted. */
function open(fragment: string): ShareDecodeResult {
  const guard = prototypeGuard();
  let decoded: ShareDecodeResult | undefined;
  expect(() => (decoded = decodeShareFragment(fragment))).not.toThrow();
  if (decoded!.ok) {
    const loaded = parseProcessFile(decoded!.text);
    if (loaded.ok) expectValidProcessFile(loaded.file);
    else
      expect(loaded.error.code).toMatch(/^(tooLarge|notJson|notProcessFile|newerVersion|invalid)$/);
  } else expect(['tooLarge', 'corrupt', 'unsupported']).toContain(decoded!.reason);
  guard.expectUnchanged();
  return decoded!;
}

/** A link as anyone could make it, past the checks our own encoder makes. */
const rawLink = (text: string) =>
  '#v1.' + Buffer.from(deflateSync(strToU8(text), { level: 9 })).toString('base64url');

const linkTo = (text: string) => {
  const encoded = encodeShareFragment(text);
  if (!encoded.ok) throw new Error('test link too long');
  return '#' + encoded.fragment;
};

/** Many small runs per property: on a busy shared machine they outlast the 5 s default. */
const SLOW = { timeout: 60_000 };

describe('share links on hostile input', SLOW, () => {
  const valid = linkTo(validFileText());

  it.each(linkCorpus(valid).map((f, i) => [i, f.slice(0, 40), f] as const))(
    'fragment #%i %j: typed answer',
    (_i, _head, fragment) => void open(fragment),
  );

  it('fragments that are not ours are refused without being decoded', () => {
    expect(open('#javascript:alert(1)')).toEqual({ ok: false, reason: 'unsupported' });
    expect(open('#v9.' + valid.slice(4))).toEqual({ ok: false, reason: 'unsupported' });
    expect(open('#v1.' + 'A'.repeat(2 * 1024 * 1024))).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('every prefix of a valid link: typed answer', () => {
    for (let n = 0; n <= valid.length; n += 7) open(valid.slice(0, n));
  });

  it('any text as a fragment, and any bytes as a payload: typed answer', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 400 }), (s, bytes) => {
        open(s);
        open('#v1.' + s);
        open('#v1.' + Buffer.from(bytes).toString('base64url'));
      }),
      { numRuns: 300 },
    );
  });

  it('a deflate bomb is refused before it inflates', () => {
    const bomb = deflateSync(strToU8(' '.repeat(20 * 1024 * 1024)), { level: 9 });
    expect(open('#v1.' + Buffer.from(bomb).toString('base64url'))).toEqual({
      ok: false,
      reason: 'tooLarge',
    });
  });

  it('every corpus file carried by a link: valid model or typed error', () => {
    const files = [...structureCorpus(), ...prototypeCorpus()].filter((t) => t.length < 50_000);
    for (const file of files) open(rawLink(file));
  });

  it('a link made by a newer version opens as "newer version", not as damage', () => {
    const file = JSON.parse(validFileText()) as Record<string, unknown>;
    const decoded = open(linkTo(JSON.stringify({ ...file, formatVersion: 4 })));
    const loaded = decoded.ok && parseProcessFile(decoded.text);
    expect(loaded).toEqual({ ok: false, error: { code: 'newerVersion', version: 4 } });
  });

  it('a real-looking process that packs over 300:1 gets no link from us', () => {
    const json = serializeProcessFile(repetitiveProcess(), []);
    expect(parseProcessFile(json).ok).toBe(true);
    const fragment = rawShareFragment(json);
    const ratio = json.length / ((fragment.length - 3) * 0.75);
    expect(ratio).toBeGreaterThan(300);
    expect(decodeShareFragment(fragment)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(encodeShareFragment(json)).toEqual({ ok: false, reason: 'refused' });
  });

  it('text a link carries comes back as the same text', () => {
    const text = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(text, text, (title, label) => {
        const base = aSmallProcess();
        const process: Process = {
          ...base,
          title: title.trim() ? title.slice(0, 500) : 'x',
          steps: base.steps.map((s) => ({ ...s, label: label.slice(0, 500) })),
        };
        const decoded = open(linkTo(serializeProcessFile(process, [])));
        const loaded = decoded.ok && parseProcessFile(decoded.text);
        // As written, but for bidi controls, which the load gate takes out of titles and labels.
        expect(loaded && loaded.ok && loaded.file.process.title).toBe(
          stripBidiControls(process.title),
        );
        expect(loaded && loaded.ok && loaded.file.process.steps[0]!.label).toBe(
          stripBidiControls(label.slice(0, 500)),
        );
      }),
      { numRuns: 100 },
    );
  });
});
