// The saved versions of one process, newest first, kept up to date (null while loading). A list
// that cannot be read shows as empty; the error goes to the console.
import { useEffect, useState } from 'react';
import { services, type RevisionEntry } from '../state/services';

export function useRevisions(processId: string): RevisionEntry[] | null {
  const [list, setList] = useState<RevisionEntry[] | null>(null);
  useEffect(
    () =>
      services().versions.observe(processId, setList, (error) => {
        console.error(error);
        setList([]);
      }),
    [processId],
  );
  return list;
}
