import { describe, expect, it } from 'vitest';
import { processSchema, stepSchema, STEP_KINDS } from '../schema/process';
import { keyFigures } from '../analysis/keyFigures';
import { DEFAULT_REGISTER } from '../register/defaultRegister';
import { anEntry } from '../../test/builders';
import {
  newConnection,
  newLane,
  newProcess,
  newStartedProcess,
  newStep,
  startingCustomer,
} from './factories';
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

  it('newStartedProcess starts with the need in the customer lane and the result, unconnected', () => {
    const p = newStartedProcess('Nytt körkort', 'kg-invanare', {
      need: 'Behov',
      outcome: 'Resultat',
    });
    expect(processSchema.parse(p)).toEqual(p);
    expect(p.lanes).toHaveLength(1);
    expect(p.lanes[0]!.registerId).toBe('kg-invanare');
    expect(p.steps.map((s) => [s.kind, s.label, s.laneId])).toEqual([
      ['need', 'Behov', p.lanes[0]!.id],
      ['outcome', 'Resultat', p.lanes[0]!.id],
    ]);
    const [need, outcome] = p.steps;
    expect(outcome!.x).toBeGreaterThan(need!.x + need!.width);
    expect(p.connections).toEqual([]);
    // No made-up lead time until steps join the two.
    expect(keyFigures(p, DEFAULT_REGISTER).longest).toBeNull();
  });

  it('startingCustomer picks Invånare, else the first customer group, else brings Invånare back', () => {
    expect(startingCustomer(DEFAULT_REGISTER)).toMatchObject({
      entry: { id: 'kg-invanare' },
      isNew: false,
    });
    const noInvanare = [anEntry('u-x', 'BUF'), anEntry('kg-x', 'Elever', 'kundgrupp')];
    expect(startingCustomer(noInvanare)).toMatchObject({ entry: { id: 'kg-x' }, isNew: false });
    expect(startingCustomer([anEntry('u-x', 'BUF')])).toMatchObject({
      entry: { id: 'kg-invanare', kind: 'kundgrupp', name: 'Invånare' },
      isNew: true,
    });
    const taken = startingCustomer([anEntry('kg-invanare', 'Omdöpt', 'forvaltning')]);
    expect(taken.isNew).toBe(true);
    expect(taken.entry.id).not.toBe('kg-invanare');
  });
});
