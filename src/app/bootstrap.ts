// Wires storage to state: the register and process list flow in, the open document flows out
// through autosave, and the Services that features call are implemented here.
import { applyOperation } from '../domain/operations/applyOperation';
import { newId } from '../domain/model/ids';
import { newStartedProcess, startingCustomer } from '../domain/model/factories';
import { translate, useLanguage } from '../platform/i18n/i18n';
import { cleanLabel } from '../domain/schema/fitToLimits';
import type { Category, RegisterEntry } from '../domain/model/types';
import { reconcileRegister } from '../domain/register/register';
import {
  fileNameFor,
  parseProcessFile,
  referencedRegisterIds,
  serializeProcessFile,
} from '../formats/json/processFile';
import { documentSession } from '../state/documentSession';
import { useLibraryStore } from '../state/libraryStore';
import { useRegisterStore } from '../state/registerStore';
import { provideServices, type Services } from '../state/services';
import { useSessionStore } from '../state/sessionStore';
import {
  deleteProcess,
  observeProcesses,
  processExists,
  readProcess,
  restoreProcess,
  writeProcess,
} from '../storage/processRepository';
import { requestPersistence, storageStatus } from '../storage/persistence';
import { foldCollabUpdates } from '../storage/collabUpdates';
import { addRevision, getRevision, observeRevisions } from '../storage/revisionRepository';
import {
  META_LAST_BACKUP,
  META_REMINDER_DISMISSED,
  META_SAFETY_COPY_AT,
  observeMeta,
  previewRestore,
  readWorkspace,
  restoreWorkspace,
  swapSafetyCopy,
  writeMeta,
} from '../storage/workspaceRepository';
import {
  deleteRegisterEntries,
  observeRegister,
  putRegisterEntries,
} from '../storage/registerRepository';
import { readSyncBase, sharedStorage } from '../storage/sharedRepository';
import {
  listCollabRooms,
  openCollabDoc,
  readCollabOffered,
  writeCollabOffered,
} from '../storage/collabRepository';
import { bindSession } from '../document/yjs/binding';
import { isLive, startCollab } from '../state/collab/collab';
import { serverActions, startServer } from '../state/server/actions';
import { useServer } from '../state/server/store';
import { downloadText } from '../ui/download';
import { navigate, processPath } from '../platform/router';
import { recoveredNotice, startPersistence } from './persistence';
import { startQuietFolding } from './quietFolding';

let started = false;

/** Whether the server (if any) has answered who is signed in: a link straight to a shared process
 * that is not on this device yet must wait for it rather than say the process is missing. */
let serverStarted: Promise<unknown> = Promise.resolve();

async function fetchShared(id: string): Promise<boolean> {
  await serverStarted.catch(() => undefined);
  const { status } = useServer.getState();
  if (status !== 'signedIn') return false;
  return (await serverActions.ensureLocal(id)) === 'ok';
}

