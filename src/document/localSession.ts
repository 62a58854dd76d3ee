// The document session for one person in one tab: operations applied to the document in memory,
// undo and redo as operations (domain/operations/diff), changes told to listeners. Tab sync and
// (later) a Yjs provider feed other people's changes in through applyRemote, which never makes
// an undo step, so undo here never takes back what someone else did.
import { normalise, type Normalised } from '../domain/model/normalise';
import type { Process } from '../domain/model/types';
import { applyOperations } from '../domain/operations/applyOperation';
import { diffOps } from '../domain/operations/diff';
import { same } from '../domain/operations/guard';
import type { Operation } from '../domain/operations/types';
import type {
  ApplyOptions,
  Change,
  DocumentSession,
  Origin,
  RegisterChange,
  RegisterPort,
} from './session';

/** Undo steps kept; each holds only what its edit touched, so this bounds count, not size. */
export const HISTORY_LIMIT = 300;

/** What takes one edit back (or does it again): operations and register changes, in order. */
interface Step {
  ops: Operation[];
  register: RegisterChange[];
}

type Listener = (change: Change) => void;
type DraftListener = (group: string, ops: Operation[] | null) => void;

export function createLocalSession(port?: RegisterPort): DocumentSession {
  let current: Normalised | null = null;
  let past: Step[] = [];
  let future: Step[] = [];
  let currentGroup: string | null = null;
  let lastGroup: string | null = null;
  let capturing: Operation[] | null = null;
  const listeners = new Set<Listener>();
  const draftListeners = new Set<DraftListener>();

  const emit = (change: Change) => {
    for (const listener of [...listeners]) listener(change);
  };

  /** Puts and removes register entries; returns what undoes it. */
  const changeRegister = (change: RegisterChange): RegisterChange => {
    const undo: RegisterChange = { put: [], remove: [] };
    if (!port) return undo;
    const now = new Map(port.entries().map((e) => [e.id, e]));
    const put = change.put.filter((e) => !same(now.get(e.id), e));
    for (const e of put) {
      const before = now.get(e.id);
      if (before) undo.put.push(before);
      else undo.remove.push(e.id);
    }
    const remove = change.remove.filter((id) => now.has(id));
    for (const id of remove) undo.put.push(now.get(id)!);
    if (put.length) port.put(put);
    if (remove.length) port.remove(remove);
    return undo;
  };
  const emptyRegister = (r: RegisterChange) => r.put.length === 0 && r.remove.length === 0;

  /** Sets the document; tells listeners. */
  const commit = (raw: Process, change: Omit<Change, 'before' | 'after'>) => {
    const before = current?.doc ?? null;
    const doc = normalise(raw, current ?? undefined);
    current = { raw, doc };
    emit({ ...change, before, after: doc });
  };

  const record = (step: Step, intent: ApplyOptions['intent']) => {
    if (intent === 'skip') return;
    const last = past[past.length - 1];
    if (intent === 'merge' && last) {
      // The newer change is taken back first, then the older one.
      past[past.length - 1] = {
        ops: [...step.ops, ...last.ops],
        register: [...step.register, ...last.register],
      };
    } else {
      past = [...past, step].slice(-HISTORY_LIMIT);
    }
    future = [];
  };

  /**
   * Applies a history step and hands `keep` the step that reverses it (before listeners hear of
   * the change, so they see the right canUndo/canRedo); false if it changed nothing.
   */
  const replay = (step: Step, kind: 'undo' | 'redo', keep: (reverse: Step) => void): boolean => {
    if (!current) return false;
    const register = step.register.map(changeRegister).reverse();
    const raw = applyOperations(current.raw, step.ops);
    if (raw === current.raw && register.every(emptyRegister)) return false;
    keep({ ops: diffOps(raw, current.raw), register });
    lastGroup = null;
    commit(raw, { ops: step.ops, origin: 'local', kind, group: null, register: null });
    return true;
  };

  const session: DocumentSession = {
    get doc() {
      return current?.doc ?? null;
    },
    get canUndo() {
      return past.length > 0;
    },
    get canRedo() {
      return future.length > 0;
    },
    apply(op, opts = {}) {
      const ops = Array.isArray(op) ? op : [op];
      if (capturing) {
        capturing.push(...ops);
        return false;
      }
      if (!current) return false;
      const registerChange: RegisterChange = { put: opts.register ?? [], remove: [] };
      const registerUndo = changeRegister(registerChange);
      const raw = applyOperations(current.raw, ops);
      if (raw === current.raw && emptyRegister(registerUndo)) return false;
      const group = currentGroup;
      const intent = opts.intent ?? 'record';
      const folded =
        group !== null && group === lastGroup && intent === 'record' ? 'merge' : intent;
      lastGroup = group;
      record({ ops: diffOps(raw, current.raw), register: [registerUndo] }, folded);
      const origin: Origin = opts.origin ?? 'local';
      commit(raw, { ops, origin, kind: 'edit', group, register: registerChange });
      return true;
    },
    applyRemote(change, origin) {
      if (!current) return;
      const whole = !Array.isArray(change);
      if (whole && change.id !== current.raw.id) return;
      const raw = whole ? change : applyOperations(current.raw, change);
      if (raw === current.raw) return;
      const ops = whole ? diffOps(current.raw, raw) : change;
      commit(raw, { ops, origin, kind: 'remote', group: null, register: null });
    },
    load(doc) {
      past = [];
      future = [];
      lastGroup = null;
      const before = current?.doc ?? null;
      current = doc ? { raw: doc, doc: normalise(doc) } : null;
      emit({
        ops: [],
        origin: 'load',
        kind: 'load',
        before,
        after: current?.doc ?? null,
        group: null,
        register: null,
      });
    },
    undo() {
      // A step whose every part someone else has since changed does nothing: go on to the next.
      while (past.length) {
        const step = past[past.length - 1]!;
        past = past.slice(0, -1);
        if (replay(step, 'undo', (reverse) => (future = [reverse, ...future]))) return;
      }
    },
    redo() {
      while (future.length) {
        const [step, ...rest] = future;
        future = rest;
        if (replay(step!, 'redo', (reverse) => (past = [...past, reverse]))) return;
      }
    },
    inGroup(group, edit) {
      const outer = currentGroup;
      currentGroup = group;
      try {
        edit();
      } finally {
        currentGroup = outer;
      }
    },
    draft(group, edit) {
      let ops: Operation[] | null = null;
      if (edit) {
        const outer = capturing;
        capturing = [];
        try {
          edit();
          ops = capturing;
        } finally {
          capturing = outer;
        }
      }
      for (const listener of draftListeners) listener(group, ops);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeDrafts(listener) {
      draftListeners.add(listener);
      return () => draftListeners.delete(listener);
    },
  };
  return session;
}
