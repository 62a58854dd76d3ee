// Jobs for a worker that answers each message by its id: the worker is started on first use,
// and if it fails every waiting job is told so and the next job starts a new one.
type Reply<A> = { id: number; result?: A; error?: string };

export function workerJobs<Q extends object, A>(
  start: () => Worker,
  what: string,
): (request: Q) => Promise<A> {
  let worker: Worker | null = null;
  let sequence = 0;
  const waiting = new Map<number, { resolve(a: A): void; reject(e: Error): void }>();

  const open = (): Worker => {
    const w = start();
    w.onmessage = (event: MessageEvent<Reply<A>>) => {
      const job = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      if (!job) return;
      if (event.data.result !== undefined) job.resolve(event.data.result);
      else job.reject(new Error(event.data.error ?? `${what} failed`));
    };
    w.onerror = (event) => {
      for (const job of waiting.values()) job.reject(new Error(event.message || `${what} failed`));
      waiting.clear();
      worker = null;
    };
    return w;
  };

  return (request: Q) => {
    worker ??= open();
    const id = ++sequence;
    const w = worker;
    return new Promise<A>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      w.postMessage({ id, ...request });
    });
  };
}
