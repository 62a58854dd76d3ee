import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newProcess } from '../../domain/model/factories';
import { loadDocument } from '../../domain/load/loadDocument';
import { toProcessFile } from '../json/processFile';
import {
  MAX_INFLATED_BYTES,
  MAX_SHARE_FRAGMENT,
  decodeShareFragment,
  encodeShareFragment,
} from './shareLink';

function b64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

describe('share link', () => {
  it('round-trips a process file, å ä ö and all', () => {
    const process = newProcess('Ansökan om förskoleplats – ”snabbt”');
    const json = JSON.stringify(toProcessFile(process, []));
    const encoded = encodeShareFragment(json);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    const decoded = decodeShareFragment('#' + encoded.fragment);
    expect(decoded).toEqual({ ok: true, text: json });
    const loaded = decoded.ok ? loadDocument(decoded.text) : null;
    expect(loaded?.ok && loaded.file.process.title).toBe(process.title);
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const encoded = encodeShareFragment(text);
        if (!encoded.ok) return;
        expect(decodeShareFragment(encoded.fragment)).toEqual({ ok: true, text });
      }),
    );
  });

  it('never makes a link its own decoder refuses', () => {
    // Text that packs over 300 to 1, as a process of one label repeated thousands of times does:
    // the link would be short enough, and then refused as a bomb when opened.
    const repetitive = JSON.stringify({ labels: Array.from({ length: 20_000 }, () => 'Steg') });
    const encoded = encodeShareFragment(repetitive);
    expect(encoded).toEqual({ ok: false, reason: 'refused' });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(400), (text, n) => {
        const encoded = encodeShareFragment(text.repeat(n));
        if (encoded.ok)
          expect(decodeShareFragment(encoded.fragment)).toEqual({ ok: true, text: text.repeat(n) });
      }),
      { numRuns: 25 },
    );
  }, 30_000);

  it('refuses to make a link that mail and chat would cut', () => {
    // Pseudo-random text barely compresses, so this is well past the limit once encoded.
    let seed = 42;
    const noise = Array.from({ length: 30_000 }, () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return String.fromCharCode(33 + ((seed >>> 8) % 90));
    }).join('');
    const result = encodeShareFragment(noise);
    expect(result).toMatchObject({ ok: false, reason: 'tooLarge' });
    if (!result.ok && result.reason === 'tooLarge')
      expect(result.length).toBeGreaterThan(MAX_SHARE_FRAGMENT);
  });

  it('stops a decompression bomb before it fills memory', () => {
    const bomb = deflateSync(new Uint8Array(MAX_INFLATED_BYTES + 1024), { level: 9 });
    expect(decodeShareFragment('v1.' + b64url(bomb))).toEqual({ ok: false, reason: 'tooLarge' });
    // Small in absolute terms but with an impossible ratio.
    const dense = deflateSync(new Uint8Array(400_000), { level: 9 });
    expect(decodeShareFragment('v1.' + b64url(dense))).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('answers garbage, truncation and strangers with a reason, never a throw', () => {
    const good = encodeShareFragment(JSON.stringify({ a: 'b'.repeat(500) }));
    if (!good.ok) throw new Error('fixture');
    expect(decodeShareFragment(good.fragment.slice(0, good.fragment.length - 4))).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    expect(decodeShareFragment('v1.<script>')).toEqual({ ok: false, reason: 'corrupt' });
    expect(decodeShareFragment('v1.')).toEqual({ ok: false, reason: 'corrupt' });
    expect(decodeShareFragment('v9.abc')).toEqual({ ok: false, reason: 'unsupported' });
    expect(decodeShareFragment('v1.' + 'A'.repeat(70_000))).toEqual({
      ok: false,
      reason: 'tooLarge',
    });
    expect(decodeShareFragment('v1.' + b64url(strToU8('not deflated at all')))).toEqual({
      ok: false,
      reason: 'corrupt',
    });
  });
});
