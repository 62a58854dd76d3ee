// What restoring a backup does to the workspace, worked out before anything is written, so the
// person sees it first (the preview) and storage applies exactly that in one transaction.
// Replace: the workspace becomes the backup. Merge: nothing here is lost or overwritten — a
// process that exists with other content comes in as a copy with a new id.
// A backup with nothing readable in it never replaces anything: that would only empty the
// workspace (processes, versions and the organisation register with its defaults).
import type { Process, RegisterEntry } from '../model/types';
import { reconcileRegister } from '../register/register';
import { sameData, type Workspace, type WorkspaceRevision } from './workspace';

export type RestoreMode = 'replace' | 'merge';

/** Titles of the processes each way, for the person to read before choosing. */
export interface RestorePreview {
  added: string[];
  replaced: string[];
  removed: string[];
  copied: string[];
  unchanged: string[];
  revisionsAdded: number;
  revisionsRemoved: number;
  /** The organisation register: what the file holds, and names that come or go. */
  register: RegisterPreview;
  /** Set when this mode is refused for this backup; the plan then changes nothing. */
  refused?: 'nothingReadable';
}

export interface RegisterPreview {
  units: number;
  customerGroups: number;
  added: string[];
  removed: string[];
}

export interface RestorePlan {
  preview: RestorePreview;
  putProcesses: Process[];
  deleteProcessIds: string[];
  putRegister: RegisterEntry[];
  deleteRegisterIds: string[];
  putRevisions: WorkspaceRevision[];
  deleteRevisionIds: string[];
}

/** The workspace as stored now; rows the load gate refuses are known by id and title only. */
export interface CurrentWorkspace extends Workspace {
  unreadable: { id: string; title: string }[];
  unreadableRevisionIds: string[];
}

export interface PlanOptions {
  newId(prefix: string): string;
  /** Appended to the title of a process that comes in as a copy, e.g. "(från säkerhetskopia)". */
  copySuffix: string;
}

/** The file held nothing that could be read: no process, no saved version, no register entry. */
export function nothingReadable(backup: Workspace): boolean {
  return (
    backup.processes.length === 0 && backup.revisions.length === 0 && backup.register.length === 0
  );
}

export function planRestore(
  current: CurrentWorkspace,
  backup: Workspace,
  mode: RestoreMode,
  options: PlanOptions,
): RestorePlan {
  if (mode === 'replace' && nothingReadable(backup)) return refusedPlan(backup);
  return mode === 'replace' ? planReplace(current, backup) : planMerge(current, backup, options);
}

function refusedPlan(backup: Workspace): RestorePlan {
  return {
    preview: { ...emptyPreview(backup), refused: 'nothingReadable' },
    putProcesses: [],
    deleteProcessIds: [],
    putRegister: [],
    deleteRegisterIds: [],
    putRevisions: [],
    deleteRevisionIds: [],
  };
}

function planReplace(current: CurrentWorkspace, backup: Workspace): RestorePlan {
  const here = new Map(current.processes.map((p) => [p.id, p]));
  const incoming = new Set(backup.processes.map((p) => p.id));
  const preview = emptyPreview(backup);
  const putProcesses: Process[] = [];
  for (const p of backup.processes) {
    const old = here.get(p.id);
    if (old && sameData(old, p)) preview.unchanged.push(p.title);
    else {
      (old || current.unreadable.some((u) => u.id === p.id)
        ? preview.replaced
        : preview.added
      ).push(p.title);
      putProcesses.push(p);
    }
  }
  const gone = [...current.processes, ...current.unreadable].filter((p) => !incoming.has(p.id));
  preview.removed = gone.map((p) => p.title);

  // A lane may name an entry the backup lacks (a damaged file): it gets a placeholder, as on import.
  const { add: placeholders } = reconcileRegister(backup.register, [], referencedIds(backup));
  const register = [...backup.register, ...placeholders];
  const registerHere = new Map(current.register.map((e) => [e.id, e]));
  const registerIds = new Set(register.map((e) => e.id));
  // A file whose register could not be read at all is damaged there: ours stays as it is.
  const registerGone =
    backup.register.length === 0 ? [] : current.register.filter((e) => !registerIds.has(e.id));
  const putRegister = register.filter((e) => !sameData(registerHere.get(e.id), e));
  preview.register.added = putRegister.filter((e) => !registerHere.has(e.id)).map((e) => e.name);
  preview.register.removed = registerGone.map((e) => e.name);

  const revisionsHere = new Map(current.revisions.map((r) => [r.id, r]));
  const revisionIds = new Set(backup.revisions.map((r) => r.id));
  const putRevisions = backup.revisions.filter((r) => !sameData(revisionsHere.get(r.id), r));
  const deleteRevisionIds = [
    ...current.revisions.map((r) => r.id),
    ...current.unreadableRevisionIds,
  ].filter((id) => !revisionIds.has(id));
  preview.revisionsAdded = putRevisions.filter((r) => !revisionsHere.has(r.id)).length;
  preview.revisionsRemoved = deleteRevisionIds.length;

  return {
    preview,
    putProcesses,
    deleteProcessIds: gone.map((p) => p.id),
    putRegister,
    deleteRegisterIds: registerGone.map((e) => e.id),
    putRevisions,
    deleteRevisionIds,
  };
}

