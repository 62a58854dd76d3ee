import { describe, expect, it } from 'vitest';
import { newConnection, newLane, newProcess, newStep } from '../model/factories';
import type { Finding } from './methodChecks';
import { methodChecks } from './methodChecks';
import { groupFindings } from './methodChecksGrouped';

const hint = (code: Finding['code'], id: string): Finding =>
  code === 'emptyLane'
    ? { code, severity: 'hint', laneId: id }
    : { code, severity: 'hint', stepId: id };

describe('groupFindings', () => {
  it('puts warnings before tips and each kind of tip on one line', () => {
    const found: Finding[] = [
      hint('noObjects', 'a'),
      hint('emptyLane', 'lane'),
      { code: 'deadEnd', severity: 'error', stepId: 'b' },
      hint('noObjects', 'c'),
      { code: 'deadEnd', severity: 'error', stepId: 'd' },
    ];
    const groups = groupFindings(found);
    expect(groups.map((g) => [g.code, g.findings.length])).toEqual([
      ['deadEnd', 1],
      ['deadEnd', 1],
      ['noObjects', 2],
      ['emptyLane', 1],
    ]);
    expect(groups[2]!.findings.map((f) => f.stepId)).toEqual(['a', 'c']);
  });

  it('lifts the one real warning of a long flow without underlag above a single tip line', () => {
    const lane = newLane('buf');
    const need = newStep('need', lane.id, 0, 20, 'Behov');
    const work = Array.from({ length: 20 }, (_, i) =>
      newStep('activity', lane.id, 200 * (i + 1), 20, `Steg ${i + 1}`),
    );
    const chain = [need, ...work];
    const process = {
      ...newProcess('P'),
      lanes: [lane],
      steps: chain,
      connections: chain.slice(1).map((s, i) => newConnection(chain[i]!.id, s.id)),
    };
    const register = [
      { id: 'buf', kind: 'forvaltning' as const, name: 'BUF', shortName: '', color: '#fff' },
    ];
    const groups = groupFindings(methodChecks(process, register));
    expect(groups.map((g) => [g.severity, g.code, g.findings.length])).toEqual([
      ['error', 'noOutcome', 1],
      ['error', 'deadEnd', 1],
      ['hint', 'noObjects', 20],
    ]);
    expect(groups[2]!.findings.map((f) => f.stepId)).toEqual(work.map((s) => s.id));
  });

  it('leaves nothing to group as it was', () => {
    expect(groupFindings([])).toEqual([]);
  });
});
