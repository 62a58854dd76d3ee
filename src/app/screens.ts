// The screens that need React Flow and the canvas code load as chunks, so the start screen
// parses less. The editor's chunk is fetched right after the page has loaded, so opening a
// process does not wait for the network or the parser (and with the service worker it is a
// cache read).
import { lazy } from 'react';

const loadEditor = () => import('../editor/EditorScreen');

export const EditorScreen = lazy(() => loadEditor().then((m) => ({ default: m.EditorScreen })));
export const ShareScreen = lazy(() =>
  import('../share/ShareScreen').then((m) => ({ default: m.ShareScreen })),
);
export const CompareScreen = lazy(() =>
  import('../compare/CompareScreen').then((m) => ({ default: m.CompareScreen })),
);
export const HukiScreen = lazy(() =>
  import('../editor/huki/HukiScreen').then((m) => ({ default: m.HukiScreen })),
);

/**
 * Right after the page has loaded (the start screen's own code has run): fetch and evaluate the
 * editor's chunk, so a click on a process seldom waits for it.
 */
export function preloadEditor(): void {
  const start = () => setTimeout(() => void loadEditor().catch(() => undefined), 0);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
