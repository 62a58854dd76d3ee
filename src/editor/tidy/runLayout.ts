// Sends a layout graph to the ELK worker and waits for the answer.
import type { LayoutGraph } from '../../domain/tidy/tidyLayout';
import { workerJobs } from '../workerJobs';

const inWorker = workerJobs<{ graph: LayoutGraph }, LayoutGraph>(
  () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }),
  'layout',
);

export async function runLayout(graph: LayoutGraph): Promise<LayoutGraph> {
  if (typeof Worker === 'undefined') {
    // No workers (a test runner, an old embedded browser): lay out here, more slowly.
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    return (await new ELK().layout(graph as never)) as unknown as LayoutGraph;
  }
  return inWorker({ graph });
}
