// What the benchmark installs in every page before its scripts run (page.addInitScript): a
// long-task log, a frame recorder, key-to-paint latency, the open timer and the save watcher.
// It runs in the browser, so it is one self-contained function.

export interface Probe {
  longTasks: { start: number; duration: number }[];
  /** rAF timestamps while recording, null otherwise. */
  frames: number[] | null;
  /** The zoom drawn in each recorded frame (from React Flow's viewport transform). */
  zooms: number[];
  /** Per recorded frame: did the view (or the element matching `moving`) move since the last? */
  changed: boolean[];
  startFrames(moving?: string): void;
  stopFrames(): number[];
  /** Key press to painted frame, for printable keys pressed while recordKeys is on. */
  keyLatencies: number[];
  recordKeys: boolean;
  /** Times from the next click to the first frame in which steps are drawn (visible). */
  armOpen(selector: string): void;
  open: { clickAt: number; visibleAt: number } | null;
  /** Times from the next event of this type to the next "saved" state of the app's indicator. */
  armSave(eventType: string): void;
  save: { from: number; savedAt: number } | null;
  longestTask(from: number, to: number): number;
}

declare global {
  interface Window {
    __bench: Probe;
  }
}

export function installProbe(): void {
  const afterPaint = (done: () => void) =>
    requestAnimationFrame(() => {
      // A message posted from rAF is delivered after that frame's paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(0);
    });
  const probe: Probe = {
    longTasks: [],
    frames: null,
    zooms: [],
    changed: [],
    startFrames(moving) {
      const frames: number[] = [];
      probe.frames = frames;
      probe.zooms = [];
      probe.changed = [];
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
      let mover: HTMLElement | null = null;
      let last: string | null = null;
      const tick = (t: number) => {
        if (probe.frames !== frames) return;
        frames.push(t);
        const transform = viewport?.style.transform ?? '';
        const scale = /scale\(([\d.]+)\)/.exec(transform);
        if (scale) probe.zooms.push(Number(scale[1]));
        if (moving && !mover) mover = document.querySelector<HTMLElement>(moving);
        const state = `${transform}|${mover?.style.transform ?? ''}`;
        probe.changed.push(last !== null && state !== last);
        last = state;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      const frames = probe.frames ?? [];
      probe.frames = null;
      return frames;
    },
    keyLatencies: [],
    recordKeys: false,
    open: null,
    armOpen(selector) {
      probe.open = null;
      let clickAt = 0;
      window.addEventListener('click', (e) => (clickAt = e.timeStamp), {
        capture: true,
        once: true,
      });
      const visible = () => {
        const drawn = [...document.querySelectorAll<HTMLElement>(selector)];
        // React Flow hides a node (inline style) until it knows its size.
        return drawn.length > 0 && drawn.every((n) => n.style.visibility !== 'hidden');
      };
      const poll = () => {
        if (clickAt && visible()) probe.open = { clickAt, visibleAt: performance.now() };
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    },
    save: null,
    armSave(eventType) {
      probe.save = null;
      let from = 0;
      window.addEventListener(eventType, (e) => (from = e.timeStamp), {
        capture: true,
        once: true,
      });
      const indicator = document.querySelector('.save-state');
      if (!indicator) return;
      let changed = false;
      const observer = new MutationObserver(() => {
        const saved = indicator.classList.contains('save-saved');
        if (!saved) changed = true;
        else if (changed && from) {
          probe.save = { from, savedAt: performance.now() };
          observer.disconnect();
        }
      });
      observer.observe(indicator, { attributes: true, attributeFilter: ['class'] });
    },
    longestTask(from, to) {
      return probe.longTasks
        .filter((t) => t.start + t.duration > from && t.start < to)
        .reduce((max, t) => Math.max(max, t.duration), 0);
    },
  };
  window.__bench = probe;
  window.addEventListener(
    'keydown',
    (e) => {
      if (!probe.recordKeys || e.key.length !== 1) return;
      const pressed = e.timeStamp;
      afterPaint(() => probe.keyLatencies.push(performance.now() - pressed));
    },
    { capture: true },
  );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}
