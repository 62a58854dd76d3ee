// Which document versions came from someone else (the session's 'remote' changes), so the
// canvas can draw those in a deferred render (FlowCanvas). Kept by object: the session hands the
// store the very object it reports here.
import type { Process } from '../../domain/model/types';
import { documentSession } from '../../state/documentSession';

const fromOthers = new WeakSet<Process>();

documentSession.subscribe((change) => {
  if (change.kind === 'remote' && change.after) fromOthers.add(change.after);
});

export const isFromOthers = (doc: Process): boolean => fromOthers.has(doc);
