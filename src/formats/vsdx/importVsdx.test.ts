// Real .vsdx files from other projects' test suites, and a cross-functional flowchart built the
// way Visio stores one: each imports into a process the load gate accepts, or is refused with a
// reason; none hangs or throws.
import { strToU8, zipSync } from 'fflate';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../domain/load/loadDocument';
import type { ProcessFile } from '../../domain/model/types';
import { expectNoPrototypeKeys, prototypeGuard } from '../../test/corpus';
import { importVsdx, type VsdxImportResult } from './importVsdx';
import { cffVsdx } from './testkit/cffFixture';

const DIR = new URL('./fixtures/', import.meta.url).pathname;
const now = new Date('2026-01-01T00:00:00Z');

/** What each fixture gives: 'ok', or the reason it is refused (see fixtures/README.md). */
const EXPECTED: Record<string, string> = {
  'libvisio/bgcolor.vsdx': 'ok',
  'libvisio/blue-box.vsdx': 'empty',
  'libvisio/color-boxes.vsdx': 'empty',
  'libvisio/dwg.vsdx': 'empty',
  'libvisio/fdo86664.vsdx': 'empty',
  'libvisio/office_varient4.vsdx': 'ok',
  'libvisio/qs-box.vsdx': 'empty',
  'libvisio/recursion-cycle.vsdx': 'empty',
  'libvisio/tab-short-prefix.vsdx': 'empty',
  'libvisio/tdf136564-WhiteTextBackground.vsdx': 'ok',
  'libvisio/tdf154379-QuickStyleFillMatrix.vsdx': 'ok',
  'libvisio/testfile1.vsdx': 'ok',
  'libvisio/testfile3.vsdx': 'ok',
  'libvisio/testfile4.vsdx': 'ok',
  'libvisio/testfile5.vsdx': 'ok',
  'libvisio/testfile6.vsdx': 'ok',
  'poi/60489.vsdx': 'ok',
  'poi/60973.vsdx': 'ok',
  'poi/clusterfuzz-testcase-minimized-POIVisioFuzzer-4513310052515840.vsdx': 'tooManyEntries',
  'poi/clusterfuzz-testcase-minimized-POIVisioFuzzer-5026516754628608.vsdx': 'notVisio',
  'poi/clusterfuzz-testcase-minimized-POIVisioFuzzer-5313947071217664.vsdx': 'notVisio',
  'poi/clusterfuzz-testcase-minimized-POIVisioFuzzer-5492358185353216.vsdx': 'notVisio',
  'poi/clusterfuzz-testcase-minimized-POIVisioFuzzer-5981064948219904.vsdx': 'notZip',
  'poi/clusterfuzz-testcase-minimized-POIVisioFuzzer-6358126418591744.vsdx': 'notVisio',
  'poi/github260.vsdx': 'ok',
  'poi/test.vsdx': 'ok',
  'poi/test_text_extraction.vsdx': 'ok',
  'drawio-diagrams/hr-recruiting-flowchart.vsdx': 'ok',
};

function run(bytes: Uint8Array): VsdxImportResult {
  const guard = prototypeGuard();
  const result = importVsdx(bytes, { now, title: 'Fil', defaultLaneName: 'Processen' });
  guard.expectUnchanged();
  return result;
}

/** The process file as the load gate gives it back: what the library would store. */
function loaded(file: unknown): ProcessFile {
  expectNoPrototypeKeys(file);
  const result = loadDocument(JSON.stringify(file));
  if (!result.ok) throw new Error(`load gate refused: ${JSON.stringify(result.error)}`);
  return result.file;
}

function only(result: VsdxImportResult) {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.processes[0]!;
}

describe('every fixture', () => {
  const files = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.vsdx'))
    .sort();

  it('is listed with what it should give', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of files) {
    it(`${name}: ${EXPECTED[name]}`, { timeout: 5_000 }, () => {
      const result = run(new Uint8Array(readFileSync(DIR + name)));
      expect(result.ok ? 'ok' : result.error).toBe(EXPECTED[name]);
      if (!result.ok) return;
      for (const p of result.processes) {
        const file = loaded(p.file);
        expect(file.process.steps).toHaveLength(p.counts.steps);
        expect(file.process.connections).toHaveLength(p.counts.connections);
        // No page of these has swimlanes, and the notice says so first.
        expect(p.hasLanes).toBe(false);
        expect(p.simplified[0]?.reason).toBe('noLanes');
      }
    });
  }
});

describe('a flowchart without swimlanes (HR recruiting, drawio-diagrams)', () => {
  const p = only(
    run(new Uint8Array(readFileSync(DIR + 'drawio-diagrams/hr-recruiting-flowchart.vsdx'))),
  );
  const { process, register } = loaded(p.file);
  const label = (id: string) => process.steps.find((s) => s.id === id)?.label;

  it('puts every shape into one lane named for the page', () => {
    expect(process.lanes).toHaveLength(1);
    expect(register.map((e) => e.name)).toEqual(['Processen']);
    expect(new Set(process.steps.map((s) => s.laneId))).toEqual(new Set([process.lanes[0]!.id]));
  });

  it('keeps 12 shapes as steps, kinds from their masters', () => {
    const kinds = process.steps.map((s) => s.kind).sort();
    expect(kinds.filter((k) => k === 'activity')).toHaveLength(8); // 7 Process + the title text
    expect(kinds.filter((k) => k === 'decision')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'informationObject')).toHaveLength(1);
    expect(process.steps.find((s) => s.kind === 'need')?.label).toBe('Hiring need reported');
    expect(process.steps.filter((s) => s.kind === 'outcome')).toHaveLength(1);
    expect(process.steps).toHaveLength(12);
  });

  it('turns the 11 glued connectors into connections between the shapes they join', () => {
    expect(process.connections).toHaveLength(11);
    // The arrow into the document (a dead end in the drawing) is information the step produces.
    const info = process.connections.filter((c) => c.kind === 'information');
    expect(info.map((c) => process.steps.find((s) => s.id === c.to)!.kind)).toEqual([
      'informationObject',
    ]);
    const first = process.connections.find((c) => label(c.from) === 'Hiring need reported');
    expect(label(first!.to)).toBe('Log hiring request');
  });

  it('lists the text shape it guessed to be an activity', () => {
    expect(p.simplified).toContainEqual({
      reason: 'guessedActivity',
      name: 'Human Resources Recruiting Process',
    });
  });

  it('keeps the drawing left to right', () => {
    const x = (text: string) => process.steps.find((s) => s.label === text)!.x;
    expect(x('Hiring need reported')).toBeLessThan(x('Log hiring request'));
  });
});

