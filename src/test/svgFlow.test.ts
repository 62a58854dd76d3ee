// The e2e journey's SVG reader must see what the export draws and must be able to say "wrong":
// a real export parses into the flow it was made from, and a hand-made bad drawing is caught.
import { describe, expect, it } from 'vitest';
import {
  misplacedLabels,
  overlappingConnections,
  readSvgFlow,
  slantedSegments,
} from '../../e2e/pages/svgFlow';
import { translate } from '../platform/i18n/i18n';
import { svgLabels } from '../editor/export/labels';
import { documentToSvg } from '../formats/svg/processSvg';
import { aProcess, anEntry } from './builders';

describe('readSvgFlow on a real export', () => {
  const process = aProcess('Bygglov')
    .withLane('l1', { registerId: 'r1' })
    .withLane('l2', { registerId: 'r2' })
    .withStep('a', 'l1', { label: 'Skickar till nämnden', x: 40 })
    .withStep('d', 'l1', { kind: 'decision', label: 'Komplett?', x: 300 })
    .withStep('y', 'l1', { label: 'Beviljar', x: 560 })
    .withStep('n', 'l2', { label: 'Kompletterar', x: 560 })
    .withStep('p', 'l2', { kind: 'problem', label: 'Saknar <ritning> & "plan"', x: 40, y: 20 })
    .withConnection('c1', 'a', 'd')
    .withConnection('c2', 'd', 'y', { label: 'Ja' })
    .withConnection('c3', 'd', 'n', { label: 'Nej' })
    .withConnection('c4', 'p', 'a', { kind: 'information' })
    .build();
  const register = [anEntry('r1', 'Bygglovsenheten'), anEntry('r2', 'Invånare', 'kundgrupp')];
  const flow = readSvgFlow(
    documentToSvg(
      process,
      register,
      svgLabels((k, p) => translate('sv', k, p)),
    ),
  );

  it('finds the lanes, each step with its kind and the connections with both ends', () => {
    expect(flow.lanes.map((l) => l.name)).toEqual(['Bygglovsenheten', 'Invånare']);
    expect(flow.steps.map((s) => `${s.kind}: ${s.label}`).sort()).toEqual([
      'Aktivitet: Beviljar',
      'Aktivitet: Kompletterar',
      'Aktivitet: Skickar till nämnden',
      'Beslut: Komplett?',
      'Problem: Saknar <ritning> & "plan"',
    ]);
    expect(flow.connections.map((c) => [c.from, c.to, c.label, c.text])).toEqual([
      ['Skickar till nämnden', 'Komplett?', '', null],
      ['Komplett?', 'Beviljar', 'Ja', 'Ja'],
      ['Komplett?', 'Kompletterar', 'Nej', 'Nej'],
      ['Saknar <ritning> & "plan"', 'Skickar till nämnden', '', null],
    ]);
    const diamond = flow.steps.find((s) => s.kind === 'Beslut')!.box;
    expect(diamond.width).toBeGreaterThan(0);
    expect(flow.connections.every((c) => c.segments.length > 0)).toBe(true);
    expect(slantedSegments(flow)).toEqual([]);
  });
});

const step = (title: string, x: number, y: number) =>
  `<g><title>${title}</title><rect x="${x}" y="${y}" width="100" height="60" rx="8"/></g>`;
const connection = (title: string, d: string, plate = '') =>
  `<g><title>${title}</title><path d="${d}" fill="none" marker-end="url(#arrow)"/>${plate}</g>`;
const plate = (x: number, y: number, text: string) =>
  `<rect x="${x}" y="${y}" width="40" height="16" rx="3"/><text x="${x + 20}" y="${y + 12}">${text}</text>`;

function drawing(connections: string[]): string {
  return [
    '<svg xmlns="http://www.w3.org/2000/svg">',
    '<g><title>Handläggning</title>\n<rect x="0" y="0" width="900" height="400"/></g>',
    step('Aktivitet: A', 300, 0),
    step('Aktivitet: B', 300, 200),
    step('Aktivitet: C', 700, 0),
    step('Aktivitet: D', 700, 200),
    ...connections,
    '</svg>',
  ].join('\n');
}

describe('the checks on a hand-made drawing', () => {
  it('report two connections on one stretch and labels on the wrong line or a step', () => {
    const flow = readSvgFlow(
      drawing([
        // A→C and B→D both run along y = 100 from x 400 to 600: a reader cannot tell them apart.
        connection('Från A till C: Ja', 'M400,30 L400,100 L650,100 L650,30 L700,30'),
        connection('Från B till D: Nej', 'M400,230 L400,100 L600,100 L600,230 L700,230', ''),
        // Its plate sits on the shared stretch (on A→C's line too), off to nothing of its own.
        connection('Från A till D: Kanske', 'M350,60 L350,380 L700,380', plate(480, 92, 'Kanske')),
        // Its plate's centre is on its line, but the plate covers step C.
        connection('Från C till D: Ja', 'M750,60 L750,200', plate(730, 52, 'Ja')),
      ]),
    );
    expect(overlappingConnections(flow)).toEqual([
      '"Från A till C: Ja" and "Från B till D: Nej" share 200 px',
    ]);
    expect(misplacedLabels(flow)).toEqual([
      '"Från A till C: Ja" has no label drawn',
      '"Från B till D: Nej" has no label drawn',
      '"Från A till D: Kanske": label off its own line',
      '"Från A till D: Kanske": label on the line of "Från A till C: Ja"',
      '"Från A till D: Kanske": label on the line of "Från B till D: Nej"',
      '"Från C till D: Ja": label over the step "C"',
    ]);
  });

  it('report nothing when lines only meet at a shared end and each label is on its own line', () => {
    const flow = readSvgFlow(
      drawing([
        // Same source: a decision's branches share their trunk, each label after the split.
        connection(
          'Från A till C: Ja',
          'M400,60 L400,120 L650,120 L650,30 L700,30',
          plate(630, 67, 'Ja'),
        ),
        connection(
          'Från A till D: Nej',
          'M400,60 L400,120 L600,120 L600,230 L700,230',
          plate(580, 167, 'Nej'),
        ),
        // Runs 4 px beside the trunk, then crosses it at a right angle: no shared stretch.
        connection('Från B till C', 'M350,200 L350,124 L500,124 L500,40 L700,40'),
      ]),
    );
    expect(overlappingConnections(flow)).toEqual([]);
    expect(misplacedLabels(flow)).toEqual([]);
  });
});
