import { describe, expect, it } from 'vitest';
import { newConnection, newLane, newProcess, newStep } from '../model/factories';
import type { Duration, Process, RegisterEntry, Step, StepKind } from '../model/types';
import { keyFigures, minutesOf } from './keyFigures';

const register: RegisterEntry[] = [
  { id: 'kund', kind: 'kundgrupp', name: 'Invånare', shortName: '', color: '#fde68a' },
  { id: 'buf', kind: 'forvaltning', name: 'BUF', shortName: '', color: '#dcfce7' },
  { id: 'ksf', kind: 'forvaltning', name: 'KSF', shortName: '', color: '#dbeafe' },
  { id: 'bolag', kind: 'bolag', name: 'Bostadsbolaget', shortName: '', color: '#fae8ff' },
  { id: 'ext', kind: 'extern', name: 'Försäkringskassan', shortName: '', color: '#ffedd5' },
];

/** A tiny builder: lanes by register id, steps as `lane:kind:label`, flows as `a>b`. */
function flow(
  lanes: string[],
  steps: Record<
    string,
    [string, StepKind, { active?: Duration; waiting?: Duration; va?: boolean }?]
  >,
  flows: string[],
): Process {
  const laneBy = new Map<string, ReturnType<typeof newLane>>();
  // The same register entry may be used by two lanes ("buf#2").
  for (const l of lanes) laneBy.set(l, newLane(l.split('#')[0]!));
  const made = new Map<string, Step>();
  let x = 0;
  for (const [name, [lane, kind, t]] of Object.entries(steps)) {
    const step = newStep(kind, laneBy.get(lane)!.id, (x += 200), 20, name);
    step.properties.activeTime = t?.active ?? null;
    step.properties.waitingTime = t?.waiting ?? null;
    step.properties.valueAdding = t?.va ?? null;
    made.set(name, step);
  }
  return {
    ...newProcess('P'),
    lanes: [...laneBy.values()],
    steps: [...made.values()],
    connections: flows.map((f) => {
      const [a, b] = f.split('>');
      return newConnection(made.get(a!)!.id, made.get(b!)!.id);
    }),
  };
}

const h = (value: number): Duration => ({ value, unit: 'h' });
const d = (value: number): Duration => ({ value, unit: 'd' });

describe('key figures', () => {
  it('counts handovers between units, not within a unit or with the customer', () => {
    const p = flow(
      ['kund', 'buf', 'buf#2', 'ksf'],
      {
        need: ['kund', 'need'],
        apply: ['kund', 'activity'],
        register: ['ksf', 'activity'],
        assess: ['buf', 'activity'],
        check: ['buf#2', 'decision'],
        decide: ['buf', 'activity'],
        answer: ['kund', 'outcome'],
      },
      [
        'need>apply',
        'apply>register', // customer contact, not a handover
        'register>assess', // handover KSF → BUF
        'assess>check', // two lanes, one unit: no handover
        'check>decide',
        'decide>answer', // customer contact
      ],
    );
    const k = keyFigures(p, register);
    expect(k.handovers).toBe(1);
    expect(k.handoverPairs).toEqual([{ from: 'ksf', to: 'buf', count: 1 }]);
    expect(k.handoversAcrossOrganisations).toBe(1);
    expect(k.customerContacts).toBe(2);
    expect(k.unitsInvolved).toBe(2);
    expect(k.lanesUsed).toBe(4);
    expect(k.activities).toBe(4);
    expect(k.decisions).toBe(1);
    expect(k.handoverConnectionIds).toEqual([p.connections[2]!.id]);
  });

  it('tells an external partner apart from an organisation border, and counts back-and-forth', () => {
    const p = flow(
      ['buf', 'ext', 'bolag'],
      {
        a: ['buf', 'need'],
        b: ['ext', 'activity'],
        c: ['buf', 'activity'],
        e: ['bolag', 'activity'],
        f: ['buf', 'outcome'],
      },
      ['a>b', 'b>c', 'c>e', 'e>f'],
    );
    const k = keyFigures(p, register);
    expect(k.handovers).toBe(4);
    // BUF → Försäkringskassan and back are handovers, but the partner is no förvaltning/bolag.
    expect(k.handoversAcrossOrganisations).toBe(2);
    // Back to BUF twice after leaving it: b>c and e>f.
    expect(k.backAndForth).toBe(2);
  });

  it('counts back-and-forth through a loop only once per returning flow', () => {
    const p = flow(
      ['buf', 'ksf'],
      { s: ['buf', 'need'], x: ['buf', 'activity'], y: ['ksf', 'decision'], z: ['buf', 'outcome'] },
      ['s>x', 'x>y', 'y>x', 'y>z'],
    );
    const k = keyFigures(p, register);
    expect(k.handovers).toBe(3);
    expect(k.backAndForth).toBe(2); // y>x and y>z both return to BUF
  });

  it('finds the longest and shortest lead time across branches, loops taken once', () => {
    const p = flow(
      ['kund', 'buf'],
      {
        need: ['kund', 'need'],
        apply: ['kund', 'activity', { active: h(1), va: true }],
        check: ['buf', 'decision', { active: h(2) }],
        fix: ['kund', 'activity', { active: h(1), waiting: d(5) }],
        decide: ['buf', 'activity', { active: h(3), waiting: d(10), va: true }],
        done: ['kund', 'outcome'],
      },
      ['need>apply', 'apply>check', 'check>fix', 'fix>check', 'check>decide', 'decide>done'],
    );
    const k = keyFigures(p, register);
    const label = (ids: string[]) => ids.map((id) => p.steps.find((s) => s.id === id)!.label);
    // The loop back (fix > check) is dropped; longest still cannot go through fix to the end.
    expect(label(k.longest!.stepIds)).toEqual(['need', 'apply', 'check', 'decide', 'done']);
    expect(k.longest!.minutes).toBe(60 + 120 + 180 + 10 * 1440);
    expect(k.longest!.valueAddingMinutes).toBe(60 + 180);
    expect(k.shortest!.minutes).toBe(k.longest!.minutes);
  });

  it('picks different paths for longest and shortest when branches differ', () => {
    const p = flow(
      ['buf'],
      {
        n: ['buf', 'need'],
        q: ['buf', 'decision'],
        fast: ['buf', 'activity', { active: h(1) }],
        slow: ['buf', 'activity', { active: h(1), waiting: { value: 2, unit: 'w' } }],
        o: ['buf', 'outcome'],
      },
      ['n>q', 'q>fast', 'q>slow', 'fast>o', 'slow>o'],
    );
    const k = keyFigures(p, register);
    expect(k.shortest!.minutes).toBe(60);
    expect(k.longest!.minutes).toBe(60 + 2 * 7 * 1440);
  });

  it('has no lead time without a path from a need to an outcome', () => {
    const p = flow(['buf'], { a: ['buf', 'activity'], b: ['buf', 'outcome'] }, ['a>b']);
    expect(keyFigures(p, register).longest).toBeNull();
    expect(keyFigures(p, register).shortest).toBeNull();
  });

  it('converts durations to minutes (days and weeks as calendar time)', () => {
    expect(minutesOf({ value: 30, unit: 'min' })).toBe(30);
    expect(minutesOf({ value: 1.5, unit: 'h' })).toBe(90);
    expect(minutesOf({ value: 1, unit: 'w' })).toBe(7 * 24 * 60);
    expect(minutesOf(null)).toBe(0);
  });
});
