import { describe, expect, it } from 'vitest';
import { aProcess } from '../../test/builders';
import { defaultPrevious, previousCandidates } from './previousStep';

/** need → a1 → result; an idea attached to a1, a note on its own, and a problem on two steps. */
const doc = aProcess()
  .withLane('l1')
  .withStep('need', 'l1', { kind: 'need' })
  .withStep('a1', 'l1')
  .withStep('result', 'l1', { kind: 'outcome' })
  .withStep('idea', 'l1', { kind: 'improvement' })
  .withStep('note', 'l1', { kind: 'note' })
  .withStep('shared', 'l1', { kind: 'problem' })
  .withConnection('c1', 'need', 'a1')
  .withConnection('c2', 'a1', 'result')
  .withConnection('c3', 'idea', 'a1', { kind: 'information' })
  .withConnection('c4', 'shared', 'a1', { kind: 'information' })
  .withConnection('c5', 'shared', 'need', { kind: 'information' })
  .build();

describe('defaultPrevious', () => {
  it('follows the selected flow step, even a result when it is chosen', () => {
    expect(defaultPrevious(doc, 'need')?.id).toBe('need');
    expect(defaultPrevious(doc, 'result')?.id).toBe('result');
  });

  it('never follows an idea: it stands for the step the idea is attached to', () => {
    expect(defaultPrevious(doc, 'idea')?.id).toBe('a1');
  });

  it('falls back to the last flow step that does not end the flow', () => {
    expect(defaultPrevious(doc, undefined)?.id).toBe('a1');
    // A free note, or a problem on two steps, does not say which one.
    expect(defaultPrevious(doc, 'note')?.id).toBe('a1');
    expect(defaultPrevious(doc, 'shared')?.id).toBe('a1');
  });

  it('follows nothing in a process without flow steps', () => {
    const notes = aProcess().withLane('l1').withStep('n', 'l1', { kind: 'note' }).build();
    expect(defaultPrevious(notes, 'n')).toBeUndefined();
  });
});

describe('previousCandidates', () => {
  it('offers flow steps only', () => {
    expect(previousCandidates(doc).map((s) => s.id)).toEqual(['need', 'a1', 'result']);
  });
});
