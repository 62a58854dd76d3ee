import { describe, expect, it } from 'vitest';
import { newLane, newProcess, newStep } from '../model/factories';
import { stepsByLane } from './readingOrder';

describe('stepsByLane', () => {
  it('reads lane by lane in lane order, left to right within a lane', () => {
    const top = newLane('kg-invanare');
    const bottom = newLane('u-buf');
    const steps = [
      newStep('activity', bottom.id, 300, 20, 'Besluta'),
      newStep('need', top.id, 0, 20, 'Behöver plats'),
      newStep('activity', bottom.id, 100, 20, 'Bedöma'),
      newStep('outcome', top.id, 500, 20, 'Har plats'),
    ];
    const process = { ...newProcess('P'), lanes: [top, bottom], steps };
    const reading = stepsByLane(process);
    expect(reading.map((r) => r.lane.id)).toEqual([top.id, bottom.id]);
    expect(reading.map((r) => r.steps.map((s) => s.label))).toEqual([
      ['Behöver plats', 'Har plats'],
      ['Bedöma', 'Besluta'],
    ]);
  });
});
