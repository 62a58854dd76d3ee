// The sync engine: keeps the shared processes on this device and on the server in step. A shared
// process is an ordinary local row plus a sync row (ports.ts). A local change marks the row dirty
// in storage at once (a reload offline keeps it) and is sent soon after with the revision it was
// based on; when the server has moved on (409) the two are merged three-way (mergeProcess) from
// the last common version, stored, and sent again. Pulls bring what others changed. Every step
// runs one at a time, so a pull never overtakes a push or a share.
import { newId } from '../../domain/model/ids';
import type { Process } from '../../domain/model/types';
import { mergeProcessWithConflicts } from '../../domain/sync/mergeProcess';
import { toProcessFile } from '../../formats/json/processFile';
import type { SyncRow } from './ports';
import {
  canWrite,
  reachOf,
  type Failed,
  type Reach,
  type SyncDeps,
  type SyncEngine,
} from './syncEngine';
import type { AccessChoice } from './types';

export type { Reach, SyncDeps, SyncEngine };

export function createSyncEngine(deps: SyncDeps): SyncEngine {
  const { api, storage, session } = deps;
  const rows = new Map<string, SyncRow>();
  /** Local changes seen per process, so a push knows whether more came while it was sent. */
  const generations = new Map<string, number>();
  let queue: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const gen = (id: string) => generations.get(id) ?? 0;
  const publish = () => deps.onRows([...rows.values()]);
  const save = async (row: SyncRow) => {
    rows.set(row.id, row);
    publish();
    await storage.putSyncRow(row);
  };
  /** Co-edited live: its Y.Doc syncs it, so nothing is sent or fetched for it here. */
  const live = (id: string) => deps.isLive?.(id) ?? false;
  const openDoc = (id: string) => (session.doc?.id === id ? session.doc : null);
  const current = async (id: string) => openDoc(id) ?? (await storage.readProcess(id));

  /**
   * Takes the server's `remote` (at `revision`) in: merged with what this device changed since
   * the base, stored, and shown in the editor if open (not an undo step there).
   */
  const adopt = async (id: string, remote: Process, revision: number, role: SyncRow['role']) => {
    const row = rows.get(id);
    if (!row) {
      // A local process of the same id that was never synced stays, under a new id.
      const local = await storage.readProcess(id);
      if (local) await storage.rekeyProcess(local, newId('p'));
    }
    let merged = remote;
    let conflicts = 0;
    // Only a dirty row has local changes since the base (every edit marks it at once).
    const local = row?.dirty ? await current(id) : null;
    if (row && local) {
      const merge = mergeProcessWithConflicts(row.base, openDoc(id) ?? local, remote);
      merged = merge.process;
      conflicts = merge.conflicts.length;
    }
    const dirty = merged !== remote && canWrite(role);
    if (openDoc(id)) session.applyRemote(merged, 'remote');
    await storage.writeProcess(openDoc(id) ?? merged);
    await save({
      id,
      revision,
      base: remote,
      role,
      dirty,
      conflicts: (row?.conflicts ?? 0) + conflicts,
    });
    if (conflicts > 0)
      deps.notify({
        key: 'serverSync.conflict',
        params: { count: conflicts, title: merged.title },
      });
  };

  const fetchInto = async (id: string): Promise<'ok' | Failed> => {
    const got = await api.getProcess(id);
    if (!got.ok) return got;
    const { file, revision, role } = got.value;
    deps.putRegister(file.register.filter((e) => !deps.register().some((r) => r.id === e.id)));
    await adopt(id, file.process, revision, role);
    return 'ok';
  };

  const pushOne = async (id: string): Promise<Reach> => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const row = rows.get(id);
      if (!row?.dirty || !canWrite(row.role) || live(id)) return 'ok';
      const seen = gen(id);
      const local = await current(id);
      if (!local) return 'ok';
      const file = toProcessFile(local, deps.register());
      const result = await api.putProcess(id, file, row.revision);
      if (result.ok) {
        const latest = rows.get(id) ?? row;
        await save({
          ...latest,
          revision: result.value.revision,
          base: file.process,
          dirty: gen(id) !== seen,
        });
        return 'ok';
      }
      if (result.reason === 'stale') {
        await adopt(id, result.file.process, result.revision, row.role);
        continue;
      }
      if (result.reason === 'status' && result.status === 403)
        await save({ ...row, role: 'reader' });
      else if (result.reason === 'status' && result.status === 404) {
        // Gone from the server, or no longer readable: the local copy stays as a local process.
        rows.delete(id);
        publish();
        await storage.deleteSyncRow(id);
      }
      return reachOf(result);
    }
    return 'ok';
  };

  const pushAll = async (): Promise<Reach> => {
    for (const id of [...rows.keys()]) {
      const reach = await pushOne(id);
      if (reach !== 'ok') return reach;
    }
    return 'ok';
  };

  const pullNow = async (): Promise<Reach> => {
    const listed = await api.library();
    if (!listed.ok) return reachOf(listed);
    // Another tab of this browser may have shared, changed or merged since.
    rows.clear();
    for (const row of await storage.readSyncRows()) rows.set(row.id, row);
    // Changed outside the editor (renamed in the library, replayed from the journal): send it.
    const changedAt = await storage.readChangedAt();
    for (const row of [...rows.values()]) {
      const at = changedAt.get(row.id);
      const changedHere = at !== undefined && at !== row.base.changedAt;
      if (!row.dirty && canWrite(row.role) && changedHere && !live(row.id))
        await save({ ...row, dirty: true });
    }
    await storage.writeLibrary(listed.value);
    deps.onLibrary(listed.value);
    const register = await api.register();
    if (register.ok) {
      const known = new Map(deps.register().map((e) => [e.id, JSON.stringify(e)]));
      deps.putRegister(register.value.filter((e) => known.get(e.id) !== JSON.stringify(e)));
    }
    const ids = new Set(listed.value.map((i) => i.id));
    for (const row of [...rows.values()])
      if (!ids.has(row.id)) {
        rows.delete(row.id);
        await storage.deleteSyncRow(row.id);
      }
    publish();
    for (const item of listed.value) {
      const row = rows.get(item.id);
      if (row && row.role !== item.role) await save({ ...row, role: item.role });
      const stale = !row || item.revision > row.revision || !(await storage.processExists(item.id));
      if (!stale || live(item.id)) continue;
      // A dirty process is merged when its push meets the newer revision (409).
      if (row?.dirty && canWrite(item.role)) continue;
      const got = await fetchInto(item.id);
      if (got !== 'ok' && reachOf(got) !== 'ok') return reachOf(got);
    }
    return pushAll();
  };

  const schedulePush = () => {
    if (timer || stopped) return;
    timer = setTimeout(() => {
      timer = null;
      void serial(pushAll).then(deps.onReach, () => undefined);
    }, deps.pushDelayMs ?? 500);
  };

  return {
    async load() {
      for (const row of await storage.readSyncRows()) rows.set(row.id, row);
      publish();
      deps.onLibrary(await storage.readLibrary());
    },
    changed(id) {
      const row = rows.get(id);
      if (!row || !canWrite(row.role) || stopped || live(id)) return;
      generations.set(id, gen(id) + 1);
      if (!row.dirty) void save({ ...row, dirty: true }).catch(console.error);
      schedulePush();
    },
    share: (id, access) => serial(() => shareProcess(id, access)),
    pull: () => serial(pullNow),
    push: () => serial(pushAll),
    ensureLocal: (id) =>
      serial(async () => {
        if (rows.has(id) && (await storage.processExists(id))) return 'ok';
        const got = await fetchInto(id);
        if (got === 'ok') return 'ok';
        return got.reason === 'status' && got.status !== 401 ? 'missing' : 'offline';
      }),
    acknowledge: (id) =>
      serial(async () => {
        const row = rows.get(id);
        if (row?.conflicts) await save({ ...row, conflicts: 0 });
      }),
    hasDirty: () => [...rows.values()].some((r) => r.dirty && canWrite(r.role)),
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };

  async function shareProcess(id: string, access: AccessChoice[]) {
    await deps.flush();
    let target = id;
    if (!rows.has(id)) {
      const local = await current(id);
      if (!local) return 'refused';
      const file = toProcessFile(local, deps.register());
      const created = await api.createProcess(file);
      if (!created.ok) return created.reason === 'status' ? 'refused' : 'offline';
      target = created.value.id;
      if (target !== id) {
        await storage.rekeyProcess(local, target);
        deps.onRekey?.(id, target);
      }
      const edited = openDoc(id) !== null && openDoc(id) !== local;
      await save({
        id: target,
        revision: created.value.revision,
        base: { ...file.process, id: target },
        role: 'owner',
        dirty: edited,
        conflicts: 0,
      });
      const library = [...(await storage.readLibrary()), created.value.item];
      await storage.writeLibrary(library);
      deps.onLibrary(library);
      if (edited) schedulePush();
    }
    const granted = await api.putAccess(target, access);
    if (granted.ok) return 'ok';
    return granted.reason === 'status' ? 'refused' : 'offline';
  }
}
