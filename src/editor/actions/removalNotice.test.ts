import { describe, expect, it } from 'vitest';
import { planStepRemoval } from '../../domain/operations/removeStepsJoining';
import { aProcess } from '../../test/builders';
import { removalNotice } from './removalNotice';

const doc = aProcess()
  .withLane('l1')
  .withStep('a', 'l1', { label: 'Ansöker' })
  .withStep('b', 'l1', { label: 'Registrerar' })
  .withStep('c', 'l1', { label: 'Beslutar' })
  .withStep('p', 'l1', { kind: 'problem', label: 'Dubbelregistrering' })
  .withConnection('ab', 'a', 'b')
  .withConnection('bc', 'b', 'c')
  .withConnection('pb', 'p', 'b', { kind: 'information' })
  .build();

describe('removalNotice', () => {
  it('names the joined steps and what went along', () => {
    expect(removalNotice(doc, planStepRemoval(doc, ['b']))).toEqual({
      key: 'remove.joinedAttached',
      params: { from: 'Ansöker', to: 'Beslutar', names: 'Dubbelregistrering' },
    });
  });

  it('says nothing when only the selection went', () => {
    expect(removalNotice(doc, planStepRemoval(doc, ['p']))).toBeNull();
    expect(removalNotice(doc, planStepRemoval(doc, ['a']))).toBeNull();
  });
});
