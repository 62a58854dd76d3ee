// The screens that need React Flow and the canvas code, and those seldom opened (register,
// settings with backup and restore), load as chunks, so the start screen parses less. The editor's chunk is fetched right after the page has loaded, so opening a
// process does not wait for the network or the parser (and with the service worker it is a
// cache read).
import { createElement, lazy, type ComponentProps } from 'react';
import type * as EditorChunk from '../editor/EditorScreen';

type EditorModule = typeof EditorChunk;
let editorModule: EditorModule | null = null;
const loadEditor = () =>
  import('../editor/EditorScreen').then((m) => {
    editorModule = m;
    return m;
  });

const LazyEditorScreen = lazy(() => loadEditor().then((m) => ({ default: m.EditorScreen })));

/**
 * The editor, rendered directly once its chunk is in. A lazy component suspends on its first
 * render even when the chunk has arrived, and React then holds the fallback on screen for its
 * 300 ms reveal throttle: that was most of the time to open a process (bench: open 400 ms at
 * 100 steps, of which 270 ms idle).
 */
export function EditorScreen(props: ComponentProps<EditorModule['EditorScreen']>) {
  return createElement(editorModule?.EditorScreen ?? LazyEditorScreen, props);
}
export const ShareScreen = lazy(() =>
  import('../share/ShareScreen').then((m) => ({ default: m.ShareScreen })),
);
export const CompareScreen = lazy(() =>
  import('../compare/CompareScreen').then((m) => ({ default: m.CompareScreen })),
);
export const RegisterScreen = lazy(() =>
  import('../register/RegisterScreen').then((m) => ({ default: m.RegisterScreen })),
);
export const SettingsScreen = lazy(() =>
  import('../settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
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
