// How one page's shapes are read: group frames, what is inherited from a master, connectors glued
// to a part of a grouped shape, shapes outside every lane.
import { describe, expect, it } from 'vitest';
import { convertPage } from './page';
import type { Masters } from './shapes';
import { child, parsePart } from './xml';

const NS = "xmlns='http://schemas.microsoft.com/office/visio/2012/main'";
const cells = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([n, v]) => `<Cell N='${n}' V='${v}'/>`)
    .join('');
const page = (shapes: string, connects = '') =>
  parsePart(
    `<PageContents ${NS}><Shapes>${shapes}</Shapes><Connects>${connects}</Connects></PageContents>`,
  );

/** Two horizontal lanes: "Övre" from y 4 to 6, "Nedre" from y 2 to 4, x 0 to 10. */
const LANES =
  `<Shape ID='1' NameU='Swimlane'>${cells({ PinX: 5, PinY: 5, Width: 10, Height: 2 })}<Text>Övre</Text></Shape>` +
  `<Shape ID='2' NameU='Swimlane'>${cells({ PinX: 5, PinY: 3, Width: 10, Height: 2 })}<Text>Nedre</Text></Shape>`;

const masterShape = parsePart(
  `<MasterContents ${NS}><Shapes><Shape ID='5'>${cells({ Width: 1, Height: 0.5 })}<Text>Från mallen</Text></Shape></Shapes></MasterContents>`,
);
const MASTERS: Masters = new Map([
  [
    '7',
    {
      name: 'Process',
      shapes: new Map([
        ['5', child(child(child(masterShape, 'MasterContents'), 'Shapes'), 'Shape')!],
      ]),
    },
  ],
]);

describe('convertPage', () => {
  it('places a shape inside a group by the group frame, not the page', () => {
    // The group's bottom-left corner is at (1, 2); its child sits 2.5 inches above that: y 4.5.
    const group =
      `<Shape ID='10' Type='Group'>${cells({ PinX: 3, PinY: 3, Width: 4, Height: 2, LocPinX: 2, LocPinY: 1 })}` +
      `<Shapes><Shape ID='11' NameU='Process'>${cells({ PinX: 1, PinY: 2.5, Width: 1, Height: 0.5 })}<Text>I gruppen</Text></Shape></Shapes></Shape>`;
    const result = convertPage(page(LANES + group), new Map());
    const step = result.placed.steps.find((s) => s.label === 'I gruppen')!;
    expect(step.laneId).toBe('l-1');
  });

  it('takes the text and size a shape does not set from its master', () => {
    const shape = `<Shape ID='20' Master='7'>${cells({ PinX: 2, PinY: 3 })}</Shape>`;
    const result = convertPage(page(LANES + shape), MASTERS);
    expect(result.placed.steps.map((s) => [s.label, s.kind, s.laneId])).toEqual([
      ['Från mallen', 'activity', 'l-2'],
    ]);
  });

  it('joins a connector glued to a part of a grouped shape to that shape', () => {
    const grouped =
      `<Shape ID='30' NameU='Decision' Type='Group'>${cells({ PinX: 2, PinY: 5, Width: 1, Height: 1 })}<Text>Ja?</Text>` +
      `<Shapes><Shape ID='31'>${cells({ PinX: 0.5, PinY: 0.5, Width: 1, Height: 1 })}</Shape></Shapes></Shape>` +
      `<Shape ID='32' NameU='Process'>${cells({ PinX: 5, PinY: 3, Width: 1, Height: 1 })}<Text>Gör</Text></Shape>` +
      `<Shape ID='33' NameU='Dynamic connector'><Text>ja</Text></Shape>`;
    const connects = `<Connect FromSheet='33' FromCell='BeginX' ToSheet='31'/><Connect FromSheet='33' FromCell='EndX' ToSheet='32'/>`;
    const result = convertPage(page(LANES + grouped, connects), new Map());
    expect(result.connections).toEqual([
      { id: 'c-33', kind: 'flow', from: 's-30', to: 's-32', label: 'ja' },
    ]);
    expect(result.placed.steps.map((s) => s.label)).toEqual(['Ja?', 'Gör']);
  });

  it('puts a shape drawn outside every lane into the nearest one and says so', () => {
    const below = `<Shape ID='40' NameU='Process'>${cells({ PinX: 2, PinY: 0.5, Width: 1, Height: 0.5 })}<Text>Nedanför</Text></Shape>`;
    const result = convertPage(page(LANES + below), new Map());
    expect(result.placed.steps[0]!.laneId).toBe('l-2');
    expect(result.simplified).toEqual([{ reason: 'outsideLanes', name: 'Nedanför' }]);
  });
});
