// When to fold a shared process's stored Y updates (storage/collabUpdates.ts): a fold is one long
// main-thread task, so it waits until nobody is looking (the tab hidden) or working (no key,
// pointer or wheel for a while), at most every few minutes — never in the middle of typing.

/** Not more often than this: the updates of five minutes are few rows to load. */
export const FOLD_EVERY_MS = 5 * 60_000;
/** This long without input counts as a pause in the work. */
export const QUIET_AFTER_MS = 20_000;

export interface QuietFolding {
  /** The person typed, clicked or scrolled. */
  input(): void;
  /** Called now and then (a timer) and when the tab is hidden; folds when it is time. */
  check(hidden: boolean): void;
}

export function quietFolding(fold: () => Promise<void>, now: () => number): QuietFolding {
  let lastInput = now();
  // The first fold waits a full interval, like y-dexie's own timer, so opening is never slowed.
  let lastFold = now();
  let running = false;
  return {
    input() {
      lastInput = now();
    },
    check(hidden) {
      const t = now();
      if (running || t - lastFold < FOLD_EVERY_MS) return;
      if (!hidden && t - lastInput < QUIET_AFTER_MS) return;
      running = true;
      lastFold = t;
      void fold()
        .catch((error: unknown) => console.debug('folding shared-process updates failed', error))
        .finally(() => {
          running = false;
        });
    },
  };
}

/** Wires the schedule to this window; returns the way to stop it. */
export function startQuietFolding(fold: () => Promise<void>): () => void {
  const schedule = quietFolding(fold, () => Date.now());
  const input = () => schedule.input();
  const visibility = () => schedule.check(document.hidden);
  const events = ['keydown', 'pointerdown', 'wheel'] as const;
  for (const e of events) window.addEventListener(e, input, { passive: true, capture: true });
  document.addEventListener('visibilitychange', visibility);
  const timer = window.setInterval(visibility, 15_000);
  return () => {
    for (const e of events) window.removeEventListener(e, input, { capture: true });
    document.removeEventListener('visibilitychange', visibility);
    window.clearInterval(timer);
  };
}
