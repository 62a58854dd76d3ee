// Keeps the open document safe: autosave shortly after each change, a save that never overwrites
// another tab's newer version (three-way merge), changes from other tabs taken in at once, a
// failed write kept in memory and retried with a clear message, and a tab that steps aside when
// a newer version of the app upgrades the database.
import { mergeProcess } from '../domain/sync/mergeProcess';
import type { Process } from '../domain/model/types';
import { useDocumentStore } from '../state/documentStore';
import { useSessionStore, type Message } from '../state/sessionStore';
import { createAutosaver } from '../storage/autosave';
import { onProcessWritten } from '../storage/changeFeed';
import { watchDatabase } from '../storage/db';
import { requestPersistence } from '../storage/persistence';
import {
  readProcess,
  saveOpenProcess,
  writeProcess,
  type SeenVersion,
} from '../storage/processRepository';

/** Dexie may report a full disk directly or wrapped inside an AbortError. */
export function isQuotaError(e: unknown): boolean {
  const named = (x: unknown) =>
    typeof x === 'object' && x !== null && (x as { name?: unknown }).name === 'QuotaExceededError';
  return (
    named(e) || (typeof e === 'object' && e !== null && named((e as { inner?: unknown }).inner))
  );
}

const SAVE_ALERTS = ['error.saveFailed', 'storage.quota'];

export interface Persistence {
  /** The document was just opened from storage in this version. */
  opened(seen: SeenVersion): void;
  flush(): Promise<void>;
}

export function startPersistence(exportNow: () => void): Persistence {
  const session = () => useSessionStore.getState();
  const documents = () => useDocumentStore.getState();
  let seen: SeenVersion | null = null;
  let adopting = false;
  let askedForPersistence = false;

  /** Takes `next` into the open document; `base` → `other` is the change made elsewhere. */
  const adopt = (base: Process, other: Process) => {
    const current = documents().doc;
    if (!current || current.id !== other.id) return;
    const next = current === base ? other : mergeProcess(base, current, other);
    adopting = true;
    try {
      documents().adopt(next, (p) => mergeProcess(base, p, other));
    } finally {
      adopting = false;
    }
    // Edits made here meanwhile are not stored yet.
    if (next !== other) autosaver.schedule(next);
  };

  const write = async (doc: Process) => {
    if (session().storageLost) throw new Error('storage lost');
    if (!seen || seen.process.id !== doc.id) {
      const writeId = await writeProcess(doc);
      seen = { process: doc, writeId };
      return;
    }
    const result = await saveOpenProcess(doc, seen);
    seen = { process: result.saved, writeId: result.writeId };
    if (result.merged) adopt(doc, result.saved);
  };

  const alertFor = (error: unknown): Message => ({
    key: isQuotaError(error) ? 'storage.quota' : 'error.saveFailed',
    action: { key: 'storage.exportNow', run: exportNow },
  });

  const autosaver = createAutosaver<Process>({
    write,
    delayMs: 250,
    onStatus(status, error) {
      session().setSaveState(status);
      if (status === 'error') {
        console.error(error);
        if (!session().storageLost) session().showAlert(alertFor(error));
      } else if (status === 'saved') {
        if (SAVE_ALERTS.includes(session().alert?.key ?? '')) session().showAlert(null);
        if (!askedForPersistence) {
          askedForPersistence = true;
          void requestPersistence();
        }
      }
    },
  });

  // Every change of the open document (but not opening one, nor taking in another tab's) is saved.
  useDocumentStore.subscribe((state, previous) => {
    if (adopting) return;
    if (state.doc && state.doc !== previous.doc && state.doc.id === previous.doc?.id) {
      autosaver.schedule(state.doc);
    }
  });

  /** Another tab (or the library) wrote the open process: take the change in. */
  const catchUp = async () => {
    const doc = documents().doc;
    if (!doc || !seen || seen.process.id !== doc.id || session().storageLost) return;
    // A pending save merges on its own (saveOpenProcess) and takes the result in.
    await autosaver.flush();
    const before = seen;
    const result = await readProcess(doc.id);
    if (!result.ok || seen !== before || result.writeId === before.writeId) return;
    seen = { process: result.process, writeId: result.writeId };
    adopt(before.process, result.process);
  };

  onProcessWritten((m) => {
    const doc = documents().doc;
    if (!doc || m.id !== doc.id || m.writeId === seen?.writeId) return;
    if (m.writeId === null) {
      session().showAlert({ key: 'storage.deletedElsewhere' });
      return;
    }
    void catchUp();
  });

  const flushNow = () => void autosaver.flush();
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
    else void catchUp();
  });
  // Leaving while saves are failing (full disk): let the browser ask first. A change that is
  // merely pending is written on pagehide.
  window.addEventListener('beforeunload', (e) => {
    if (session().saveState === 'error' && !session().storageLost) e.preventDefault();
  });

  watchDatabase({
    // A newer version of the app opened the database in another tab: write what is pending with
    // this (old) code, then let go of the database and ask for a reload.
    beforeUpgradeElsewhere: () => autosaver.flush(),
    upgradedElsewhere: () => session().setStorageLost('upgraded'),
  });

  return {
    opened(version) {
      seen = version;
    },
    flush: () => autosaver.flush(),
  };
}
