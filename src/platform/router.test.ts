import fc from 'fast-check';
import { ROUTE_HOSTILE_IDS } from '../test/hostileInputs';
import { describe, expect, it } from 'vitest';
import { processSchema } from '../domain/schema/process';
import { comparePath, hukiPath, parseRoute, processPath } from './router';

// The ids the schema accepts: any string of 1–100 UTF-16 units, lone surrogates included.
const schemaId = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 100 })
  .filter((id) => id.length <= 100);
// The corpus's route-hostile ids, and more that only this test needs.
const awkwardId = fc.constantFrom(
  ...ROUTE_HOSTILE_IDS,
  '...',
  '~',
  '%',
  '\ud800',
  'x\udc00y',
  '👍',
  'Ansökan 2',
  'a'.repeat(100),
);

/** What the browser does to a path before we see it: resolves dot segments, escapes the rest. */
function throughBrowser(path: string): string {
  return new URL(path, 'http://127.0.0.1').pathname;
}

describe('router', () => {
  it('gives back every id the schema accepts, through the browser URL parser too', () => {
    const idSchema = processSchema.shape.id;
    fc.assert(
      fc.property(fc.oneof(schemaId, awkwardId), (id) => {
        fc.pre(idSchema.safeParse(id).success);
        for (const [build, name] of [
          [processPath, 'process'],
          [comparePath, 'compare'],
          [hukiPath, 'huki'],
        ] as const) {
          expect(parseRoute(build(id))).toEqual({ name, id });
          expect(parseRoute(throughBrowser(build(id)))).toEqual({ name, id });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps ordinary ids readable in the address bar', () => {
    expect(processPath('p_Abc-123')).toBe('/p/p_Abc-123');
    expect(processPath('Ansökan 2')).toBe('/p/Ans%C3%B6kan%202');
  });

  it('answers "not found", never throws, for segments no id of ours makes', () => {
    for (const path of [
      '/p/%',
      '/p/%E0%A4%A',
      '/p/%ZZ',
      '/p/~12',
      '/p/~zzzz',
      '/p/',
      '/p/a/b',
      '/compare/%',
      '/huki/~',
      '/p/' + 'a'.repeat(101),
      '/x/a',
    ])
      expect(parseRoute(path), path).toEqual({ name: 'notFound' });
  });

  it('still knows the fixed screens', () => {
    expect(parseRoute('/')).toEqual({ name: 'library' });
    expect(parseRoute('/register')).toEqual({ name: 'register' });
    expect(parseRoute('/share')).toEqual({ name: 'share' });
  });
});