export function bootstrap(): void {
  if (started) return;
  started = true;
  const session = useSessionStore.getState();
  const reportStorageError = (e: unknown) => {
    console.error(e);
    // After another tab upgraded the database this tab has let go of it on purpose.
    if (!useSessionStore.getState().storageLost) session.showAlert({ key: 'error.storage' });
  };

  observeRegister((entries) => useRegisterStore.getState().setEntries(entries), reportStorageError);
  observeProcesses((list) => useLibraryStore.getState().setProcesses(list), reportStorageError);

  const persistence = startPersistence(() => {
    const file = services.exportProcessFile();
    if (file) downloadText(file.name, file.text, 'application/json');
  });
  // What a reload, a closed tab or a crash did not get to save goes back in before anything
  // reads a process, so the editor opens with it.
  const recovered = persistence
    .recover()
    .then((list) => {
      const notice = recoveredNotice(list);
      if (notice) useSessionStore.getState().showToast(notice);
    })
    .catch(reportStorageError);
  const ready = () => recovered;
  /** Recovered, and what this tab has pending is stored: now storage can be read. */
  const settled = () => recovered.then(() => persistence.flush());

  const services: Services = {
    async createProcess(title: string, category: Category) {
      // Started as the method starts: the customer's need and the result, named in the UI's
      // language.
      const customer = startingCustomer(useRegisterStore.getState().entries);
      if (customer.isNew) await services.addRegisterEntries([customer.entry]);
      const language = useLanguage.getState().language;
      const labels = {
        need: translate(language, 'kind.need'),
        outcome: translate(language, 'kind.outcome'),
      };
      const process = { ...newStartedProcess(title, customer.entry.id, labels), category };
      await writeProcess(process);
      return process.id;
    },
    async openProcess(id) {
      await settled();
      if (documentSession.doc?.id === id) return 'ok';
      let result = await readProcess(id);
      if (!result.ok && result.reason === 'missing' && (await fetchShared(id)))
        result = await readProcess(id);
      if (!result.ok) return result.reason;
      persistence.opened({ process: result.process, writeId: result.writeId });
      documentSession.load(result.process);
      return 'ok';
    },
    async renameProcess(id, title) {
      await ready();
      const open = documentSession;
      if (open.doc?.id === id) {
        open.apply({ type: 'process.update', patch: { title } });
        return;
      }
      const result = await readProcess(id);
      if (result.ok)
        await writeProcess(
          applyOperation(result.process, { type: 'process.update', patch: { title } }),
        );
    },
    async duplicateProcess(id, titleSuffix) {
      await settled();
      const result = await readProcess(id);
      // A row that cannot be read is copied as far as it can be (as the recovery view would).
      // (Loaded on demand: the start screen needs neither.)
      const source = result.ok
        ? result.process
        : (await import('../domain/load/salvage')).salvageProcess(result.row)?.process;
      if (!source) return null;
      const now = new Date().toISOString();
      const copy = {
        ...source,
        id: newId('p'),
        title: cleanLabel(`${source.title} ${titleSuffix}`),
        createdAt: now,
        changedAt: now,
      };
      await writeProcess(copy);
      return copy.id;
    },
    async createToBe(asIsId, title) {
      await settled();
      const result = await readProcess(asIsId);
      if (!result.ok) return null;
      const { toBeFrom } = await import('../domain/analysis/compare');
      const toBe = toBeFrom(result.process, newId('p'), title);
      await writeProcess(toBe);
      return toBe.id;
    },
    async readProcess(id) {
      await settled();
      const result = await readProcess(id);
      return result.ok ? result.process : null;
    },
    async deleteProcess(id) {
      await settled();
      if (documentSession.doc?.id === id) documentSession.load(null);
      const row = await deleteProcess(id);
      return async () => {
        if (row) await restoreProcess(row);
      };
    },
    async importProcessFile(text) {
      const result = parseProcessFile(text);
      if (!result.ok) return result;
      const { process, register } = result.file;
      const local = useRegisterStore.getState().entries;
      const { add, idMap } = reconcileRegister(local, register, referencedRegisterIds(process));
      const remap = (rid: string) => idMap.get(rid) ?? rid;
      // An import never overwrites: a process that is already here comes in as a copy.
      const id = (await processExists(process.id)) ? newId('p') : process.id;
      const imported = {
        ...process,
        id,
        lanes: process.lanes.map((l) => ({ ...l, registerId: remap(l.registerId) })),
        customerGroupIds: process.customerGroupIds.map(remap),
      };
      await putRegisterEntries(add);
      await writeProcess(imported);
      return { ok: true, id, warnings: result.warnings };
    },
    exportProcessFile() {
      const doc = documentSession.doc;
      if (!doc) return null;
      return {
        name: fileNameFor(doc.title, 'json'),
        text: serializeProcessFile(doc, useRegisterStore.getState().entries),
      };
    },
    async addRegisterEntries(entries: RegisterEntry[]) {
      await putRegisterEntries(entries);
      // Make them visible at once, before the live query reports back.
      const store = useRegisterStore.getState();
      store.setEntries([
        ...store.entries.filter((e) => !entries.some((n) => n.id === e.id)),
        ...entries,
      ]);
    },
    async removeRegisterEntries(ids: string[]) {
      await deleteRegisterEntries(ids);
      const store = useRegisterStore.getState();
      store.setEntries(store.entries.filter((e) => !ids.includes(e.id)));
    },
    flush: settled,
    async readUnreadableRow(id) {
      const result = await readProcess(id);
      return !result.ok && result.row ? { row: result.row } : null;
    },
    async overwriteProcess(process) {
      await writeProcess(process);
    },
    versions: {
      observe: observeRevisions,
      read: getRevision,
      add: addRevision,
    },
    workspace: {
      read: readWorkspace,
      previewRestore,
      restore: restoreWorkspace,
      undoReplace: swapSafetyCopy,
    },
    backup: {
      observe: (onChange, onError) =>
        observeMeta(
          [META_LAST_BACKUP, META_REMINDER_DISMISSED, META_SAFETY_COPY_AT],
          (values) =>
            onChange({
              lastBackupAt: values[META_LAST_BACKUP] ?? null,
              reminderDismissedAt: values[META_REMINDER_DISMISSED] ?? null,
              safetyCopyAt: values[META_SAFETY_COPY_AT] ?? null,
            }),
          onError,
        ),
      noteMade: (at) => writeMeta(META_LAST_BACKUP, at.toISOString()),
      dismissReminder: (at) => writeMeta(META_REMINDER_DISMISSED, at.toISOString()),
    },
    storage: { status: storageStatus, requestPersistence },
  };
  provideServices(services);
  // A shared process open while the server offers /collab is co-edited live (state/collab).
  startCollab({
    session: documentSession,
    // A burst of remote updates is projected once per frame (a hidden tab draws no frames).
    bind: (session, doc) =>
      bindSession(session, doc, {
        schedule: (run) =>
          document.visibilityState === 'visible'
            ? requestAnimationFrame(run)
            : setTimeout(run, 100),
        idle: (run) => requestIdleCallback(run, { timeout: 2_000 }),
      }),
    storage: {
      openDoc: openCollabDoc,
      readSyncBase,
      readOffered: readCollabOffered,
      rooms: listCollabRooms,
      writeOffered: writeCollabOffered,
    },
  });
  // The device's stored Y updates are folded in pauses, not on y-dexie's timer (quietFolding.ts).
  startQuietFolding(foldCollabUpdates);
  // One request to learn whether our server served the app; without one nothing more happens.
  serverStarted = startServer({
    isLive,
    storage: sharedStorage,
    flush: settled,
    // The server gave a shared process a new id: the editor follows it to the new one.
    onRekey(oldId, newId) {
      if (documentSession.doc?.id !== oldId) return;
      documentSession.load(null);
      void services.openProcess(newId).then(() => {
        if (window.location.pathname === processPath(oldId)) navigate(processPath(newId), true);
      });
    },
  }).catch(console.error);
}
