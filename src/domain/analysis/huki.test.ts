import { describe, expect, it } from 'vitest';
import { newConnection, newLane, newProcess, newStep } from '../model/factories';
import type { RegisterEntry } from '../model/types';
import { hukiMatrix, manualCell, setManualCell } from './huki';

const register: RegisterEntry[] = [
  { id: 'kund', kind: 'kundgrupp', name: 'Invånare', shortName: '', color: '#fde68a' },
  { id: 'buf', kind: 'forvaltning', name: 'BUF', shortName: '', color: '#dcfce7' },
  { id: 'ksf', kind: 'forvaltning', name: 'KSF', shortName: '', color: '#dbeafe' },
];

function process() {
  const kund = newLane('kund');
  const buf = newLane('buf');
  const ksf = newLane('ksf');
  const need = newStep('need', kund.id, 0, 20, 'Behov');
  const reg = newStep('activity', buf.id, 200, 20, 'Registrera');
  const assess = newStep('activity', buf.id, 400, 20, 'Bedöma');
  const fee = newStep('activity', ksf.id, 600, 20, 'Avgift');
  const doc = newStep('informationObject', ksf.id, 400, 140, 'Inkomstuppgift');
  return {
    steps: { reg, assess, fee },
    process: {
      ...newProcess('P'),
      lanes: [kund, buf, { ...ksf, height: 300 }],
      steps: [need, reg, assess, fee, doc],
      connections: [
        newConnection(need.id, reg.id),
        newConnection(reg.id, assess.id),
        newConnection(assess.id, fee.id),
        newConnection(doc.id, assess.id, 'information'),
      ],
    },
  };
}

describe('HUKI matrix', () => {
  it('is worked out from lanes, flows and information', () => {
    const { process: p } = process();
    const m = hukiMatrix(p, register);
    expect(m.units.map((u) => u.id)).toEqual(['buf', 'ksf']);
    const row = (label: string) =>
      Object.fromEntries(
        [...m.rows.find((r) => r.step.label === label)!.cells].map(([k, v]) => [k, v.value]),
      );
    // BUF has most activities: huvudansvarig throughout.
    expect(row('Registrera')).toEqual({ buf: 'HU', ksf: '' });
    // KSF supplies the income information (K) and takes over next (I).
    expect(row('Bedöma')).toEqual({ buf: 'HU', ksf: 'KI' });
    expect(row('Avgift')).toEqual({ buf: 'H', ksf: 'U' });
  });

  it('lets the group override a cell, or clear it', () => {
    const { process: p, steps } = process();
    const edited = { ...p, huki: { [steps.fee.id]: { ksf: 'HU' as const, buf: '-' as const } } };
    const m = hukiMatrix(edited, register);
    const fee = m.rows.find((r) => r.step.id === steps.fee.id)!;
    expect(fee.cells.get('ksf')).toEqual({ value: 'HU', manual: true });
    expect(fee.cells.get('buf')).toEqual({ value: '', manual: true });
  });
});

describe('ids that are names on Object.prototype', () => {
  // Issue 15: a step `constructor` in a lane of register id `prototype` read
  // Object.prototype as a hand-set cell, and React refused to render it.
  const keys = ['constructor', 'prototype', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

  it('work out like any other id', () => {
    for (const stepId of keys) {
      for (const unitId of keys) {
        const units: RegisterEntry[] = [
          { id: unitId, kind: 'forvaltning', name: 'Enhet', shortName: '', color: '#dcfce7' },
        ];
        const lane = newLane(unitId);
        const step = { ...newStep('activity', lane.id, 0, 20, 'Steg'), id: stepId };
        const m = hukiMatrix({ ...newProcess('P'), lanes: [lane], steps: [step] }, units);
        expect(m.rows[0]!.cells.get(unitId)).toEqual({ value: 'HU', manual: false });
      }
    }
  });

  it('are set and cleared by hand as own cells, never through the prototype', () => {
    for (const stepId of keys) {
      for (const unitId of keys) {
        expect(manualCell({}, stepId, unitId)).toBeUndefined();
        const set = setManualCell({}, stepId, unitId, 'K');
        expect(manualCell(set, stepId, unitId)).toBe('K');
        expect(Object.getPrototypeOf(set)).toBe(Object.prototype);
        expect(Object.keys(set)).toEqual([stepId]);
        expect(JSON.parse(JSON.stringify(set))).toEqual(set);
        expect(setManualCell(set, stepId, unitId, '')).toEqual({});
      }
    }
  });
});
