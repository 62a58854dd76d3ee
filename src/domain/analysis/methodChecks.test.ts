import { describe, expect, it } from 'vitest';
import { newConnection, newLane, newProcess, newStep } from '../model/factories';
import type { RegisterEntry } from '../model/types';
import { methodChecks } from './methodChecks';

const register: RegisterEntry[] = [
  { id: 'buf', kind: 'forvaltning', name: 'BUF', shortName: '', color: '#dcfce7' },
];

function base() {
  const lane = newLane('buf');
  const empty = newLane('buf');
  const need = newStep('need', lane.id, 0, 20, 'Behov');
  const check = newStep('decision', lane.id, 200, 20, 'Komplett?');
  const work = newStep('activity', lane.id, 400, 20, 'Handlägga');
  const end = newStep('outcome', lane.id, 600, 20, 'Beslut');
  const doc = newStep('informationObject', lane.id, 400, 160, 'Ansökan');
  const yes = { ...newConnection(check.id, work.id), label: 'Ja' };
  const no = { ...newConnection(check.id, end.id), label: 'Nej' };
  return {
    lane,
    empty,
    steps: { need, check, work, end, doc },
    process: {
      ...newProcess('P'),
      lanes: [{ ...lane, height: 300 }, empty],
      steps: [need, check, work, end, doc],
      connections: [
        newConnection(need.id, check.id),
        yes,
        no,
        newConnection(work.id, end.id),
        newConnection(doc.id, work.id, 'information'),
      ],
    },
  };
}

const codes = (f: ReturnType<typeof methodChecks>) => f.map((x) => x.code).sort();

describe('method checks', () => {
  it('a sound flow only hints at the empty lane', () => {
    const { process, empty } = base();
    expect(methodChecks(process, register)).toEqual([
      { code: 'emptyLane', severity: 'hint', laneId: empty.id },
    ]);
  });

  it('finds a missing need and outcome', () => {
    const { process, steps } = base();
    const bare = {
      ...process,
      lanes: [process.lanes[0]!],
      steps: [steps.work],
      connections: [],
    };
    expect(codes(methodChecks(bare, register))).toEqual([
      'deadEnd',
      'noNeed',
      'noObjects',
      'noOutcome',
    ]);
  });

  it('names the unreachable step, the dead end, and the decision without two labelled ways', () => {
    const { process, steps } = base();
    const stray = newStep('activity', steps.work.laneId, 800, 20, 'Lös');
    const broken = {
      ...process,
      lanes: [process.lanes[0]!],
      steps: [...process.steps, stray],
      connections: process.connections
        .filter((c) => !(c.from === steps.work.id && c.to === steps.end.id))
        .map((c) => (c.label === 'Nej' ? { ...c, label: '' } : c)),
    };
    const found = methodChecks(broken, register);
    const about = (code: string) => found.filter((f) => f.code === code).map((f) => f.stepId);
    expect(about('unreachable')).toEqual([stray.id]);
    expect(about('deadEnd').sort()).toEqual([steps.work.id, stray.id].sort());
    expect(about('decisionOutcomes')).toEqual([steps.check.id]);
    expect(about('noObjects')).toEqual([stray.id]);
  });

  it('flags an activity whose lane points at no unit', () => {
    const { process, steps } = base();
    const found = methodChecks(process, []);
    expect(found.filter((f) => f.code === 'unknownUnit').map((f) => f.stepId)).toEqual([
      steps.work.id,
    ]);
  });
});
