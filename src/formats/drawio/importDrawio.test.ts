// Every draw.io fixture (real files from jgraph/drawio-diagrams), checked as a person reading the
// original would: lanes by name in order, steps in their lanes with their kinds, connections and
// their labels, and what the notice lists.
import { describe, expect, it } from 'vitest';
import { importDrawio, listDrawioPages, type ImportedPage } from './importDrawio';
import { fixture, view } from './testkit';

function pages(name: string): ImportedPage[] {
  const result = importDrawio(fixture(name), { title: name, defaultLaneName: 'Processen' });
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.pages;
}

const reasons = (p: ImportedPage) => p.simplified.map((s) => s.reason).sort();

describe('cross_functional_flowchart_1 (one pool, three lanes)', () => {
  const [page] = pages('cross_functional_flowchart_1.drawio.xml');
  const v = view(page!);

  it('has the pool’s lanes in order, its 11 steps and 13 connections', () => {
    expect(v.lanes).toEqual(['Navigation', 'Driver', 'Passengers']);
    expect(v.steps).toHaveLength(11);
    expect(v.connections).toBe(13);
    expect(page!.simplified).toEqual([]);
  });

  it('reads kinds from shapes and HTML labels as text', () => {
    expect(v.steps).toContain('Navigation: decision At Destination?');
    expect(v.steps).toContain('Navigation: informationObject Route Map');
    expect(v.steps).toContain('Navigation: activity Provide Directions');
    expect(v.steps).toContain('Passengers: decision Break Time?');
    expect(v.steps).toContain('Driver: subprocess Break Stop');
    expect(page!.guessed.map((g) => g.kind).sort()).toEqual([
      'decision',
      'decision',
      'decision',
      'informationObject',
      'subprocess',
    ]);
  });

  it('takes edge labels from the label cells on the edges', () => {
    expect(v.labels).toEqual(['No', 'No', 'No', 'Yes', 'Yes', 'Yes']);
  });

  it('keeps positions relative to the lane: left to right as drawn', () => {
    const x = (label: string) => v.file.process.steps.find((s) => s.label === label)!.x;
    expect(x('Plan Route')).toBeLessThan(x('Route Map'));
    expect(x('Route Map')).toBeLessThan(x('Monitor Route'));
    expect(x('Break Stop')).toBeLessThan(x('Drive'));
    expect(x('Drive')).toBeLessThan(x('Route Adjustments'));
  });
});

describe('cross_functional_flowchart_2 (customer lane, HTML labels)', () => {
  const [page] = pages('cross_functional_flowchart_2.drawio.xml');
  const v = view(page!);

  it('has two lanes, 21 steps, 24 connections with their labels', () => {
    expect(v.lanes).toEqual(['Customer', 'Customer Service Representative']);
    expect(v.steps).toHaveLength(21);
    expect(v.connections).toBe(24);
    expect(v.labels).toEqual(['No', 'No', 'No', 'No', 'Yes', 'Yes', 'Yes', 'Yes']);
  });

  it('makes the lane named like a customer group a customer lane', () => {
    expect(v.customerLanes).toContain('Customer');
  });

  it('decodes entities once and never keeps markup', () => {
    expect(v.steps).toContain(
      'Customer Service Representative: decision Address found & validated',
    );
    expect(v.steps).toContain('Customer: activity Request service');
    expect(v.steps.join('\n')).not.toMatch(/<|&nbsp;|&amp;/);
  });
});

describe('cross_functional_flowchart_4 (steps drawn over the pool, not in a lane)', () => {
  const [page] = pages('cross_functional_flowchart_4.drawio.xml');
  const v = view(page!);

  it('has Lane 1–4, 10 steps and 10 connections', () => {
    expect(v.lanes).toEqual(['Lane 1', 'Lane 2', 'Lane 3', 'Lane 4']);
    expect(v.steps).toHaveLength(10);
    expect(v.connections).toBe(10);
    expect(v.labels).toEqual(['No', 'Yes']);
  });

  it('puts a step drawn over a lane into it, and says it guessed', () => {
    expect(v.steps).toContain('Lane 2: activity procedure 1');
    expect(v.steps).toContain('Lane 2: activity procedure 3');
    const lanes = page!.guessed.filter((g) => g.kind === 'lane');
    expect(lanes.map((g) => `${g.name} → ${g.from}`).sort()).toEqual([
      'procedure 1 → Lane 2',
      'procedure 3 → Lane 2',
    ]);
  });
});

