import { describe, expect, it } from 'vitest';
import { documentSession } from '../../state/documentSession';
import { aSmallProcess } from '../../test/builders';
import { isFromOthers } from './fromOthers';

describe('isFromOthers (which versions the canvas draws deferred)', () => {
  it('marks the version another person brought, and not one of this person’s edits', () => {
    documentSession.load(aSmallProcess());
    const loaded = documentSession.doc!;
    expect(isFromOthers(loaded)).toBe(false);

    const step = loaded.steps[0]!;
    const theirs = {
      ...loaded,
      steps: loaded.steps.map((s) => (s === step ? { ...s, label: 'Från Bo' } : s)),
    };
    documentSession.applyRemote(theirs, 'remote');
    expect(documentSession.doc!.steps[0]!.label).toBe('Från Bo');
    expect(isFromOthers(documentSession.doc!)).toBe(true);

    documentSession.apply({ type: 'step.update', id: step.id, patch: { label: 'Min' } });
    expect(isFromOthers(documentSession.doc!)).toBe(false);
    documentSession.undo();
    expect(isFromOthers(documentSession.doc!)).toBe(false);
  });
});
