// Sends a process to the routing worker and waits for its routes.
import type { Process } from '../../domain/model/types';
import { routeProcess, type Routes } from '../../domain/layout/routing';
import { workerJobs } from '../workerJobs';

const inWorker = workerJobs<{ process: Process }, Routes>(
  () => new Worker(new URL('./route.worker.ts', import.meta.url), { type: 'module' }),
  'routing',
);

export function routeInWorker(process: Process): Promise<Routes> {
  // No workers (an old embedded browser): route here.
  if (typeof Worker === 'undefined') return Promise.resolve(routeProcess(process));
  return inWorker({ process });
}
