// Restoring an earlier version: its content replaces the document's, as one undoable edit.
import type { Process } from '../model/types';
import { sameContent } from './sameContent';

export function restoreContent(doc: Process, version: Process): Process {
  // The document stays the same process (its id and birth), whatever the version says.
  const next = { ...version, id: doc.id, createdAt: doc.createdAt };
  // Restoring what is already there is no edit, so it makes no undo step.
  return sameContent(next, doc) ? doc : next;
}
