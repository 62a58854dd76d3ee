import { describe, expect, it } from 'vitest';
import { newConnection, newLane, newProcess, newStep } from '../model/factories';
import { flowOrder } from './flowOrder';

describe('flowOrder', () => {
  it('tells the flow from the need, upper branch first, loops once, strays last', () => {
    const lane = newLane('u-buf');
    const need = newStep('need', lane.id, 500, 20, 'behov');
    const check = newStep('decision', lane.id, 100, 20, 'komplett?');
    const yes = newStep('activity', lane.id, 300, 20, 'ja');
    const no = newStep('activity', lane.id, 300, 200, 'nej');
    const end = newStep('outcome', lane.id, 0, 20, 'klart');
    const stray = newStep('note', lane.id, 50, 300, 'lös');
    const process = {
      ...newProcess('P'),
      lanes: [{ ...lane, height: 400 }],
      steps: [stray, end, no, yes, check, need],
      connections: [
        newConnection(need.id, check.id),
        newConnection(check.id, no.id),
        newConnection(check.id, yes.id),
        newConnection(no.id, check.id),
        newConnection(yes.id, end.id),
      ],
    };
    expect(flowOrder(process).map((s) => s.label)).toEqual([
      'behov',
      'komplett?',
      'ja',
      'nej',
      'klart',
      'lös',
    ]);
  });
});
