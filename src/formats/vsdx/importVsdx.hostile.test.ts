// Hostile .vsdx files: every one gets a typed refusal (or a valid process), never an exception,
// never a hang, and never more memory than the caps allow.
import fc from 'fast-check';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../domain/load/loadDocument';
import { prototypeGuard } from '../../test/corpus';
import { importVsdx, type VsdxImportResult } from './importVsdx';
import { cffVsdx } from './testkit/cffFixture';
import { ZIP_LIMITS } from './zip';

const HR = new Uint8Array(
  readFileSync(new URL('./fixtures/drawio-diagrams/hr-recruiting-flowchart.vsdx', import.meta.url)),
);
const NS = "xmlns='http://schemas.microsoft.com/office/visio/2012/main'";
const PAGES = `<Pages ${NS}><Page ID='0' Name='P'/></Pages>`;

function run(bytes: Uint8Array): VsdxImportResult {
  const guard = prototypeGuard();
  let result: VsdxImportResult | undefined;
  expect(() => (result = importVsdx(bytes))).not.toThrow();
  guard.expectUnchanged();
  if (result!.ok)
    for (const p of result!.processes) expect(loadDocument(JSON.stringify(p.file)).ok).toBe(true);
  return result!;
}

const error = (bytes: Uint8Array) => {
  const r = run(bytes);
  return r.ok ? 'ok' : r.error;
};

/** A package with one page whose content is `page` (pages.xml names page1.xml by default). */
function withPage(page: string, extra: Zippable = {}): Uint8Array {
  return zipSync({
    'visio/pages/pages.xml': strToU8(PAGES),
    'visio/pages/page1.xml': strToU8(page),
    ...extra,
  });
}

const shape = (id: number, text: string, inner = '') =>
  `<Shape ID='${id}' NameU='Process'><Cell N='PinX' V='${id}'/><Cell N='PinY' V='1'/>` +
  `<Cell N='Width' V='1'/><Cell N='Height' V='1'/><Text>${text}</Text>${inner}</Shape>`;

describe('not a Visio drawing', () => {
  it('refuses bytes that are no zip, and a zip without pages', () => {
    expect(error(strToU8('{"formatVersion":3}'))).toBe('notZip');
    expect(error(new Uint8Array(0))).toBe('notZip');
    expect(error(zipSync({ 'word/document.xml': strToU8('<w/>') }))).toBe('notVisio');
  });

  it('refuses a file cut off anywhere', { timeout: 20_000 }, () => {
    for (let end = 0; end < HR.length; end += 997) expect(error(HR.slice(0, end))).not.toBe('ok');
  });
});

describe('zip bombs and lies in the central directory', () => {
  it('refuses a part that inflates far beyond its compressed size', () => {
    const bomb = `<Pages ${NS}>${' '.repeat(8 * 1024 * 1024)}</Pages>`;
    expect(error(zipSync({ 'visio/pages/pages.xml': strToU8(bomb) }, { level: 9 }))).toBe('ratio');
  });

  it('refuses a declared size over the cap before inflating it', () => {
    const zip = withPage(`<PageContents ${NS}/>`);
    // The central directory's uncompressed size of the last entry (page1.xml), at offset 24.
    const view = new DataView(zip.buffer);
    const cd = view.getUint32(zip.length - 22 + 16, true);
    const second = cd + 46 + view.getUint16(cd + 28, true);
    // 4 GB: inflating into a buffer that size would fail, or take the tab's memory.
    view.setUint32(second + 24, 0xfffffff0, true);
    expect(error(zip)).toBe('tooLarge');
  });

  it('inflates no more than a part declares, however much it really holds', () => {
    const zip = withPage(
      `<PageContents ${NS}><Shapes>${shape(1, 'a'.repeat(100_000))}</Shapes></PageContents>`,
    );
    const view = new DataView(zip.buffer);
    const cd = view.getUint32(zip.length - 22 + 16, true);
    const second = cd + 46 + view.getUint16(cd + 28, true);
    view.setUint32(second + 24, 200, true);
    // Cut off at 200 bytes the page is no longer XML; it must not come out as anything else.
    expect(['notXml', 'empty', 'broken']).toContain(error(zip));
  });

  it('refuses more entries than a drawing has', () => {
    const files: Zippable = { 'visio/pages/pages.xml': strToU8(PAGES) };
    for (let i = 0; i <= ZIP_LIMITS.entries; i++) files[`x/${i}`] = new Uint8Array(0);
    expect(error(zipSync(files, { level: 0 }))).toBe('tooManyEntries');
  });
});

