// Runs ELK off the main thread: a large flow takes long enough to lay out that typing and
// panning would stutter if it ran in the page.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutGraph } from '../../domain/tidy/tidyLayout';

const elk = new ELK();

self.onmessage = async (event: MessageEvent<{ id: number; graph: LayoutGraph }>) => {
  const { id, graph } = event.data;
  try {
    const laid = await elk.layout(graph as never);
    self.postMessage({ id, result: laid });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
