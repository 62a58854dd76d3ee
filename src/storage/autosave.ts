// Autosave: writes the latest version of the open document shortly after it changes, never
// more than one write at a time, and retries after a failure. The document stays in memory
// until a write succeeds; flush() is called on pagehide / visibilitychange.
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaverOptions<T> {
  write(value: T): Promise<void>;
  delayMs?: number;
  retryMs?: number;
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
  onStatus,
}: AutosaverOptions<T>): Autosaver<T> {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;

  const arm = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  };

  async function run(): Promise<void> {
    timer = null;
    if (running) return running.then(() => (pending ? run() : undefined));
    const job = pending;
    if (!job) return;
    pending = null;
    onStatus?.('saving');
    running = write(job.value)
      .then(() => onStatus?.(pending ? 'pending' : 'saved'))
      .catch((error: unknown) => {
        // Keep the unsaved value unless a newer one arrived meanwhile, and try again.
        pending ??= job;
        onStatus?.('error', error);
        arm(retryMs);
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
