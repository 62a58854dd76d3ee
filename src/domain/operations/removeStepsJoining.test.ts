import { describe, expect, it } from 'vitest';
import type { Process } from '../model/types';
import { aProcess, aSmallProcess, deepFreeze } from '../../test/builders';
import { applyOperation } from './applyOperation';
import { planStepRemoval } from './removeStepsJoining';

const removeAll = (doc: Process, ids: string[]) => {
  const plan = planStepRemoval(deepFreeze(doc), ids);
  return { plan, after: plan.ops.reduce((d, op) => applyOperation(d, op), doc) };
};
const flows = (doc: Process) =>
  doc.connections.filter((c) => c.kind === 'flow').map((c) => `${c.from}→${c.to}`);

/** A → B → C, with a problem and an idea on B and an underlag shared by B and C. */
function chain(): Process {
  return aProcess()
    .withLane('l1')
    .withStep('a', 'l1', { kind: 'need' })
    .withStep('b', 'l1')
    .withStep('c', 'l1', { kind: 'outcome' })
    .withStep('p', 'l1', { kind: 'problem' })
    .withStep('i', 'l1', { kind: 'improvement' })
    .withStep('u', 'l1', { kind: 'informationObject' })
    .withStep('free', 'l1', { kind: 'note' })
    .withConnection('ab', 'a', 'b', { label: 'Ja' })
    .withConnection('bc', 'b', 'c')
    .withConnection('pb', 'p', 'b', { kind: 'information' })
    .withConnection('ib', 'i', 'b', { kind: 'information' })
    .withConnection('ub', 'u', 'b', { kind: 'information' })
    .withConnection('uc', 'u', 'c', { kind: 'information' })
    .build();
}

describe('planStepRemoval', () => {
  it('joins the neighbours of a middle step, keeping the incoming label', () => {
    const { plan, after } = removeAll(chain(), ['b']);
    expect(flows(after)).toEqual(['a→c']);
    expect(after.connections.find((c) => c.from === 'a')?.label).toBe('Ja');
    expect(plan.joined).toHaveLength(1);
  });

  it('takes along the items attached only to the removed step, and nothing else', () => {
    const { plan, after } = removeAll(chain(), ['b']);
    expect(plan.attachedIds.sort()).toEqual(['i', 'p']);
    expect(after.steps.map((s) => s.id).sort()).toEqual(['a', 'c', 'free', 'u']);
    // The underlag still belongs to C.
    expect(after.connections.some((c) => c.from === 'u' && c.to === 'c')).toBe(true);
  });

  it('takes an item shared by two removed steps along', () => {
    const { plan } = removeAll(chain(), ['b', 'c']);
    expect(plan.attachedIds.sort()).toEqual(['i', 'p', 'u']);
  });

  it('joins across a run of removed steps', () => {
    const doc = aProcess()
      .withLane('l1')
      .withStep('a', 'l1')
      .withStep('b', 'l1')
      .withStep('c', 'l1')
      .withStep('d', 'l1')
      .withConnection('ab', 'a', 'b')
      .withConnection('bc', 'b', 'c')
      .withConnection('cd', 'c', 'd')
      .build();
    expect(flows(removeAll(doc, ['b', 'c']).after)).toEqual(['a→d']);
  });

  it('leaves a branch or a merge for the person to connect', () => {
    const doc = aProcess()
      .withLane('l1')
      .withStep('a', 'l1')
      .withStep('d', 'l1', { kind: 'decision' })
      .withStep('y', 'l1')
      .withStep('n', 'l1')
      .withConnection('ad', 'a', 'd')
      .withConnection('dy', 'd', 'y', { label: 'Ja' })
      .withConnection('dn', 'd', 'n', { label: 'Nej' })
      .build();
    const { plan, after } = removeAll(doc, ['d']);
    expect(plan.joined).toEqual([]);
    expect(flows(after)).toEqual([]);
  });

  it('does not join twice nor make a step lead to itself', () => {
    const already = aProcess()
      .withLane('l1')
      .withStep('a', 'l1')
      .withStep('b', 'l1')
      .withStep('c', 'l1')
      .withConnection('ab', 'a', 'b')
      .withConnection('bc', 'b', 'c')
      .withConnection('ac', 'a', 'c')
      .build();
    expect(flows(removeAll(already, ['b']).after)).toEqual(['a→c']);
    const loop = aProcess()
      .withLane('l1')
      .withStep('a', 'l1')
      .withStep('b', 'l1')
      .withConnection('ab', 'a', 'b')
      .withConnection('ba', 'b', 'a')
      .build();
    expect(removeAll(loop, ['b']).plan.joined).toEqual([]);
  });

  it('does not join over an end of the flow', () => {
    const { plan, after } = removeAll(aSmallProcess(), ['s1']);
    expect(plan.joined).toEqual([]);
    expect(flows(after)).toEqual(['s2→s3']);
  });

  it('is one operation list, so the store makes it one undo step; unknown ids do nothing', () => {
    expect(planStepRemoval(chain(), ['b']).ops.map((o) => o.type)).toEqual([
      'step.remove',
      'connection.add',
    ]);
    expect(planStepRemoval(chain(), ['nope']).ops).toEqual([]);
  });
});
