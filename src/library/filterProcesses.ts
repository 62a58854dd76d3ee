// Search and filters of the library: pure, so they are easy to test and reuse.
import type { ProcessSummary } from '../domain/model/summary';
import type { Category, Status } from '../domain/model/types';

export interface LibraryFilter {
  query: string;
  category: Category | 'all';
  status: Status | 'all';
}

const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('sv');

/** Matches every word of the query against the title and the tags; newest change first. */
export function filterProcesses(
  list: readonly ProcessSummary[],
  f: LibraryFilter,
): ProcessSummary[] {
  const words = norm(f.query).split(/\s+/).filter(Boolean);
  return list
    .filter((p) => f.category === 'all' || p.category === f.category)
    .filter((p) => f.status === 'all' || p.status === f.status)
    .filter((p) => {
      const haystack = [p.title, ...p.tags].map(norm);
      return words.every((w) => haystack.some((h) => h.includes(w)));
    })
    .sort((a, b) => b.changedAt.localeCompare(a.changedAt));
}
