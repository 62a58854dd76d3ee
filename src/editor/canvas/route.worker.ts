// Routes a large flow off the main thread: a thousand steps take a fifth of a second to route,
// long enough to hold up opening the flow or the frame after a drop.
import type { Process } from '../../domain/model/types';
import { routeProcess } from '../../domain/layout/routing';

self.onmessage = (event: MessageEvent<{ id: number; process: Process }>) => {
  const { id, process } = event.data;
  try {
    self.postMessage({ id, result: routeProcess(process) });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
