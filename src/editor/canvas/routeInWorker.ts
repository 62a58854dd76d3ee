// Sends a process to the routing worker and waits for its routes; one worker, started on first use.
import type { Process } from '../../domain/model/types';
import { routeProcess, type Routes } from '../../domain/layout/routing';

type Reply = { id: number; routes?: Routes; error?: string };

let worker: Worker | null = null;
let sequence = 0;
const waiting = new Map<number, { resolve(r: Routes): void; reject(e: Error): void }>();

function start(): Worker {
  const w = new Worker(new URL('./route.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<Reply>) => {
    const job = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (!job) return;
    if (event.data.routes) job.resolve(event.data.routes);
    else job.reject(new Error(event.data.error ?? 'routing failed'));
  };
  w.onerror = (event) => {
    for (const job of waiting.values())
      job.reject(new Error(event.message || 'routing worker failed'));
    waiting.clear();
    worker = null;
  };
  return w;
}

export function routeInWorker(process: Process): Promise<Routes> {
  // No workers (an old embedded browser): route here.
  if (typeof Worker === 'undefined') return Promise.resolve(routeProcess(process));
  worker ??= start();
  const id = ++sequence;
  const w = worker;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, process });
  });
}
