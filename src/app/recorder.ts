// Takes the automatic versions of the open process: one when it is opened (unless the newest
// version already holds exactly that), then at most one per interval while it is edited. A
// snapshot waits for a pause in the editing and is written in the background, so typing never
// waits for it.
import {
  AUTO_INTERVAL_MS,
  IDLE_MS,
  nextSnapshotDue,
  worthSnapshot,
  type EditingClock,
} from '../domain/revisions/policy';
import { contentFingerprint } from '../domain/revisions/fingerprint';
import type { Process } from '../domain/model/types';
import { documentSession } from '../state/documentSession';
import { useSessionStore } from '../state/sessionStore';
import * as repository from '../storage/revisionRepository';

/** Where versions go: the revision repository, or a stand-in in tests. */
export type VersionStore = Pick<
  typeof repository,
  'addRevision' | 'newestFingerprint' | 'pruneRevisions'
>;

export interface RecorderOptions {
  intervalMs?: number;
  idleMs?: number;
  now?: () => number;
  versions?: VersionStore;
}

export interface Recorder {
  /** Resolves when every snapshot begun so far is written (for tests). */
  settled(): Promise<void>;
  stop(): void;
}

export function startRevisionRecorder(options: RecorderOptions = {}): Recorder {
  const {
    intervalMs = AUTO_INTERVAL_MS,
    idleMs = IDLE_MS,
    now = Date.now,
    versions = repository,
  } = options;
  const { addRevision, newestFingerprint, pruneRevisions } = versions;
  let processId: string | null = null;
  let clock: EditingClock = { lastSnapshotAt: 0, lastEditAt: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // One snapshot at a time, in order, so "the newest version" is always the one last written.
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task).catch((error: unknown) => {
      // A version that could not be written is not worth an alert of its own: the process
      // itself is saved (or its save alerts), and the next snapshot tries again.
      console.error(error);
    });
  };
  const writable = () => !useSessionStore.getState().storageLost;

  /** Takes a version unless the newest one, from here or another tab, holds the same. */
  const snapshot = async (doc: Process, at: number) => {
    if (!writable()) return;
    const fingerprint = contentFingerprint(doc);
    if (worthSnapshot(fingerprint, await newestFingerprint(doc.id)))
      await addRevision({ process: doc, kind: 'auto', now: new Date(at), fingerprint });
  };

  const opened = (doc: Process) => {
    processId = doc.id;
    clock = { lastSnapshotAt: now(), lastEditAt: null };
    clearTimeout(timer);
    const at = now();
    // After the opened process is on screen: fingerprinting a large one takes tens of ms.
    whenIdle(() =>
      enqueue(async () => {
        await snapshot(doc, at);
        if (writable()) await pruneRevisions(doc.id, now());
      }),
    );
  };

  const schedule = () => {
    clearTimeout(timer);
    const due = nextSnapshotDue(clock, { intervalMs, idleMs });
    if (due !== null) timer = setTimeout(fire, Math.max(0, due - now()));
  };

  const fire = () => {
    const due = nextSnapshotDue(clock, { intervalMs, idleMs });
    if (due === null) return;
    if (due > now()) return schedule();
    const doc = documentSession.doc;
    if (!doc || doc.id !== processId) return;
    const at = now();
    clock = { lastSnapshotAt: at, lastEditAt: null };
    enqueue(() => snapshot(doc, at));
  };

  // Hears every change of the open document from the session: opening one starts its clock,
  // any change of it (an edit here, an undo, another tab's) counts as an edit.
  const unsubscribe = documentSession.subscribe((change) => {
    const doc = change.after;
    if (doc?.id !== processId) {
      if (doc) opened(doc);
      else {
        processId = null;
        clearTimeout(timer);
      }
      return;
    }
    if (doc && doc !== change.before) {
      clock = { ...clock, lastEditAt: now() };
      schedule();
    }
  });
  const current = documentSession.doc;
  if (current) opened(current);

  return {
    settled: () => queue,
    stop() {
      unsubscribe();
      clearTimeout(timer);
    },
  };
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1_000 });
  else setTimeout(run, 0);
}
