// One frame phase: input at 60 Hz for a number of frames, and the three numbers the issue asks
// for. Busy ms per frame (CDP TaskDuration delta / frames) is the one that separates
// implementations: headless frame intervals sit on the 16.7 ms vsync grid.
import type { CDPSession, Page } from '@playwright/test';
import { FRAME_MS } from './input';
import { nextFrame } from './view';

export interface FrameStats {
  /** Main-thread busy ms per frame (wall time of its tasks). */
  busy: number;
  /** Main-thread CPU ms per frame: unlike busy, not inflated when other work shares the CPU. */
  cpu: number;
  /** Where busy time went, ms per frame: script, style recalculation, layout. */
  split: { script: number; style: number; layout: number };
  /** p95 of the intervals between rAF callbacks, ms. */
  p95: number;
  /** Share of frames longer than 16.7 ms (0–1). */
  long: number;
  frames: number;
  /** Smallest and largest zoom drawn meanwhile. */
  zoom: [number, number];
}

export interface Session {
  page: Page;
  cdp: CDPSession;
}

const COUNTERS = {
  task: 'TaskDuration',
  cpu: 'ThreadTime',
  script: 'ScriptDuration',
  style: 'RecalcStyleDuration',
  layout: 'LayoutDuration',
} as const;
type Counters = Record<keyof typeof COUNTERS, number>;

/** Seconds the renderer's main thread spent in tasks (wall), on the CPU, and in parts, so far. */
export async function mainThread(cdp: CDPSession): Promise<Counters> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return Object.fromEntries(
    Object.entries(COUNTERS).map(([key, name]) => [key, value(name)]),
  ) as Counters;
}

/** Records frames and main-thread time around `act`. */
export async function measureFrames(
  { page, cdp }: Session,
  act: () => Promise<void>,
  /** What moves besides the view (the dragged step). */
  moving?: string,
): Promise<FrameStats> {
  await page.evaluate((m) => window.__bench.startFrames(m), moving);
  const before = await mainThread(cdp);
  await act();
  await nextFrame(page);
  await nextFrame(page);
  const after = await mainThread(cdp);
  const { stamps, zooms, changed } = await page.evaluate(() => ({
    zooms: window.__bench.zooms,
    changed: window.__bench.changed,
    stamps: window.__bench.stopFrames(),
  }));
  const stats = frameStats(stamps, changed, (after.task - before.task) * 1000);
  return {
    ...stats,
    cpu: ((after.cpu - before.cpu) * 1000) / stats.frames,
    split: {
      script: ((after.script - before.script) * 1000) / stats.frames,
      style: ((after.style - before.style) * 1000) / stats.frames,
      layout: ((after.layout - before.layout) * 1000) / stats.frames,
    },
    zoom: [Math.min(...zooms), Math.max(...zooms)],
  };
}

/**
 * Frames are those of the gesture: from the first frame that drew a change to the last. The
 * idle frames before input reaches a loaded machine, and after the last move, would otherwise
 * dilute the per-frame figures. Frames inside the gesture count whether or not they drew
 * something new: a step snapped to the app's 8-unit grid moves only every second or third
 * mouse move, and counting only the frames in which it moved charged the app 2–3 moves' work
 * per frame against the baselines' one (they do not snap).
 */
export function frameStats(
  stamps: readonly number[],
  changed: readonly boolean[],
  busyMs: number,
): Omit<FrameStats, 'zoom' | 'cpu' | 'split'> {
  const first = changed.indexOf(true);
  const last = changed.lastIndexOf(true);
  const frames = first < 0 ? 0 : last - first + 1;
  const intervals: number[] = [];
  for (let i = Math.max(1, first); first >= 0 && i <= last; i++)
    intervals.push(stamps[i]! - stamps[i - 1]!);
  // rAF timestamps are frame start times; a frame on time is 16.67 ms, a late one at least 33.
  const long = intervals.filter((d) => d > FRAME_MS + 0.5).length / Math.max(1, intervals.length);
  return { busy: busyMs / frames, p95: percentile(intervals, 0.95), long, frames };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
