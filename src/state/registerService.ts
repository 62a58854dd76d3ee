// The organisation register's one writer for edits of the open document: entries a quick entry,
// a paste or a lane dialog adds go through the document session (as part of that edit, so they
// undo with it) and land here, in the store at once and in storage through the services.
import type { RegisterPort } from '../document/session';
import { useRegisterStore } from './registerStore';
import { services } from './services';

export const registerPort: RegisterPort = {
  entries: () => useRegisterStore.getState().entries,
  put(entries) {
    const store = useRegisterStore.getState();
    const byId = new Map(store.entries.map((e) => [e.id, e]));
    for (const e of entries) byId.set(e.id, e);
    store.setEntries([...byId.values()]);
    void services().addRegisterEntries(entries);
  },
  remove(ids) {
    const gone = new Set(ids);
    const store = useRegisterStore.getState();
    store.setEntries(store.entries.filter((e) => !gone.has(e.id)));
    void services().removeRegisterEntries(ids);
  },
};
