// The whole processes behind the library's summaries, for the map: the involvement matrix counts
// steps per unit, and a to-be is placed under its as-is by the id only the process carries.
import { useEffect, useState } from 'react';
import type { ProcessSummary } from '../domain/model/summary';
import type { Process } from '../domain/model/types';
import { services } from '../state/services';

/** null while loading. */
export function useLibraryProcesses(summaries: readonly ProcessSummary[]): Process[] | null {
  const [processes, setProcesses] = useState<Process[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    void Promise.all(summaries.map((p) => services().readProcess(p.id))).then((all) => {
      if (!cancelled) setProcesses(all.filter((p): p is Process => p !== null));
    });
    return () => {
      cancelled = true;
    };
  }, [summaries]);
  return processes;
}
