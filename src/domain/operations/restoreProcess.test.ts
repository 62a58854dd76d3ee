import { describe, expect, it } from 'vitest';
import { aSmallProcess, deepFreeze } from '../../test/builders';
import { applyOperation } from './applyOperation';

const NOW = new Date('2026-03-01T12:00:00.000Z');

describe('process.restore', () => {
  it("replaces the content with the version's, keeping the document's id and creation time", () => {
    const doc = deepFreeze(aSmallProcess());
    const version = { ...aSmallProcess(), id: 'p-other', createdAt: '2020-01-01T00:00:00.000Z' };
    version.title = 'Som förut';
    version.steps = version.steps.slice(0, 1);
    version.connections = [];
    const next = applyOperation(doc, { type: 'process.restore', process: version }, NOW);
    expect(next).toEqual({
      ...version,
      id: doc.id,
      createdAt: doc.createdAt,
      changedAt: NOW.toISOString(),
    });
  });

  it('is no change when the version holds what the document holds', () => {
    const doc = aSmallProcess();
    const version = { ...structuredClone(doc), changedAt: '2020-01-01T00:00:00.000Z' };
    expect(applyOperation(doc, { type: 'process.restore', process: version }, NOW)).toBe(doc);
  });
});