describe('a cross-functional flowchart (built as Visio stores one)', () => {
  for (const vertical of [false, true]) {
    describe(vertical ? 'vertical swimlanes' : 'horizontal swimlanes', () => {
      const p = only(run(cffVsdx({ vertical })));
      const { process, register } = loaded(p.file);
      const laneName = (laneId: string) => {
        const lane = process.lanes.find((l) => l.id === laneId)!;
        return register.find((e) => e.id === lane.registerId)!.name;
      };
      const byLabel = (text: string) => process.steps.find((s) => s.label === text)!;

      it('makes the swimlanes lanes, in drawing order, the customer lane a customer group', () => {
        expect(p.hasLanes).toBe(true);
        expect(process.lanes.map((l) => laneName(l.id))).toEqual([
          'Invånare',
          'Servicecenter',
          'Bygglovsenheten',
        ]);
        expect(register.map((e) => e.kind)).toEqual(['kundgrupp', 'forvaltning', 'forvaltning']);
        expect(process.title).toBe('Bygglov från ansökan till beslut');
      });

      it('puts each shape in the lane it is drawn in, with its kind', () => {
        const seen = process.steps.map((s) => [s.label, s.kind, laneName(s.laneId)]);
        expect(seen).toEqual([
          ['Ansökan skickas', 'need', 'Invånare'],
          ['Registrera ärende', 'activity', 'Servicecenter'],
          ['Komplett?', 'decision', 'Bygglovsenheten'],
          ['Komplettera ansökan', 'activity', 'Invånare'],
          ['Fatta beslut', 'activity', 'Bygglovsenheten'],
          ['Beslut', 'informationObject', 'Bygglovsenheten'],
          ['Beslut mottaget', 'outcome', 'Invånare'],
        ]);
        expect(byLabel('Ansökan skickas').x).toBeLessThan(byLabel('Registrera ärende').x);
      });

      it('connects glued connectors with their labels, and lists the loose one and the phase', () => {
        const flows = process.connections.map((c) => [
          process.steps.find((s) => s.id === c.from)!.label,
          process.steps.find((s) => s.id === c.to)!.label,
          c.label,
          c.kind,
        ]);
        expect(flows.filter((f) => f[3] === 'flow')).toHaveLength(6);
        expect(flows).toContainEqual(['Komplett?', 'Komplettera ansökan', 'Nej', 'flow']);
        expect(flows).toContainEqual(['Komplett?', 'Fatta beslut', 'Ja', 'flow']);
        // The document drawn in the flow is information beside it; the flow goes past it.
        expect(flows).toContainEqual(['Fatta beslut', 'Beslut', '', 'information']);
        expect(flows).toContainEqual(['Beslut', 'Beslut mottaget', '', 'information']);
        expect(flows).toContainEqual(['Fatta beslut', 'Beslut mottaget', '', 'flow']);
        expect(p.simplified.map((s) => s.reason).sort()).toEqual(['looseConnector', 'phase']);
      });
    });
  }
});

describe('pages', () => {
  it('makes every page with steps a process of its own, titled by file and page', () => {
    const result = run(new Uint8Array(readFileSync(DIR + 'poi/60973.vsdx')));
    if (!result.ok) throw new Error(result.error);
    expect(result.processes.map((p) => loaded(p.file).process.title)).toEqual([
      'Fil – Structural',
      'Fil – Physical',
      'Fil – Logical',
      'Fil – Rack',
    ]);
  });

  it('names background and empty pages in the notes instead of importing them', () => {
    const ns = "xmlns='http://schemas.microsoft.com/office/visio/2012/main'";
    const step = `<Shape ID='1' NameU='Process'><Cell N='PinX' V='1'/><Cell N='PinY' V='1'/><Text>Steg</Text></Shape>`;
    const bytes = zipSync({
      'visio/pages/pages.xml': strToU8(
        `<Pages ${ns}><Page ID='0' Name='Flöde'/><Page ID='1' Name='Bakgrund' Background='1'/><Page ID='2' Name='Tom'/></Pages>`,
      ),
      'visio/pages/page1.xml': strToU8(
        `<PageContents ${ns}><Shapes>${step}</Shapes></PageContents>`,
      ),
      'visio/pages/page2.xml': strToU8(
        `<PageContents ${ns}><Shapes>${step}</Shapes></PageContents>`,
      ),
      'visio/pages/page3.xml': strToU8(`<PageContents ${ns}/>`),
    });
    const result = run(bytes);
    if (!result.ok) throw new Error(result.error);
    expect(result.processes.map((p) => p.pageName)).toEqual(['Flöde']);
    expect(result.pageNotes.map((n) => [n.reason, n.page])).toEqual([
      ['backgroundPage', 'Bakgrund'],
      ['emptyPage', 'Tom'],
    ]);
  });
});
