import { describe, expect, it } from 'vitest';
import type { ProcessSummary } from '../domain/model/summary';
import { filterProcesses } from './filterProcesses';

const summary = (over: Partial<ProcessSummary>): ProcessSummary => ({
  id: over.title ?? 'x',
  title: 'x',
  category: 'huvudprocess',
  status: 'utkast',
  variant: 'nulage',
  tags: [],
  changedAt: '2026-01-01T00:00:00.000Z',
  steps: 0,
  lanes: 0,
  ...over,
});

const list = [
  summary({
    title: 'Ansöka om bygglov',
    tags: ['samhällsbyggnad'],
    changedAt: '2026-03-01T00:00:00.000Z',
  }),
  summary({
    title: 'Rekrytera',
    category: 'stodprocess',
    status: 'faststalld',
    changedAt: '2026-04-01T00:00:00.000Z',
  }),
  summary({
    title: 'Starta restaurang',
    tags: ['Företag', 'tillstånd'],
    changedAt: '2026-02-01T00:00:00.000Z',
  }),
];
const all = { query: '', category: 'all', status: 'all' } as const;

describe('filterProcesses', () => {
  it('sorts by last change, newest first', () => {
    expect(filterProcesses(list, all).map((p) => p.title)).toEqual([
      'Rekrytera',
      'Ansöka om bygglov',
      'Starta restaurang',
    ]);
  });

  it('matches title words and tags, case-insensitively, every word', () => {
    expect(filterProcesses(list, { ...all, query: 'BYGGLOV' }).map((p) => p.title)).toEqual([
      'Ansöka om bygglov',
    ]);
    expect(filterProcesses(list, { ...all, query: 'företag' }).map((p) => p.title)).toEqual([
      'Starta restaurang',
    ]);
    expect(filterProcesses(list, { ...all, query: 'starta tillstånd' })).toHaveLength(1);
    expect(filterProcesses(list, { ...all, query: 'starta bygglov' })).toHaveLength(0);
  });

  it('filters by category and status', () => {
    expect(filterProcesses(list, { ...all, category: 'stodprocess' }).map((p) => p.title)).toEqual([
      'Rekrytera',
    ]);
    expect(filterProcesses(list, { ...all, status: 'utkast' })).toHaveLength(2);
  });
});
