// What happens when the user accepts a new version: write pending edits first, then let the
// waiting service worker take over, and reload this tab once it does, only because the user
// asked. (A new worker taking over because another tab accepted it must not reload this one.)

export interface UpdateDeps {
  /** Writes pending edits (services().flush()). */
  flush(): Promise<void>;
  /**
   * Tells the waiting worker to take over and calls `controlling` once it controls this page;
   * false when no worker is waiting.
   */
  activateWaiting(controlling: () => void): boolean;
  reload(): void;
}

export type AcceptOutcome = 'flush-failed' | 'activating' | 'reloading';

/** The user pressed "Ladda om". */
export async function acceptUpdate(deps: UpdateDeps): Promise<AcceptOutcome> {
  try {
    await deps.flush();
  } catch {
    // Reloading now would lose the edit that could not be written.
    return 'flush-failed';
  }
  if (deps.activateWaiting(() => deps.reload())) return 'activating';
  // The new worker is already active (another tab accepted it): a reload picks it up.
  deps.reload();
  return 'reloading';
}
