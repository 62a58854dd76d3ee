// Keeps the open document safe: autosave shortly after each change, a save that never overwrites
// another tab's newer version (three-way merge), changes from other tabs taken in at once, a
// failed write kept in memory and retried with a clear message, and a tab that steps aside when
// a newer version of the app upgrades the database. Before any of that, every change is written
// synchronously to a journal (storage/journal.ts), so a reload, a closed tab or a crash between a
// change and its save loses nothing: the next start replays it.
import { newId } from '../domain/model/ids';
import { mergeProcessWithConflicts, type MergeConflict } from '../domain/sync/mergeProcess';
import type { Process } from '../domain/model/types';
import { documentSession } from '../state/documentSession';
import { isQuotaError } from '../state/quotaError';
import { useSessionStore, type Message } from '../state/sessionStore';
import { createAutosaver } from '../storage/autosave';
import { createJournal, journalStorage, replayOrphans, type Recovered } from '../storage/journal';
import { onProcessWritten } from '../storage/changeFeed';
import { watchDatabase } from '../storage/db';
import { MESSAGES, translate, useLanguage, type MessageKey } from '../platform/i18n/i18n';
import { requestPersistence } from '../storage/persistence';
import {
  readProcess,
  saveOpenProcess,
  writeProcess,
  type SeenVersion,
} from '../storage/processRepository';

/** How long the row may lag behind co-editors' changes (they are kept in the room's Y.Doc). */
const REMOTE_SAVE_MS = 3_000;

const SAVE_ALERTS = ['error.saveFailed', 'storage.quota'];

export interface Persistence {
  /** The document was just opened from storage in this version. */
  opened(seen: SeenVersion): void;
  flush(): Promise<void>;
  /** Replays what tabs that are gone journaled but did not save; call before reading processes. */
  recover(): Promise<Recovered[]>;
}

/** A document to save and the last journal entry it holds. */
interface Pending {
  doc: Process;
  upTo: number;
}

const locks = (): LockManager | null =>
  typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;