describe('business_swimlane (lanes as columns, names in <font>)', () => {
  const [page] = pages('business_swimlane.drawio.xml');
  const v = view(page!);

  it('turns the columns into lanes, left to right becoming top to bottom', () => {
    expect(v.lanes).toEqual([
      'Inside Sales Rep',
      'Sales Admin',
      'Sales Representative',
      'Sales Manager',
      'VP Sales',
      'Inside Sales Manager',
      'Director',
    ]);
    expect(v.steps).toHaveLength(19);
    expect(v.connections).toBe(22);
  });

  it('reads document shapes as Underlag and keeps the drawn order down a column', () => {
    expect(v.steps).toContain('Sales Representative: informationObject Invoice');
    expect(v.steps).toContain('Sales Admin: informationObject Facilities Procurement Application');
    const x = (label: string) => v.file.process.steps.find((s) => s.label === label)!.x;
    expect(x('Customer Management')).toBeLessThan(x('Credit Management'));
    expect(x('Credit Management')).toBeLessThan(x('Price Management'));
  });
});

describe('bpmn-2-example (two pages, draw.io BPMN shapes)', () => {
  it('lists both pages by name for the picker', () => {
    expect(listDrawioPages(fixture('bpmn-2-example.drawio'))).toEqual({
      ok: true,
      names: ['Process order', 'Purchase stock'],
    });
  });

  const [order, stock] = pages('bpmn-2-example.drawio');

  it('page 1: pools and lanes, BPMN shapes by type, message flows to a pool listed', () => {
    const v = view(order!);
    expect(v.lanes).toEqual([
      'Inventory management system',
      'Accounts',
      'Warehouse',
      'Purchasing',
      'Client',
    ]);
    expect(v.steps).toHaveLength(21);
    expect(v.connections).toBe(23);
    expect(v.steps).toContain('Accounts: need Order received');
    expect(v.steps).toContain('Warehouse: decision All items?');
    expect(v.steps).toContain('Accounts: subprocess Initiate legal proceedings');
    expect(v.labels).toContain('Items not in inventory');
    expect(v.labels).toContain('Payment received');
    expect(reasons(order!)).toEqual([...Array<string>(9).fill('edgeToLane'), 'group']);
    expect(order!.file).toMatchObject({
      process: { title: 'bpmn-2-example.drawio – Process order' },
    });
  });

  it('page 2: drawn without swimlanes, so one lane; groups and a loose line listed', () => {
    const v = view(stock!);
    expect(v.lanes).toEqual(['Processen']);
    expect(v.steps).toHaveLength(36);
    expect(v.connections).toBe(24);
    expect(reasons(stock!)).toEqual(['danglingEdge', ...Array<string>(5).fill('group')]);
  });

  it('imports only the pages asked for', () => {
    const result = importDrawio(fixture('bpmn-2-example.drawio'), {
      title: 'x',
      defaultLaneName: 'Processen',
      pages: [1],
    });
    expect(result.ok && result.pages.map((p) => p.page)).toEqual(['Purchase stock']);
  });
});

describe('every fixture', () => {
  const names = [
    'bpmn-2-example.drawio',
    'business_swimlane.drawio.xml',
    'cross_functional_flowchart_1.drawio.xml',
    'cross_functional_flowchart_2.drawio.xml',
    'cross_functional_flowchart_4.drawio.xml',
  ];

  it.each(names)('%s: every step inside its lane, none dropped by the load gate', (name) => {
    for (const page of pages(name)) {
      const v = view(page);
      expect(v.steps).toHaveLength(page.steps);
      const height = new Map(v.file.process.lanes.map((l) => [l.id, l.height]));
      for (const s of v.file.process.steps) {
        expect(s.y).toBeGreaterThanOrEqual(0);
        expect(s.y + s.height).toBeLessThanOrEqual(height.get(s.laneId)!);
      }
    }
  });

  it.each(names.slice(1))('%s: no two steps of a lane overlap', (name) => {
    const v = view(pages(name)[0]!);
    const steps = v.file.process.steps;
    for (const a of steps)
      for (const b of steps) {
        if (a === b || a.laneId !== b.laneId) continue;
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart, `${a.label} / ${b.label}`).toBe(true);
      }
  });
});
