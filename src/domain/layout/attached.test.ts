import { describe, expect, it } from 'vitest';
import { newConnection, newLane, newProcess, newStep } from '../model/factories';
import type { Process } from '../model/types';
import { attachments, withAttachedItems } from './attached';

function flow(): Process {
  const lanes = [newLane('kund'), newLane('enhet')];
  lanes[0] = { ...lanes[0]!, height: 200 };
  const a = newStep('activity', lanes[1]!.id, 100, 20, 'A');
  const b = newStep('activity', lanes[1]!.id, 400, 20, 'B');
  const own = newStep('problem', lanes[1]!.id, 100, 140, 'Problem på A');
  const other = newStep('improvement', lanes[0]!.id, 110, 60, 'Idé om A');
  const both = newStep('note', lanes[1]!.id, 250, 140, 'Om A och B');
  const loose = newStep('note', lanes[0]!.id, 600, 20, 'Lös');
  const side = newStep('informationObject', lanes[0]!.id, 700, 20, 'Underlag');
  return {
    ...newProcess('P'),
    lanes,
    steps: [a, b, own, other, both, loose, side],
    connections: [
      newConnection(a.id, b.id),
      newConnection(own.id, a.id, 'information'),
      newConnection(a.id, other.id, 'information'),
      newConnection(both.id, a.id, 'information'),
      newConnection(both.id, b.id, 'information'),
      // An item connected only to another item is not attached to a flow step.
      newConnection(side.id, loose.id, 'information'),
    ],
  };
}

const byLabel = (p: Process, label: string) => p.steps.find((s) => s.label === label)!;

describe('attachments', () => {
  it('maps each item to the flow steps it is connected to, either direction, once', () => {
    const p = flow();
    const map = attachments(p);
    const id = (label: string) => byLabel(p, label).id;
    expect(map.get(id('Problem på A'))).toEqual([id('A')]);
    expect(map.get(id('Idé om A'))).toEqual([id('A')]);
    expect(map.get(id('Om A och B'))).toEqual([id('A'), id('B')]);
    expect(map.has(id('Lös'))).toBe(false);
    expect(map.has(id('Underlag'))).toBe(false);
    expect(map.has(id('A'))).toBe(false);
  });
});

describe('withAttachedItems', () => {
  it('moves a step’s items by the same offset, in lane and across lanes', () => {
    const p = flow();
    const a = byLabel(p, 'A');
    const moved = withAttachedItems(p, [{ id: a.id, laneId: a.laneId, x: 160, y: 40 }]);
    const at = (label: string) => moved.find((m) => m.id === byLabel(p, label).id);
    expect(at('Problem på A')).toEqual({
      id: byLabel(p, 'Problem på A').id,
      laneId: a.laneId,
      x: 160,
      y: 160,
    });
    expect(at('Idé om A')).toMatchObject({ laneId: byLabel(p, 'Idé om A').laneId, x: 170, y: 80 });
    // Attached to A and B, and only A moved: it stays.
    expect(at('Om A och B')).toBeUndefined();
    expect(at('Lös')).toBeUndefined();
  });

  it('moves an item on two steps when both move, by their mean offset', () => {
    const p = flow();
    const [a, b] = [byLabel(p, 'A'), byLabel(p, 'B')];
    const moved = withAttachedItems(p, [
      { id: a.id, laneId: a.laneId, x: a.x + 40, y: a.y },
      { id: b.id, laneId: b.laneId, x: b.x + 80, y: b.y },
    ]);
    expect(moved.find((m) => m.id === byLabel(p, 'Om A och B').id)).toMatchObject({ x: 310 });
  });

  it('takes a same-lane item into the anchor’s new lane; keeps an item moved by hand as placed', () => {
    const p = flow();
    const a = byLabel(p, 'A');
    const own = byLabel(p, 'Problem på A');
    const kund = p.lanes[0]!.id;
    const moved = withAttachedItems(p, [
      { id: a.id, laneId: kund, x: a.x, y: 30 },
      { id: own.id, laneId: own.laneId, x: 900, y: 20 },
    ]);
    expect(moved.filter((m) => m.id === own.id)).toEqual([
      { id: own.id, laneId: own.laneId, x: 900, y: 20 },
    ]);
    const alone = withAttachedItems(p, [{ id: a.id, laneId: kund, x: a.x, y: 30 }]);
    expect(alone.find((m) => m.id === own.id)).toMatchObject({ laneId: kund, y: 150 });
    // The idea in the customer lane keeps its lane and stays inside it (200 high).
    const idea = alone.find((m) => m.id === byLabel(p, 'Idé om A').id)!;
    expect(idea.laneId).toBe(kund);
    expect(idea.y).toBeLessThanOrEqual(200 - 84);
  });
});