export function startPersistence(exportNow: () => void): Persistence {
  const session = () => useSessionStore.getState();
  let seen: SeenVersion | null = null;
  let askedForPersistence = false;
  const journal = createJournal({ storage: journalStorage(), locks: locks() });
  const baseOf = (id: string) => (seen?.process.id === id ? seen.writeId : null);
  const pendingOf = (doc: Process): Pending => ({ doc, upTo: journal.lastSeq(doc.id) });
  const tellConflicts = (conflicts: MergeConflict[], doc: Process) => {
    const notice = conflictNotice(conflicts, doc);
    if (notice) session().showToast(notice);
  };

  /** Takes `next` into the open document; `base` → `other` is the change made elsewhere. */
  const adopt = (base: Process, other: Process) => {
    const current = documentSession.doc;
    if (!current || current.id !== other.id) return;
    const merge = current === base ? null : mergeProcessWithConflicts(base, current, other);
    const next = merge ? merge.process : other;
    // Not an undo step, and nothing to rebase: undo here takes back this tab's own operations,
    // which apply to the merged document as they did to this tab's.
    documentSession.applyRemote(next, 'tab');
    if (merge) tellConflicts(merge.conflicts, next);
    // Edits made here meanwhile are not stored yet.
    if (next !== other) autosaver.schedule(pendingOf(next));
  };

  const write = async ({ doc, upTo }: Pending) => {
    if (session().storageLost) throw new Error('storage lost');
    // Said before the write starts: if the page dies after the commit but before written()
    // runs, a replay sees this writeId in the row and knows these entries are in it.
    const writeId = newId('w');
    journal.writing(doc.id, writeId, upTo);
    if (!seen || seen.process.id !== doc.id) {
      await writeProcess(doc, writeId);
      seen = { process: doc, writeId };
      journal.written(doc.id, writeId, upTo);
      return;
    }
    const result = await saveOpenProcess(doc, seen, writeId);
    seen = { process: result.saved, writeId: result.writeId };
    journal.written(doc.id, writeId, upTo);
    if (result.merged) {
      tellConflicts(result.conflicts, result.saved);
      adopt(doc, result.saved);
    }
  };

  const alertFor = (error: unknown): Message => ({
    key: isQuotaError(error) ? 'storage.quota' : 'error.saveFailed',
    action: { key: 'storage.exportNow', run: exportNow },
  });

  const autosaver = createAutosaver<Pending>({
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

  // Every change this person makes to the open document (an edit, an undo, a restore) is
  // journaled at once, as the operations it was, and saved soon after. Opening a document and
  // taking in another tab's change are neither: that tab journals and saves its own.
  documentSession.subscribe((change) => {
    const { after: doc, before } = change;
    if (change.kind === 'load' || !doc || doc.id !== before?.id) return;
    if (change.kind === 'remote') {
      // Co-editors' changes are kept on this device in the room's stored Y.Doc, but the row is
      // what the library, exports and the process map read: save it (no journal: it is not ours
      // to replay). Another tab's change is that tab's to save.
      if (change.origin === 'remote') saveRemoteSoon();
      return;
    }
    journal.record(doc, baseOf(doc.id), change.ops, change.group);
    autosaver.schedule(pendingOf(doc));
  });
  // Others' changes are durable in the room's stored Y.Doc already: the row follows at most every
  // few seconds, so a busy room does not put a whole-row write after every remote keystroke.
  let remoteSave: ReturnType<typeof setTimeout> | null = null;
  function saveRemoteSoon(): void {
    remoteSave ??= setTimeout(() => {
      remoteSave = null;
      const doc = documentSession.doc;
      if (doc) autosaver.schedule(pendingOf(doc));
    }, REMOTE_SAVE_MS);
  }
  documentSession.subscribeDrafts((group, ops) => {
    const doc = documentSession.doc;
    if (doc) journal.draft(doc.id, baseOf(doc.id), group, ops);
  });

  /** Another tab (or the library) wrote the open process: take the change in. */
  const catchUp = async () => {
    const doc = documentSession.doc;
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
    const doc = documentSession.doc;
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
    recover: () =>
      replayOrphans({
        storage: journalStorage(),
        locks: locks(),
        ownTab: journal.tabId,
        read: readProcess,
        write: (doc) => writeProcess(doc),
      }),
  };
}

/** The message for conflicts a merge settled in this tab's favour, or null if there were none. */
export function conflictNotice(conflicts: MergeConflict[], doc: Process): Message | null {
  const [first] = conflicts;
  if (!first) return null;
  if (conflicts.length > 1)
    return { key: 'journal.conflictMany', params: { count: conflicts.length } };
  const field = fieldName(first);
  const { entity } = first;
  if (entity.kind === 'process') return { key: 'journal.conflictProcess', params: { field } };
  const stepLabel = (id: string) => doc.steps.find((s) => s.id === id)?.label ?? '';
  if (entity.kind === 'step') {
    const step = stepLabel(entity.id);
    if (first.path.length === 0) return { key: 'journal.conflictRemoved', params: { step } };
    return { key: 'journal.conflictStep', params: { field, step } };
  }
  if (entity.kind === 'connection') {
    const c = doc.connections.find((x) => x.id === entity.id);
    const step = c ? `${stepLabel(c.from)} → ${stepLabel(c.to)}` : '';
    return { key: 'journal.conflictConnection', params: { field, step } };
  }
  return { key: 'journal.conflictMany', params: { count: 1 } };
}

/** The field's name as the person sees it in the panel, in the current language. */
function fieldName({ entity, path }: MergeConflict): string {
  const language = useLanguage.getState().language;
  const [head = '', sub = ''] = path;
  const candidates: string[] =
    entity.kind === 'process'
      ? [head === 'title' ? 'process.title' : `spec.${head}`]
      : entity.kind === 'connection'
        ? [`connection.${head}`]
        : head === 'properties'
          ? [`props.${sub}`]
          : [head === 'laneId' ? 'props.lane' : `props.${head}`];
  const key = candidates.find((k) => k in MESSAGES[language]) ?? 'journal.someField';
  return translate(language, key as MessageKey);
}

/** One message for everything replayed at start, or null if nothing was. */
export function recoveredNotice(list: Recovered[]): Message | null {
  const count = list.reduce((n, r) => n + r.applied, 0);
  const [first] = list;
  if (!first || count === 0) return null;
  if (list.length > 1)
    return { key: 'journal.recoveredMany', params: { count, processes: list.length } };
  const { title, skipped } = first;
  if (skipped > 0) return { key: 'journal.recoveredPartly', params: { count, title, skipped } };
  return count === 1
    ? { key: 'journal.recoveredOne', params: { title } }
    : { key: 'journal.recovered', params: { count, title } };
}