function planMerge(
  current: CurrentWorkspace,
  backup: Workspace,
  options: PlanOptions,
): RestorePlan {
  // The backup's register entries are matched to ours (by id, then name) as on import.
  const { add, idMap } = reconcileRegister(
    current.register,
    backup.register,
    referencedIds(backup),
  );
  const remap = (p: Process): Process =>
    idMap.size === 0
      ? p
      : {
          ...p,
          lanes: p.lanes.map((l) => ({
            ...l,
            registerId: idMap.get(l.registerId) ?? l.registerId,
          })),
          customerGroupIds: p.customerGroupIds.map((id) => idMap.get(id) ?? id),
        };

  const here = new Map(current.processes.map((p) => [p.id, p]));
  const unreadable = new Set(current.unreadable.map((u) => u.id));
  const preview = emptyPreview(backup);
  preview.register.added = add.map((e) => e.name);
  const putProcesses: Process[] = [];
  for (const original of backup.processes) {
    const p = remap(original);
    const old = here.get(p.id);
    if (!old && !unreadable.has(p.id)) {
      preview.added.push(p.title);
      putProcesses.push(p);
    } else if (old && sameData(old, p)) {
      preview.unchanged.push(p.title);
    } else {
      // Both versions stay: the one here keeps its id, the backup's comes in beside it.
      const title = `${p.title} ${options.copySuffix}`.slice(0, 500);
      preview.copied.push(p.title);
      putProcesses.push({ ...p, id: options.newId('p'), title });
    }
  }

  const revisionsHere = new Set([
    ...current.revisions.map((r) => r.id),
    ...current.unreadableRevisionIds,
  ]);
  const putRevisions = backup.revisions
    .filter((r) => !revisionsHere.has(r.id))
    .map((r) => ({ ...r, process: remap(r.process) }));
  preview.revisionsAdded = putRevisions.length;

  return {
    preview,
    putProcesses,
    deleteProcessIds: [],
    putRegister: add,
    deleteRegisterIds: [],
    putRevisions,
    deleteRevisionIds: [],
  };
}

/** Register ids the backup's processes and revisions refer to. */
function referencedIds(backup: Workspace): string[] {
  const ids = new Set<string>();
  for (const p of [...backup.processes, ...backup.revisions.map((r) => r.process)]) {
    for (const lane of p.lanes) ids.add(lane.registerId);
    for (const id of p.customerGroupIds) ids.add(id);
  }
  return [...ids];
}

function emptyPreview(backup: Workspace): RestorePreview {
  const customerGroups = backup.register.filter((e) => e.kind === 'kundgrupp').length;
  return {
    added: [],
    replaced: [],
    removed: [],
    copied: [],
    unchanged: [],
    revisionsAdded: 0,
    revisionsRemoved: 0,
    register: {
      units: backup.register.length - customerGroups,
      customerGroups,
      added: [],
      removed: [],
    },
  };
}
