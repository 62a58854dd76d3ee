import { describe, expect, it } from 'vitest';
import { processSchema, stepSchema, STEP_KINDS } from '../schema/process';
import { newConnection, newLane, newProcess, newStep } from './factories';
import { LANE_MIN_HEIGHT } from './geometry';
import { STEP_KIND_INFO } from './stepKinds';

describe('factories', () => {
  it('newProcess makes a valid, empty draft stamped with the given time', () => {
    const p = newProcess('Ansöka om förskoleplats', new Date('2025-02-03T04:05:06.000Z'));
    expect(processSchema.parse(p)).toEqual(p);
    expect(p).toMatchObject({
      title: 'Ansöka om förskoleplats',
      category: 'huvudprocess',
      status: 'utkast',
      variant: 'nulage',
      createdAt: '2025-02-03T04:05:06.000Z',
      changedAt: '2025-02-03T04:05:06.000Z',
      lanes: [],
      steps: [],
      connections: [],
    });
    expect(p.id).toMatch(/^p-[0-9a-f-]{36}$/);
    expect(newProcess('x').id).not.toBe(newProcess('x').id);
  });

  it('newLane makes a lane of the minimum height bound to the entry', () => {
    const lane = newLane('u-sbf');
    expect(lane).toMatchObject({ registerId: 'u-sbf', height: LANE_MIN_HEIGHT });
    expect(lane.id).toMatch(/^l-/);
  });

  it('newStep sizes each kind as the method draws it, and is valid', () => {
    for (const kind of STEP_KINDS) {
      const step = newStep(kind, 'l1', 10, 20, 'Etikett');
      expect(step).toMatchObject({
        kind,
        laneId: 'l1',
        x: 10,
        y: 20,
        label: 'Etikett',
        width: STEP_KIND_INFO[kind].width,
        height: STEP_KIND_INFO[kind].height,
        linkedProcessId: null,
      });
      expect(stepSchema.parse(step)).toEqual(step);
    }
  });

  it('newConnection defaults to an unlabelled flow', () => {
    const c = newConnection('s1', 's2');
    expect(c).toMatchObject({ kind: 'flow', from: 's1', to: 's2', label: '' });
    expect(c.id).toMatch(/^c-/);
    expect(newConnection('a', 'b', 'information').kind).toBe('information');
  });
});
