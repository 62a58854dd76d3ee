import { describe, expect, it } from 'vitest';
import type { Process, RegisterEntry } from '../../domain/model/types';
import { applyOperation } from '../../domain/operations/applyOperation';
import { aProcess, anEntry } from '../../test/builders';
import { initialChoice, parkedToStepOps, type ParkedChoice } from './parkedToStep';

const entries = [anEntry('r-inv', 'Invånare', 'kundgrupp'), anEntry('r-buf', 'BUF')];
const register = new Map<string, RegisterEntry>(entries.map((e) => [e.id, e]));

/** need → a1 in BUF, with an idea attached to a1; two notes parked. */
const doc = aProcess()
  .withLane('inv', { registerId: 'r-inv' })
  .withLane('buf', { registerId: 'r-buf' })
  .withStep('need', 'inv', { kind: 'need' })
  .withStep('a1', 'buf')
  .withStep('idea', 'buf', { kind: 'improvement' })
  .withConnection('c1', 'need', 'a1')
  .withConnection('c2', 'idea', 'a1', { kind: 'information' })
  .with({
    parkingLot: [
      { id: 'n0', text: 'Vem betalar resan?', order: 'a0' },
      { id: 'n1', text: 'Skickar beslut', order: 'a1' },
    ],
  })
  .build();

function apply(choice: ParkedChoice, index = 1, newLane?: RegisterEntry): Process {
  const made = parkedToStepOps(doc, register, `n${index}`, choice, newLane)!;
  return made.ops.reduce((d, op) => applyOperation(d, op), doc);
}
const added = (after: Process) => after.steps.find((s) => !doc.steps.some((d) => d.id === s.id))!;

describe('initialChoice', () => {
  it('makes a question an activity: only the person makes it a decision', () => {
    expect(initialChoice(doc, register, 'Vem betalar resan?', undefined)).toMatchObject({
      kind: 'activity',
      label: 'Vem betalar resan?',
    });
  });

  it('follows the step an idea is attached to when the idea is selected, in its lane', () => {
    expect(initialChoice(doc, register, 'Skickar beslut', 'idea')).toMatchObject({
      afterId: 'a1',
      laneId: 'buf',
    });
  });

  it('reads a lane and a kind from the note', () => {
    expect(initialChoice(doc, register, 'vänta: Invånare: Väntar på svar', 'a1')).toMatchObject({
      kind: 'wait',
      laneId: 'inv',
      label: 'Väntar på svar',
      afterId: 'a1',
    });
    expect(initialChoice(doc, register, 'Färdtjänsten: Bokar resa', 'a1')).toMatchObject({
      laneId: null,
      newLaneName: 'Färdtjänsten',
    });
  });
});

describe('parkedToStepOps', () => {
  const choice: ParkedChoice = {
    label: 'Skickar beslut',
    kind: 'activity',
    laneId: 'buf',
    newLaneName: null,
    afterId: 'a1',
  };

  it('adds the step after the chosen step and takes the note off the lot', () => {
    const after = apply(choice);
    const step = added(after);
    expect(step).toMatchObject({ kind: 'activity', laneId: 'buf', label: 'Skickar beslut' });
    expect(after.connections.some((c) => c.from === 'a1' && c.to === step.id)).toBe(true);
    expect(after.parkingLot.map((n) => n.text)).toEqual(['Vem betalar resan?']);
  });

  it('never draws a flow arrow out of an idea', () => {
    const after = apply({ ...choice, afterId: 'idea' });
    expect(after.connections.filter((c) => c.to === added(after).id)).toEqual([]);
  });

  it('makes a decision when the person chooses it', () => {
    expect(added(apply({ ...choice, kind: 'decision' }, 0)).kind).toBe('decision');
  });

  it('adds the lane the note names, in the same operations', () => {
    const lane = anEntry('r-new', 'Färdtjänsten');
    const after = apply({ ...choice, laneId: null, newLaneName: 'Färdtjänsten' }, 1, lane);
    const newLane = after.lanes.find((l) => l.registerId === 'r-new')!;
    expect(added(after).laneId).toBe(newLane.id);
  });

  it('refuses an empty text', () => {
    expect(parkedToStepOps(doc, register, 'n1', { ...choice, label: '  ' })).toBeNull();
  });
});
