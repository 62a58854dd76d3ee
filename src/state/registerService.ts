// The organisation register's one writer for edits of the open document: entries a quick entry,
// a paste or a lane dialog adds go through the document session (as part of that edit, so they
// undo with it) and land here, in the store at once and in storage through the services.
import type { RegisterEntry } from '../domain/model/types';
import type { RegisterPort } from '../document/session';
import { useRegisterStore } from './registerStore';
import { services } from './services';
import { useSessionStore } from './sessionStore';

function reportRegisterError(error: unknown): void {
  console.error(error);
  useSessionStore.getState().showAlert({ key: 'error.saveFailed' });
}

export const registerPort: RegisterPort = {
  entries: () => useRegisterStore.getState().entries,
  put(entries) {
    const store = useRegisterStore.getState();
    const byId = new Map(store.entries.map((e) => [e.id, e]));
    for (const e of entries) byId.set(e.id, e);
    store.setEntries([...byId.values()]);
    // The store already shows it; a failed write is reported like any failed save.
    services().addRegisterEntries(entries).catch(reportRegisterError);
  },
  remove(ids) {
    const gone = new Set(ids);
    const store = useRegisterStore.getState();
    store.setEntries(store.entries.filter((e) => !gone.has(e.id)));
    services().removeRegisterEntries(ids).catch(reportRegisterError);
  },
};

/** The register screen's edits (outside any document, so not undone with one). */
export function saveRegisterEntries(entries: RegisterEntry[]): void {
  registerPort.put(entries);
}