describe('hostile XML', () => {
  it('refuses a DOCTYPE (entities) in any part it reads', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><PageContents ${NS}/>`;
    expect(error(withPage(laughs))).toBe('doctype');
  });

  it('refuses names that would reach an object prototype', () => {
    expect(error(withPage(`<PageContents ${NS}><__proto__><x/></__proto__></PageContents>`))).toBe(
      'notXml',
    );
    expect(error(withPage(`<PageContents ${NS} constructor='1'/>`))).toBe('notXml');
  });

  it('refuses groups nested deeper than any drawing', () => {
    const deep =
      '<Shapes><Shape ID="1" Type="Group">'.repeat(400) + '</Shape></Shapes>'.repeat(400);
    expect(error(withPage(`<PageContents ${NS}>${deep}</PageContents>`))).toBe('tooDeep');
  });

  it('refuses a page with more shapes than the model holds', { timeout: 20_000 }, () => {
    const many = Array.from({ length: 20_001 }, (_, i) => `<Shape ID='${i}'/>`).join('');
    expect(error(withPage(`<PageContents ${NS}><Shapes>${many}</Shapes></PageContents>`))).toBe(
      'tooManyShapes',
    );
  });

  it('converts the largest page it takes in seconds, not minutes', { timeout: 30_000 }, () => {
    // 200 lanes, 4 900 Start/End shapes (read by their arrows) and 4 900 documents in the flow
    // (bridged), 9 800 connectors: every quadratic step would show here.
    const lanes = Array.from(
      { length: 200 },
      (_, i) =>
        `<Shape ID='L${i}' NameU='Swimlane'><Cell N='PinX' V='500'/><Cell N='PinY' V='${i}'/><Cell N='Width' V='1000'/><Cell N='Height' V='1'/><Text>Bana ${i}</Text></Shape>`,
    );
    const shapes: string[] = [];
    const connects: string[] = [];
    for (let i = 0; i < 4_900; i++) {
      const kind = i % 2 === 0 ? 'Start/End' : 'Document';
      shapes.push(
        `<Shape ID='${i}' NameU='${kind}'><Cell N='PinX' V='${i / 5}'/><Cell N='PinY' V='${i % 200}'/><Text>S${i}</Text></Shape>`,
        `<Shape ID='c${i}' NameU='Dynamic connector'/>`,
      );
      connects.push(
        `<Connect FromSheet='c${i}' FromCell='BeginX' ToSheet='${i}'/><Connect FromSheet='c${i}' FromCell='EndX' ToSheet='${(i + 1) % 4_900}'/>`,
      );
    }
    const xml = `<PageContents ${NS}><Shapes>${lanes.join('')}${shapes.join('')}</Shapes><Connects>${connects.join('')}</Connects></PageContents>`;
    const started = Date.now();
    const r = run(withPage(xml));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.ok && r.processes[0]!.counts).toEqual({
      lanes: 200,
      steps: 4_900,
      connections: expect.any(Number),
    });
  });

  it('keeps markup in shape text as text', () => {
    const r = run(
      withPage(
        `<PageContents ${NS}><Shapes>${shape(1, '&lt;img src=x onerror=alert(1)&gt;')}</Shapes></PageContents>`,
      ),
    );
    expect(
      r.ok &&
        (r.processes[0]!.file as { process: { steps: { label: string }[] } }).process.steps[0]!
          .label,
    ).toBe('<img src=x onerror=alert(1)>');
  });

  it('gives a typed answer for any byte changed in a real drawing', { timeout: 60_000 }, () => {
    const sources = [HR, cffVsdx()];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (which, changes) => {
          const bytes = sources[which]!.slice();
          for (const [at, value] of changes) bytes[at % bytes.length] = value;
          const started = Date.now();
          run(bytes);
          expect(Date.now() - started).toBeLessThan(5_000);
        },
      ),
      { numRuns: 150, seed: 21 },
    );
  });
});
