// Autosave: writes the latest version of the open document shortly after it changes, never
// more than one write at a time, and retries after a failure. The document stays in memory
// until a write succeeds; flush() is called on pagehide / visibilitychange.
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaverOptions<T> {
  write(value: T): Promise<void>;
  delayMs?: number;
  retryMs?: number;
  /** Upper bound on how long a change waits while edits keep arriving. */
  maxWaitMs?: number;
  onStatus?(status: SaveStatus, error?: unknown): void;
}

export interface Autosaver<T> {
  schedule(value: T): void;
  flush(): Promise<void>;
  dispose(): void;
}

export function createAutosaver<T>({
  write,
  delayMs = 300,
  retryMs = 2000,
  maxWaitMs = 800,
  onStatus,
}: AutosaverOptions<T>): Autosaver<T> {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;

  // The first unsaved change waits at most maxWaitMs, however steadily edits keep coming.
  let pendingSince: number | null = null;
  const arm = (ms: number, capped = true) => {
    if (timer) clearTimeout(timer);
    const waited = pendingSince === null ? 0 : Date.now() - pendingSince;
    const wait = capped ? Math.max(0, Math.min(ms, maxWaitMs - waited)) : ms;
    timer = setTimeout(() => void run(), wait);
  };

  async function run(): Promise<void> {
    timer = null;
    if (running) return running.then(() => (pending ? run() : undefined));
    const job = pending;
    if (!job) return;
    pending = null;
    pendingSince = null;
    onStatus?.('saving');
    running = write(job.value)
      .then(() => onStatus?.(pending ? 'pending' : 'saved'))
      .catch((error: unknown) => {
        // Keep the unsaved value unless a newer one arrived meanwhile, and try again.
        pending ??= job;
        onStatus?.('error', error);
        arm(retryMs, false);
      })
      .finally(() => {
        running = null;
      });
    await running;
    if (pending && !timer) arm(delayMs);
  }

  return {
    schedule(value) {
      pending = { value };
      pendingSince ??= Date.now();
      onStatus?.('pending');
      arm(delayMs);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running;
      if (pending) await run();
    },
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
