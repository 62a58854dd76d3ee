import { describe, expect, it } from 'vitest';
import { aLane, aProcess, anEntry } from '../../test/builders';
import {
  laneAt,
  laneAtY,
  laneBands,
  laneNameOf,
  laneTops,
  lanesHeight,
  stepBox,
  stepsBounds,
} from './projection';

const lanes = [
  aLane('a', { height: 140 }),
  aLane('b', { height: 200, registerId: 'u-b' }),
  aLane('c', { height: 160 }),
];
const process = { lanes };

describe('laneBands', () => {
  it('stacks lanes: each top is the sum of the heights above', () => {
    expect(
      laneBands(lanes).map(({ lane, top, height, index }) => [lane.id, top, height, index]),
    ).toEqual([
      ['a', 0, 140, 0],
      ['b', 140, 200, 1],
      ['c', 340, 160, 2],
    ]);
    expect(laneBands([])).toEqual([]);
  });
});

describe('laneTops', () => {
  it('gives each lane the sum of the heights above it, in display order', () => {
    expect([...laneTops(process)]).toEqual([
      ['a', 0],
      ['b', 140],
      ['c', 340],
    ]);
    expect(laneTops({ lanes: [] }).size).toBe(0);
    expect(lanesHeight(process)).toBe(500);
  });
});

describe('stepBox', () => {
  it("adds the lane's top to the step's y and keeps x and size", () => {
    const step = { laneId: 'c', x: 40, y: 20, width: 160, height: 80 };
    expect(stepBox(process, step)).toEqual({ x: 40, y: 360, width: 160, height: 80 });
    expect(stepBox(process, step, laneTops(process))).toEqual(stepBox(process, step));
  });

  it('draws a step of a missing lane as if its lane were at the top', () => {
    expect(stepBox(process, { laneId: 'gone', x: 0, y: 20, width: 10, height: 10 }).y).toBe(20);
  });
});

describe('laneAt', () => {
  it('finds the lane whose band holds y, top edge inclusive, bottom edge exclusive', () => {
    expect(laneAt(process, 0)?.id).toBe('a');
    expect(laneAt(process, 139.9)?.id).toBe('a');
    expect(laneAt(process, 339)?.id).toBe('b');
  });

  it('gives a y exactly on a boundary to the lower lane', () => {
    expect(laneAt(process, 140)?.id).toBe('b');
    expect(laneAt(process, 340)?.id).toBe('c');
  });

  it('takes the first lane above the top and the last at or below the bottom', () => {
    expect(laneAt(process, -0.1)?.id).toBe('a');
    expect(laneAt(process, -50)?.id).toBe('a');
    expect(laneAt(process, 500)?.id).toBe('c');
    expect(laneAt(process, 10_000)?.id).toBe('c');
  });

  it('is null without lanes (laneAtY: undefined)', () => {
    expect(laneAt({ lanes: [] }, 10)).toBeNull();
    expect(laneAtY([], 10)).toBeUndefined();
    expect(laneAtY(lanes, 140)?.id).toBe('b');
  });

  it('agrees with the bands for every y across all lanes', () => {
    for (let y = -10; y <= 510; y += 0.5) {
      const band = laneBands(lanes).find((b) => y >= b.top && y < b.top + b.height);
      const expected = band?.lane.id ?? (y < 0 ? 'a' : 'c');
      expect(laneAt(process, y)?.id).toBe(expected);
    }
  });
});

describe('laneNameOf', () => {
  const register = [anEntry('u-sbf', 'Stadsbyggnad'), anEntry('u-b', 'Bygglov')];

  it("is the name of the lane's register entry, from a list or a map", () => {
    expect(laneNameOf(process, register, 'b', '?')).toBe('Bygglov');
    expect(laneNameOf(process, new Map(register.map((e) => [e.id, e])), 'a', '?')).toBe(
      'Stadsbyggnad',
    );
  });

  it('falls back for an unknown lane or an entry missing from the register', () => {
    expect(laneNameOf(process, register, 'gone', 'Okänd')).toBe('Okänd');
    expect(laneNameOf(process, [], 'a', 'Okänd')).toBe('Okänd');
  });
});

describe('stepsBounds', () => {
  it('is the box around every step, lane tops added; null without steps', () => {
    const p = aProcess()
      .withLane('a', { height: 160 })
      .withLane('b', { height: 200 })
      .withStep('s1', 'a', { x: 40, y: 20, width: 160, height: 80 })
      .withStep('s2', 'b', { x: 900, y: 100, width: 160, height: 80 })
      .build();
    expect(stepsBounds(p)).toEqual({ x: 40, y: 20, width: 1020, height: 320 });
    expect(stepsBounds(aProcess().withLane('a').build())).toBeNull();
  });
});
