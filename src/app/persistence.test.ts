import { describe, expect, it } from 'vitest';
import type { MergeConflict } from '../domain/sync/mergeProcess';
import { aSmallProcess } from '../test/builders';
import { useLanguage } from '../platform/i18n/i18n';
import { conflictNotice, recoveredNotice } from './persistence';

describe('conflictNotice', () => {
  const doc = aSmallProcess();
  const step = (path: string[]): MergeConflict => ({
    entity: { kind: 'step', id: 's2' },
    path,
    kept: 'local',
  });

  it('names the step and the field as the panel calls it', () => {
    useLanguage.setState({ language: 'sv' });
    expect(conflictNotice([step(['properties', 'description'])], doc)).toEqual({
      key: 'journal.conflictStep',
      params: { field: 'Beskrivning', step: 'Steg s2' },
    });
    expect(conflictNotice([step(['label'])], doc)?.params?.field).toBe('Text');
    expect(
      conflictNotice([{ entity: { kind: 'process' }, path: ['title'], kept: 'local' }], doc),
    ).toEqual({ key: 'journal.conflictProcess', params: { field: 'Titel' } });
    useLanguage.setState({ language: 'en' });
    expect(conflictNotice([step(['properties', 'description'])], doc)?.params?.field).toBe(
      'Description',
    );
    useLanguage.setState({ language: 'sv' });
  });

  it('says nothing without conflicts, counts several, and tells an edit kept over a removal', () => {
    expect(conflictNotice([], doc)).toBeNull();
    expect(conflictNotice([step(['label']), step(['kind'])], doc)).toEqual({
      key: 'journal.conflictMany',
      params: { count: 2 },
    });
    expect(conflictNotice([{ ...step([]), kept: 'remote' }], doc)?.key).toBe(
      'journal.conflictRemoved',
    );
  });
});

describe('recoveredNotice', () => {
  const r = (title: string, applied: number, skipped = 0) => ({
    processId: `p-${title}`,
    title,
    applied,
    skipped,
  });

  it('tells how many changes were put back, in which process, and what could not be', () => {
    expect(recoveredNotice([])).toBeNull();
    expect(recoveredNotice([r('Bygglov', 1)])).toEqual({
      key: 'journal.recoveredOne',
      params: { title: 'Bygglov' },
    });
    expect(recoveredNotice([r('Bygglov', 3)])).toEqual({
      key: 'journal.recovered',
      params: { count: 3, title: 'Bygglov' },
    });
    expect(recoveredNotice([r('Bygglov', 3, 1)])?.key).toBe('journal.recoveredPartly');
    expect(recoveredNotice([r('A', 2), r('B', 1)])).toEqual({
      key: 'journal.recoveredMany',
      params: { count: 3, processes: 2 },
    });
  });
});
