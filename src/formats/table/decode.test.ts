import { describe, expect, it } from 'vitest';
import { decodeTableBytes, MAX_TABLE_BYTES } from './decode';

const latin1 = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));

describe('decodeTableBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = new TextEncoder().encode('Enhet;Aktivitet\nBygg;Gör åäö');
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeTableBytes(plain)).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      text: 'Enhet;Aktivitet\nBygg;Gör åäö',
    });
    expect(decodeTableBytes(bom)).toMatchObject({
      ok: true,
      text: 'Enhet;Aktivitet\nBygg;Gör åäö',
    });
  });

  it("reads Swedish Excel's Windows-1252, the euro sign and dashes included", () => {
    const bytes = latin1('Enhet;Aktivitet\nMiljö;Handläggning av ärende');
    expect(decodeTableBytes(bytes)).toEqual({
      ok: true,
      encoding: 'windows-1252',
      text: 'Enhet;Aktivitet\nMiljö;Handläggning av ärende',
    });
    const r = decodeTableBytes(Uint8Array.from([0x80, 0x20, 0x96, 0x20, 0xe5]));
    expect(r).toMatchObject({ text: '€ – å' });
  });

  it("reads Excel's Unicode text (UTF-16 LE with a mark)", () => {
    const body = Buffer.from('Steg\tTid\nÅtgärd\t2 d', 'utf16le');
    const bytes = Uint8Array.from([0xff, 0xfe, ...body]);
    expect(decodeTableBytes(bytes)).toMatchObject({ ok: true, text: 'Steg\tTid\nÅtgärd\t2 d' });
  });

  it('refuses a binary file and one too large', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
    expect(decodeTableBytes(zip)).toEqual({ ok: false, error: 'notText' });
    expect(decodeTableBytes(new Uint8Array(MAX_TABLE_BYTES + 1).fill(0x41))).toEqual({
      ok: false,
      error: 'tooLarge',
    });
  });
});

describe('decodeTableBytes, wrong encodings', () => {
  it('UTF-16 without its mark is refused (its zero bytes are no text), not shown as garbage', () => {
    const bytes = Uint8Array.from(Buffer.from('Steg\tTid\nA\t1 h', 'utf16le'));
    expect(decodeTableBytes(bytes)).toEqual({ ok: false, error: 'notText' });
  });
});
