import { moveLaneOp } from '../commands/lanes';
import { describe, expect, it } from 'vitest';
import { applyOperation, applyOperations } from '../operations/applyOperation';
import type { Operation } from '../operations/types';
import { aConnection, aProcess, aSmallProcess, aStep } from '../../test/builders';
import { summarizeChange, summarizeOps } from './changeSummary';

describe('summarizeChange', () => {
  const base = aSmallProcess();

  it('names an added step with its lane, and a connection by its ends', () => {
    const after = applyOperation(base, {
      type: 'step.add',
      steps: [aStep('n', 'l2', { label: 'Bedömer ansökan' })],
      connections: [aConnection('cn', 's2', 'n')],
    });
    expect(summarizeChange(base, after)).toEqual([
      { type: 'stepAdded', label: 'Bedömer ansökan', laneId: 'l2' },
      { type: 'connectionAdded', from: 'Steg s2', to: 'Bedömer ansökan' },
    ]);
  });

  it('tells a move to another lane from a rename, and a removal without its connections', () => {
    const moved = applyOperation(base, {
      type: 'step.move',
      placements: [{ id: 's2', laneId: 'l1', x: 260, y: 20 }],
    });
    expect(summarizeChange(base, moved)).toEqual([
      { type: 'stepMovedLane', label: 'Steg s2', laneId: 'l1' },
    ]);
    const renamed = applyOperation(base, { type: 'step.update', id: 's1', patch: { label: 'Ny' } });
    expect(summarizeChange(base, renamed)).toEqual([{ type: 'stepRenamed', label: 'Ny' }]);
    const removed = applyOperation(base, { type: 'step.remove', ids: ['s3'] });
    expect(summarizeChange(base, removed)).toEqual([{ type: 'stepRemoved', label: 'Steg s3' }]);
    // Undo is the same diff the other way round.
    expect(summarizeChange(removed, base)[0]).toEqual({
      type: 'stepAdded',
      label: 'Steg s3',
      laneId: 'l1',
    });
  });

  it('reports a lane reorder and nothing for an unchanged document', () => {
    const reordered = applyOperation(base, moveLaneOp(base, 'l2', 0)!);
    expect(summarizeChange(base, reordered)).toEqual([{ type: 'lanesReordered' }]);
    expect(summarizeChange(base, base)).toEqual([]);
  });
});

describe('summarizeOps', () => {
  it('tells a step added with its connection, then nothing for an operation that changed nothing', () => {
    const doc = aProcess().withLane('l1').withStep('a', 'l1', { label: 'Ansöker' }).build();
    const ops: Operation[] = [
      {
        type: 'step.add',
        steps: [aStep('b', 'l1', { label: 'Bedömer' })],
        connections: [{ id: 'c', kind: 'flow', from: 'a', to: 'b', label: '' }],
      },
    ];
    const after = applyOperations(doc, ops);
    expect(summarizeOps(ops, doc, after)).toEqual([
      { type: 'stepAdded', label: 'Bedömer', laneId: 'l1' },
      { type: 'connectionAdded', from: 'Ansöker', to: 'Bedömer' },
    ]);
    expect(summarizeOps(ops, after, after)).toEqual([]);
  });

  it('tells a lane reorder made by a key', () => {
    const doc = aProcess().withLane('l1').withLane('l2').build();
    const op = moveLaneOp(doc, 'l2', 0)!;
    expect(summarizeOps([op], doc, applyOperations(doc, [op]))).toEqual([
      { type: 'lanesReordered' },
    ]);
  });
});
