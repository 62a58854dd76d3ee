import { describe, expect, it } from 'vitest';
import { aSmallProcess } from '../../test/builders';
import { distinctColors } from './colors';
import { layoutMarks, stepBoxes } from './marksLayout';
import { marks, pointerPeople, roster, sameMarks, sameRoster } from './slices';
import type { Peer } from './types';

const peer = (clientId: number, id: string, name: string, over: Partial<Peer> = {}): Peer => ({
  clientId,
  user: { id, name, color: '#0b5cad' },
  selection: [],
  editing: null,
  pointer: null,
  view: null,
  dragging: null,
  ...over,
});

describe('roster', () => {
  it('is one entry per person, by name, keeping the first tab', () => {
    const list = roster([peer(9, 'u-bo', 'Bo'), peer(3, 'u-anna', 'Anna'), peer(4, 'u-bo', 'Bo')]);
    expect(list.map((e) => [e.name, e.clientId])).toEqual([
      ['Anna', 3],
      ['Bo', 4],
    ]);
  });
  it('does not change when only a pointer moved', () => {
    const before = roster([peer(3, 'u-anna', 'Anna', { pointer: { x: 1, y: 1 } })]);
    const after = roster([peer(3, 'u-anna', 'Anna', { pointer: { x: 9, y: 9 } })]);
    expect(sameRoster(before, after)).toBe(true);
    expect(sameRoster(before, roster([peer(3, 'u-anna', 'Anna Berg')]))).toBe(false);
  });
  it('puts a colour that is not hex out of CSS', () => {
    const [e] = roster([{ ...peer(1, 'u', 'X'), user: { id: 'u', name: 'X', color: 'url(x)' } }]);
    expect(e!.color).toMatch(/^#/);
  });
});

describe('marks', () => {
  it('leaves out people with nothing marked, and ignores the pointer', () => {
    const a = marks([
      peer(1, 'a', 'A', { selection: ['s1'], pointer: { x: 0, y: 0 } }),
      peer(2, 'b', 'B'),
    ]);
    const b = marks([peer(1, 'a', 'A', { selection: ['s1'], pointer: { x: 5, y: 5 } })]);
    expect(a).toHaveLength(1);
    expect(sameMarks(a, b)).toBe(true);
  });
  it('changes with the selection, typing and dragging', () => {
    const base = marks([peer(1, 'a', 'A', { selection: ['s1'] })]);
    expect(sameMarks(base, marks([peer(1, 'a', 'A', { selection: ['s2'] })]))).toBe(false);
    const typing = { selection: ['s1'], editing: { stepId: 's1', field: 'label' } };
    expect(sameMarks(base, marks([peer(1, 'a', 'A', typing)]))).toBe(false);
    const drag = { selection: ['s1'], dragging: { ids: ['s1'], dx: 8, dy: 0 } };
    expect(sameMarks(base, marks([peer(1, 'a', 'A', drag)]))).toBe(false);
  });
  it('pointer people are those with a pointer', () => {
    const people = pointerPeople([
      peer(1, 'a', 'A', { pointer: { x: 1, y: 2 } }),
      peer(2, 'b', 'B'),
    ]);
    expect(people.map((p) => p.name)).toEqual(['A']);
  });
});

describe('layoutMarks', () => {
  const doc = aSmallProcess();
  const boxes = stepBoxes(doc);
  it('places a step by its lane top', () => {
    const s2 = doc.steps.find((s) => s.id === 's2')!;
    expect(boxes.get('s2')).toEqual({
      x: s2.x,
      y: doc.lanes[0]!.height + s2.y,
      width: s2.width,
      height: s2.height,
    });
  });
  it('groups people on a step, one tag per person, typing where they type', () => {
    const { steps } = layoutMarks(
      marks([
        peer(1, 'a', 'Anna', { selection: ['s1', 's2'] }),
        peer(2, 'b', 'Bo', { selection: ['s2'], editing: { stepId: 's2', field: 'label' } }),
      ]),
      boxes,
    );
    const s1 = steps.find((s) => s.stepId === 's1')!;
    const s2 = steps.find((s) => s.stepId === 's2')!;
    expect(s1.people).toEqual([expect.objectContaining({ name: 'Anna', tag: false })]);
    expect(s2.people).toEqual([
      expect.objectContaining({ name: 'Anna', tag: true, typing: false }),
      expect.objectContaining({ name: 'Bo', tag: true, typing: true }),
    ]);
  });
  it('skips steps that are gone and draws a moved ghost while dragging', () => {
    const { steps, ghosts } = layoutMarks(
      marks([
        peer(1, 'a', 'A', {
          selection: ['gone', 's1'],
          dragging: { ids: ['s1'], dx: 40, dy: -10 },
        }),
      ]),
      boxes,
    );
    expect(steps.map((s) => s.stepId)).toEqual(['s1']);
    expect(ghosts).toHaveLength(1);
    expect(ghosts[0]!.box.x).toBe(boxes.get('s1')!.x + 40);
    expect(ghosts[0]!.box.y).toBe(boxes.get('s1')!.y - 10);
  });
});

describe('colours on one screen', () => {
  const red = '#b3261e';
  const blue = '#0b5cad';
  it('gives a later person with a taken colour the first free one', () => {
    const colors = distinctColors(
      [
        { id: 'u-c', name: 'C', color: red },
        { id: 'u-a', name: 'A', color: red },
        { id: 'u-b', name: 'B', color: blue },
      ],
      [red, blue, '#1b6e35'],
    );
    expect(colors.get('u-a')).toBe(red);
    expect(colors.get('u-b')).toBe(blue);
    expect(colors.get('u-c')).toBe('#1b6e35');
  });
  it('works out the same on every laptop (the set of people, me included, decides)', () => {
    const anna = { id: 'u-anna', name: 'Anna', color: red };
    const bo = { id: 'u-bo', name: 'Bo', color: red };
    const onAnnas = roster([peer(2, 'u-bo', 'Bo', { user: bo })], anna);
    const onBos = roster([peer(1, 'u-anna', 'Anna', { user: anna })], bo);
    expect(onAnnas[0]!.color).not.toBe(red);
    expect(onBos[0]!.color).toBe(red);
  });
  it('shares colours only when there are more people than colours', () => {
    const users = ['a', 'b', 'c'].map((id) => ({ id, name: id, color: red }));
    const colors = distinctColors(users, [red, blue]);
    expect(new Set(colors.values()).size).toBe(2);
  });
});
