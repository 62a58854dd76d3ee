// Sends a layout graph to the ELK worker and waits for the answer; one worker, started on first use.
import type { LayoutGraph } from '../../domain/tidy/tidyLayout';

type Reply = { id: number; laid?: LayoutGraph; error?: string };

let worker: Worker | null = null;
let sequence = 0;
const waiting = new Map<number, { resolve(g: LayoutGraph): void; reject(e: Error): void }>();

function start(): Worker {
  const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<Reply>) => {
    const job = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (!job) return;
    if (event.data.laid) job.resolve(event.data.laid);
    else job.reject(new Error(event.data.error ?? 'layout failed'));
  };
  w.onerror = (event) => {
    for (const job of waiting.values())
      job.reject(new Error(event.message || 'layout worker failed'));
    waiting.clear();
    worker = null;
  };
  return w;
}

export async function runLayout(graph: LayoutGraph): Promise<LayoutGraph> {
  if (typeof Worker === 'undefined') {
    // No workers (a test runner, an old embedded browser): lay out here, more slowly.
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    return (await new ELK().layout(graph as never)) as unknown as LayoutGraph;
  }
  worker ??= start();
  const id = ++sequence;
  const w = worker;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, graph });
  });
}
