// What no spreadsheet gives but a file or clipboard can: each is refused with its own reason,
// quickly, and nothing is planned.
import { describe, expect, it } from 'vitest';
import { newProcess } from '../../domain/model/factories';
import { DEFAULT_REGISTER } from '../../domain/register/defaultRegister';
import { tableFileToProcess, planTablePaste } from './importTable';
import { MAX_CELL_CHARS, MAX_TABLE_ROWS } from './parseTable';

const options = { title: 'T', register: DEFAULT_REGISTER, defaultLaneName: 'Processen' };
const file = (text: string) => tableFileToProcess(new TextEncoder().encode(text), options);
const paste = (text: string) =>
  planTablePaste(newProcess('T'), DEFAULT_REGISTER, text, { defaultLane: { name: 'X' } });

describe('hostile tables', () => {
  it('100,000 rows: too many, found without reading them all', () => {
    const text = 'Steg\tTid\n' + 'Gör något\t1 h\n'.repeat(100_000);
    const started = performance.now();
    expect(paste(text)).toMatchObject({ ok: false, error: 'tooManyRows' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('exactly the row cap is still a table', () => {
    const text = 'Steg\n' + 'Gör\n'.repeat(MAX_TABLE_ROWS);
    expect(paste(text)).toMatchObject({ ok: true });
  });

  it('10 MB: too large, as bytes and as pasted text', () => {
    const big = 'a\tb\n'.repeat((10 * 1024 * 1024) / 4);
    expect(file(big)).toEqual({ ok: false, error: 'tooLarge' });
    expect(paste(big)).toMatchObject({ ok: false, error: 'tooLarge' });
  });

  it('a binary file named .csv is no text', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(tableFileToProcess(png, options)).toEqual({ ok: false, error: 'notText' });
  });

  it('a ragged row (more filled cells than the header has columns) names its row', () => {
    expect(paste('Enhet\tSteg\nA\tB\nA\tB\tC\tD')).toEqual({ ok: false, error: 'ragged', row: 3 });
  });

  it('a short row is padded, not refused', () => {
    expect(paste('Enhet\tSteg\tTid\nA\tB\nA\tC\t1 h')).toMatchObject({ ok: true });
  });

  it('a giant cell, too many columns, nothing at all', () => {
    expect(paste(`Steg\n${'x'.repeat(MAX_CELL_CHARS + 1)}`)).toMatchObject({
      ok: false,
      error: 'cellTooLong',
      row: 2,
    });
    expect(paste(`${'a\t'.repeat(60)}b`)).toMatchObject({ ok: false, error: 'tooManyColumns' });
    expect(paste('\n\n \n')).toEqual({ ok: false, error: 'empty' });
    expect(paste('Enhet\tTid\nA\t2 d')).toEqual({ ok: false, error: 'noLabelColumn' });
    expect(paste('Enhet\tSteg\n')).toEqual({ ok: false, error: 'noRows' });
  });

  it('__proto__ and markup in cells are only text', () => {
    const r = file('Enhet;Steg\n__proto__;<img src=x onerror=alert(1)>\nconstructor;ok');
    if (!r.ok) throw new Error(r.error);
    expect(r.file.process.steps[0]!.label).toBe('<img src=x onerror=alert(1)>');
    expect(r.file.register.map((e) => e.name)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
