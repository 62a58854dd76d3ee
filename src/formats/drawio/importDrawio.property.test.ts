// Generated pages and damaged real files: the converter answers every one with a page the load
// gate accepts or a typed refusal, never a throw; every vertex drawn in a lane becomes exactly one
// step there, in the drawn left-to-right order; an imported page goes out as BPMN like any process.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBpmn } from '../bpmn/exportBpmn';
import { importDrawio } from './importDrawio';
import { fixture, view } from './testkit';

const options = { title: 't', defaultLaneName: 'Processen' };

/** XML attribute text: escaped as draw.io writes it. */
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const word = fc.stringMatching(/^[A-Za-zÅÄÖåäö0-9][A-Za-zÅÄÖåäö0-9 ?]{0,15}$/);
const shape = fc.constantFrom('rounded=1', 'rhombus', 'ellipse', 'shape=document', 'text', '');
const laneSpec = fc.array(fc.record({ label: word, shape }), { minLength: 0, maxLength: 6 });

function page(lanes: { label: string; shape: string }[][], html: boolean) {
  let cells = '<mxCell id="0"/><mxCell id="1" parent="0"/>';
  cells += `<mxCell id="pool" value="Pool" style="swimlane;" vertex="1" parent="1"><mxGeometry width="2000" height="${lanes.length * 200 + 20}" as="geometry"/></mxCell>`;
  lanes.forEach((steps, l) => {
    cells += `<mxCell id="lane${l}" value="Enhet ${l}" style="swimlane;horizontal=0;" vertex="1" parent="pool"><mxGeometry y="${20 + l * 200}" width="2000" height="200" as="geometry"/></mxCell>`;
    steps.forEach((s, i) => {
      // With html=1 the label is markup around the text, as draw.io writes it.
      const value = html ? esc(`<div><b>${esc(s.label)}</b></div>`) : esc(s.label);
      cells += `<mxCell id="v${l}-${i}" value="${value}" style="${s.shape};html=${html ? 1 : 0};" vertex="1" parent="lane${l}"><mxGeometry x="${40 + i * 150}" y="60" width="80" height="40" as="geometry"/></mxCell>`;
      if (i > 0)
        cells += `<mxCell id="e${l}-${i}" edge="1" source="v${l}-${i - 1}" target="v${l}-${i}" parent="lane${l}"><mxGeometry relative="1" as="geometry"/></mxCell>`;
    });
  });
  return `<mxfile><diagram name="p"><mxGraphModel><root>${cells}</root></mxGraphModel></diagram></mxfile>`;
}

describe('generated pages', () => {
  it('every vertex in a lane is one step there, in drawn order, its label as text', () => {
    fc.assert(
      fc.property(
        fc.array(laneSpec, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (lanes, html) => {
          const result = importDrawio(page(lanes, html), options);
          if (!result.ok) throw new Error(result.error);
          const v = view(result.pages[0]!);
          expect(v.lanes).toEqual(lanes.map((_, l) => `Enhet ${l}`));
          const expected = lanes.flatMap((steps, l) =>
            steps.map((s) => `Enhet ${l}: ${s.label.replace(/\s+/g, ' ').trim()}`),
          );
          const got = v.file.process.steps.map(
            (s) =>
              `${v.lanes[v.file.process.lanes.findIndex((x) => x.id === s.laneId)]}: ${s.label}`,
          );
          expect(got).toEqual(expected);
          for (const l of v.file.process.lanes) {
            const xs = v.file.process.steps.filter((s) => s.laneId === l.id).map((s) => s.x);
            expect(xs).toEqual([...xs].sort((a, b) => a - b));
          }
          const inFlow = lanes.flatMap((steps) => steps.slice(1)).length;
          expect(v.connections).toBe(inFlow);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('damaged real files', () => {
  const names = ['cross_functional_flowchart_2.drawio.xml', 'bpmn-2-example.drawio'];
  it.each(names)('%s: random cuts and insertions give a page or a typed refusal', (name) => {
    const original = fixture(name);
    const edit = fc.tuple(
      fc.nat(),
      fc.nat({ max: 40 }),
      fc.constantFrom('<', '>', '&', '"', '<!--', ' id="__proto__" ', 'parent="0"', 'A', ''),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = original;
        for (const [at, cut, insert] of edits) {
          const p = at % text.length;
          text = text.slice(0, p) + insert + text.slice(p + cut);
        }
        const result = importDrawio(text, options);
        if (result.ok) for (const p of result.pages) view(p);
        else expect(typeof result.error).toBe('string');
      }),
      { numRuns: 80 },
    );
  });
});

describe('an imported page is an ordinary process', () => {
  it('goes out as BPMN with its lanes and steps', async () => {
    const result = importDrawio(fixture('cross_functional_flowchart_1.drawio.xml'), options);
    if (!result.ok) throw new Error(result.error);
    const { file } = view(result.pages[0]!);
    const xml = await exportBpmn(file.process, file.register);
    for (const name of ['Navigation', 'Driver', 'Passengers', 'At Destination?', 'Plan Route'])
      expect(xml).toContain(`name="${name}"`);
    expect(xml.match(/<bpmn:exclusiveGateway /g)).toHaveLength(3);
  });
});
