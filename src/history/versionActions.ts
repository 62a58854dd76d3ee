// Saving a named version of the open process, and restoring one. A restore first keeps what is
// there now as a version of its own, so nothing is lost even when the undo history is gone.
import { sameContent } from '../domain/revisions/sameContent';
import { documentSession } from '../state/documentSession';
import { services, type RevisionEntry } from '../state/services';
import { useSessionStore } from '../state/sessionStore';
import type { Process } from '../domain/model/types';

export async function saveNamedVersion(name: string): Promise<RevisionEntry | null> {
  const doc = documentSession.doc;
  if (!doc) return null;
  try {
    const entry = await services().versions.add({ process: doc, kind: 'named', name });
    useSessionStore.getState().showToast({ key: 'history.saved', params: { name } });
    return entry;
  } catch (error) {
    console.error(error);
    useSessionStore.getState().showAlert({ key: 'history.saveFailed' });
    return null;
  }
}

export type RestoreResult = 'restored' | 'same' | 'unreadable' | 'failed';

/** Replaces the open process with the version, as one step that Ctrl+Z takes back. */
export async function restoreVersion(id: string, label: string): Promise<RestoreResult> {
  const session = useSessionStore.getState();
  const read = await services().versions.read(id);
  const doc = documentSession.doc;
  if (!read.ok || !doc || doc.id !== read.entry.processId) {
    session.showAlert({ key: 'history.unreadable' });
    return 'unreadable';
  }
  if (sameContent({ ...read.process, id: doc.id, createdAt: doc.createdAt }, doc)) {
    session.showToast({ key: 'history.alreadyCurrent' });
    return 'same';
  }
  try {
    await services().versions.add({ process: doc, kind: 'restore' });
  } catch (error) {
    // Without the safety copy the restore does not happen: the undo history alone is not kept.
    console.error(error);
    session.showAlert({ key: 'history.saveFailed' });
    return 'failed';
  }
  const documents = documentSession;
  // Edits made while the copy was written are in the undo history, one step back.
  if (documents.doc?.id !== doc.id) return 'failed';
  documents.apply({ type: 'process.restore', process: read.process }, { origin: 'restore' });
  session.showToast({
    key: 'history.restored',
    params: { version: label },
    action: { key: 'common.undo', run: () => documentSession.undo() },
  });
  return 'restored';
}

/**
 * Writes a version in place of a stored process that cannot be read (the recovery view), after
 * keeping what could be read of it as a version of its own. False when the version is unreadable.
 */
export async function restoreOverUnreadable(
  processId: string,
  revisionId: string,
  salvaged: Process | null,
): Promise<boolean> {
  const session = useSessionStore.getState();
  const read = await services().versions.read(revisionId);
  if (!read.ok) {
    session.showAlert({ key: 'history.unreadable' });
    return false;
  }
  if (salvaged)
    await services().versions.add({ process: { ...salvaged, id: processId }, kind: 'restore' });
  const createdAt = salvaged?.createdAt ?? read.process.createdAt;
  await services().overwriteProcess({ ...read.process, id: processId, createdAt });
  session.showToast({ key: 'recovery.restored' });
  return true;
}
