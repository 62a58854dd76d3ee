import { describe, expect, it } from 'vitest';
import { newConnection, newLane, newProcess, newStep } from '../model/factories';
import type { RegisterEntry } from '../model/types';
import { involvementMatrix } from './involvement';

const register: RegisterEntry[] = [
  { id: 'kund', kind: 'kundgrupp', name: 'Invånare', shortName: '', color: '#fde68a' },
  { id: 'buf', kind: 'forvaltning', name: 'BUF', shortName: '', color: '#dcfce7' },
  { id: 'ksf', kind: 'forvaltning', name: 'KSF', shortName: '', color: '#dbeafe' },
  { id: 'tf', kind: 'forvaltning', name: 'TF', shortName: '', color: '#e2e8f0' },
];

describe('involvement matrix', () => {
  it('counts each unit’s steps and handovers per process, customers left out', () => {
    const kund = newLane('kund');
    const buf = newLane('buf');
    const ksf = newLane('ksf');
    const a = newStep('need', kund.id, 0, 20, 'a');
    const b = newStep('activity', buf.id, 200, 20, 'b');
    const c = newStep('activity', buf.id, 400, 20, 'c');
    const d = newStep('activity', ksf.id, 600, 20, 'd');
    const one = {
      ...newProcess('Ett'),
      lanes: [kund, buf, ksf],
      steps: [a, b, c, d],
      connections: [
        newConnection(a.id, b.id),
        newConnection(b.id, c.id),
        newConnection(c.id, d.id),
      ],
    };
    const two = { ...newProcess('Två'), lanes: [newLane('ksf')], steps: [] };
    const m = involvementMatrix([one, two], register);
    expect(m.units.map((u) => u.id)).toEqual(['buf', 'ksf']);
    expect(m.rows[0]!.cells.get('buf')).toEqual({ steps: 2, handovers: 1 });
    expect(m.rows[0]!.cells.get('ksf')).toEqual({ steps: 1, handovers: 1 });
    expect(m.rows[0]!.cells.has('kund')).toBe(false);
    expect(m.rows[1]!.cells.size).toBe(0);
  });
});
