import { describe, expect, it } from 'vitest';
import { newConnection, newLane, newProcess, newStep } from '../model/factories';
import type { Process, Step } from '../model/types';
import { layoutQuality } from './quality';
import type { RoutedConnection } from './routing';

const lane = { ...newLane('kg-invanare'), id: 'lane', height: 400 };
const step = (id: string, kind: Step['kind'], x: number, y: number): Step => ({
  ...newStep(kind, 'lane', x, y, id),
  id,
});

function process(steps: Step[], links: [string, string][]): Process {
  return {
    ...newProcess('Q', new Date('2026-12-01T08:00:00Z')),
    lanes: [lane],
    steps,
    connections: links.map(([a, b], i) => ({ ...newConnection(a, b), id: `c${i}` })),
  };
}

const route = (
  id: string,
  from: string,
  to: string,
  points: [number, number][],
  label: RoutedConnection['label'] = null,
): RoutedConnection => ({ id, from, to, kind: 'flow', points, label });

const routes = (...list: RoutedConnection[]) => new Map(list.map((r) => [r.id, r]));

describe('layoutQuality counts each way a drawing can mislead', () => {
  const a = step('a', 'activity', 0, 20);
  const b = step('b', 'activity', 400, 20);
  const c = step('c', 'activity', 0, 250);
  const d = step('d', 'activity', 400, 250);

  it('two connections with other ends on one stretch of line', () => {
    const p = process(
      [a, b, c, d],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    );
    const shared = layoutQuality(
      p,
      routes(
        route('c0', 'a', 'b', [
          [176, 64],
          [250, 64],
          [250, 200],
          [300, 200],
          [300, 64],
          [400, 64],
        ]),
        route('c1', 'c', 'd', [
          [176, 294],
          [250, 294],
          [250, 150],
          [350, 150],
          [350, 294],
          [400, 294],
        ]),
      ),
    );
    expect(shared.overlappingSegments).toBe(1);
    expect(shared.crossings).toBeGreaterThan(0);
    // Sharing a source is a fork, not a lie.
    const fork = layoutQuality(
      process(
        [a, b, d],
        [
          ['a', 'b'],
          ['a', 'd'],
        ],
      ),
      routes(
        route('c0', 'a', 'b', [
          [176, 64],
          [300, 64],
          [300, 64],
          [400, 64],
        ]),
        route('c1', 'a', 'd', [
          [176, 64],
          [300, 64],
          [300, 294],
          [400, 294],
        ]),
      ),
    );
    expect(fork.overlappingSegments).toBe(0);
  });

  it('a line through a step, a label off its line or over a step', () => {
    const middle = step('m', 'activity', 200, 20);
    const p = process([a, middle, b], [['a', 'b']]);
    const q = layoutQuality(
      p,
      routes(
        route(
          'c0',
          'a',
          'b',
          [
            [176, 64],
            [400, 64],
          ],
          { x: 210, y: 120, width: 40, height: 16 },
        ),
      ),
    );
    expect(q.throughSteps).toBe(1);
    expect(q.labelsOffOwnSegment).toBe(1);
    const over = layoutQuality(
      p,
      routes(
        route(
          'c0',
          'a',
          'b',
          [
            [176, 64],
            [400, 64],
          ],
          { x: 190, y: 56, width: 40, height: 16 },
        ),
      ),
    );
    expect(over.labelOverlaps).toBe(1);
  });

  it('an attached item nearer another step, a step outside its lane, two steps on each other', () => {
    const problem = step('p', 'problem', 400, 130);
    const p = process(
      [a, b, problem, step('x', 'activity', 10, 330), step('y', 'activity', 20, 30)],
      [['p', 'a']],
    );
    const q = layoutQuality(p, new Map());
    expect(q.attachedNearerOther).toBe(1);
    expect(q.stepsOutsideLane).toBe(1);
    expect(q.overlappingSteps).toBe(1);
  });

  it('an item in another lane counts as across lanes in its step column, as wrong outside it', () => {
    const other = { ...newLane('u-buf'), id: 'other', height: 400 };
    const near = step('n', 'activity', 0, 20);
    const item = (x: number): Step => ({ ...step('p', 'problem', x, 300), laneId: 'other' });
    const twoLanes = (p: Step): Process => ({
      ...process([a, b, near, p], [['p', 'a']]),
      lanes: [lane, other],
      steps: [{ ...a, y: 20 }, b, { ...near, laneId: 'other', x: 400, y: 300 }, p],
    });
    const inColumn = layoutQuality(twoLanes(item(0)), new Map());
    expect([inColumn.attachedAcrossLanes, inColumn.attachedNearerOther]).toEqual([1, 0]);
    const beside = layoutQuality(twoLanes(item(200)), new Map());
    expect([beside.attachedAcrossLanes, beside.attachedNearerOther]).toEqual([0, 1]);
  });
});
