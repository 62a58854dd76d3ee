import { describe, expect, it } from 'vitest';
import { newConnection, newLane, newProcess, newStep } from '../model/factories';
import type { RegisterEntry } from '../model/types';
import { applyOperation } from '../operations/applyOperation';
import { compareProcesses, toBeFrom } from './compare';

const register: RegisterEntry[] = [
  { id: 'kund', kind: 'kundgrupp', name: 'Invånare', shortName: '', color: '#fde68a' },
  { id: 'buf', kind: 'forvaltning', name: 'BUF', shortName: '', color: '#dcfce7' },
  { id: 'ksf', kind: 'forvaltning', name: 'KSF', shortName: '', color: '#dbeafe' },
];

describe('as-is and to-be', () => {
  it('a to-be starts as a linked copy with the same steps', () => {
    const asIs = { ...newProcess('Bygglov'), status: 'faststalld' as const };
    const toBe = toBeFrom(
      asIs,
      'p-tobe',
      'Bygglov – önskat läge',
      new Date('2026-11-25T06:00:00Z'),
    );
    expect(toBe).toMatchObject({
      id: 'p-tobe',
      variant: 'onskat',
      status: 'utkast',
      asIsId: asIs.id,
    });
    expect(toBe.steps).toBe(asIs.steps);
  });

  it('reports fewer handovers when two steps move into one unit, and lists every change', () => {
    const kund = newLane('kund');
    const buf = newLane('buf');
    const ksf = newLane('ksf');
    const need = newStep('need', kund.id, 0, 20, 'Behov');
    const reg = newStep('activity', ksf.id, 200, 20, 'Registrera');
    const assess = newStep('activity', buf.id, 400, 20, 'Bedöma');
    const send = newStep('activity', ksf.id, 600, 20, 'Skicka beslut');
    const end = newStep('outcome', kund.id, 800, 20, 'Har beslut');
    const asIs = {
      ...newProcess('Nu'),
      lanes: [kund, buf, ksf],
      steps: [need, reg, assess, send, end],
      connections: [
        newConnection(need.id, reg.id),
        newConnection(reg.id, assess.id),
        newConnection(assess.id, send.id),
        newConnection(send.id, end.id),
      ],
    };
    let toBe = toBeFrom(asIs, 'p-2', 'Sedan');
    toBe = applyOperation(toBe, {
      type: 'step.move',
      placements: [
        { id: reg.id, laneId: buf.id, x: 200, y: 20 },
        { id: send.id, laneId: buf.id, x: 600, y: 20 },
      ],
    });
    toBe = applyOperation(toBe, {
      type: 'step.update',
      id: assess.id,
      patch: { label: 'Bedöma direkt' },
    });
    const extra = newStep('activity', buf.id, 700, 20, 'Ringa sökande');
    toBe = applyOperation(toBe, { type: 'step.add', steps: [extra] });

    const c = compareProcesses(asIs, toBe, register);
    expect(c.before.handovers).toBe(2);
    expect(c.after.handovers).toBe(0);
    expect(c.movedUnit.map((m) => [m.step.label, m.fromUnit, m.toUnit])).toEqual([
      ['Registrera', 'ksf', 'buf'],
      ['Skicka beslut', 'ksf', 'buf'],
    ]);
    expect(c.relabelled.map((r) => [r.before.label, r.after.label])).toEqual([
      ['Bedöma', 'Bedöma direkt'],
    ]);
    expect(c.added.map((s) => s.label)).toEqual(['Ringa sökande']);
    expect(c.removed).toEqual([]);
    const removedToo = compareProcesses(toBe, asIs, register);
    expect(removedToo.removed.map((s) => s.label)).toEqual(['Ringa sökande']);
  });

  it('lists only flow steps as moved: a problem that followed its step is not a change', () => {
    const buf = newLane('buf');
    const ksf = newLane('ksf');
    const act = newStep('activity', ksf.id, 200, 20, 'Beräknar avgift');
    const problem = newStep('problem', ksf.id, 200, 140, 'Inkomst saknas');
    const asIs = {
      ...newProcess('Nu'),
      lanes: [buf, ksf],
      steps: [act, problem],
      connections: [newConnection(problem.id, act.id)],
    };
    const toBe = applyOperation(toBeFrom(asIs, 'p-2', 'Sedan'), {
      type: 'step.move',
      placements: [
        { id: act.id, laneId: buf.id, x: 200, y: 20 },
        { id: problem.id, laneId: buf.id, x: 200, y: 140 },
      ],
    });
    const c = compareProcesses(asIs, toBe, register);
    expect(c.movedUnit.map((m) => m.step.label)).toEqual(['Beräknar avgift']);
  });
});
