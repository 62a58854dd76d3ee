import { describe, expect, it } from 'vitest';
import { newLane, newProcess, newStep } from '../model/factories';
import { methodProgress } from './methodGuide';

describe('method guide', () => {
  it('a new process has done nothing yet', () => {
    expect(Object.values(methodProgress(newProcess('P'))).some(Boolean)).toBe(false);
  });

  it('ticks each step from what the process holds', () => {
    const lane = newLane('buf');
    const steps = [
      newStep('need', lane.id, 0, 20, 'Behov'),
      newStep('activity', lane.id, 200, 20, 'A'),
      newStep('activity', lane.id, 400, 20, 'B'),
      newStep('decision', lane.id, 600, 20, 'C?'),
      newStep('problem', lane.id, 200, 140, 'Skaver'),
      newStep('outcome', lane.id, 800, 20, 'Klart'),
    ];
    const asIs = {
      ...newProcess('P'),
      purpose: 'Att barn får plats',
      customerGroupIds: ['kg-invanare'],
      lanes: [{ ...lane, height: 300 }],
      steps,
    };
    expect(methodProgress(asIs)).toEqual({
      purpose: true,
      needOutcome: true,
      asIs: true,
      problems: true,
      toBe: false,
      measures: false,
      actions: false,
    });
    const toBe = {
      ...asIs,
      variant: 'onskat' as const,
      measures: [{ id: 'm1', name: 'Ledtid', target: '4 veckor', order: 'a0' }],
      actions: 'Införa e-tjänst',
    };
    expect(Object.values(methodProgress(toBe)).every(Boolean)).toBe(true);
  });
});
