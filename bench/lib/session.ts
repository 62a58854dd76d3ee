// One run: a fresh browser context, the process opened by a click, then every phase in turn
// with real input. Returns flat metrics (ms, MB, shares) for this target, size and run.
import { stat } from 'node:fs/promises';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { measureFrames, median, type FrameStats, type Session } from './frames';
import { at60Hz, cdpMouse } from './input';
import type { BenchOptions, Phase } from './options';
import { installProbe } from './probe';
import { startProfile, type Profile } from './profile';
import type { Target } from './targets';
import { traceTasks } from './tasks';
import { editHeap, undoTidy } from './history';
import {
  canvasBox,
  emptyGround,
  lanesCentre,
  nextFrame,
  readView,
  stepToMove,
  zoomTo,
  type Selectors,
} from './view';

export type Metrics = Record<string, number>;

const START_ZOOM = 0.5;
const OVERVIEW_ZOOM = 0.1;
const PAN_PX_PER_FRAME = 6;
const SAVE_TIMEOUT = 60_000;

export interface RunSetup {
  browser: Browser;
  target: Target;
  steps: number;
  options: BenchOptions;
  contextOptions: BrowserContextOptions;
  /** Profile this phase (the caller decides in which run). */
  profile: Phase | null;
  /** Export timings are taken in this run. */
  exports: boolean;
  /** Only open and export (the extra export sizes). */
  exportOnly?: boolean;
}

export interface RunResult {
  metrics: Metrics;
  /** Phases that could not be measured in this run, with why (the run goes on without them). */
  failures: string[];
  canvas: { width: number; height: number };
  profile: Profile | null;
  wall: Record<string, number>;
}

export async function measureRun(setup: RunSetup): Promise<RunResult> {
  const { browser, target, steps, options } = setup;
  const wants = (p: Phase) => options.only.includes(p) && !setup.exportOnly;
  const context = await browser.newContext({
    ...setup.contextOptions,
    ...target.contextOptions(steps),
  });
  const metrics: Metrics = {};
  /** Seconds each phase took on the clock, for --verbose: where the bench's own time goes. */
  const wall: Record<string, number> = {};
  let profile: Profile | null = null;
  const failures: string[] = [];
  try {
    const page = await context.newPage();
    /** One phase failing (a missed step, a timeout) costs that figure, not the whole bench. */
    const attempt = async (phase: string, act: () => Promise<void>) => {
      try {
        await act();
      } catch (e) {
        failures.push(`${phase}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        await page.keyboard.up('Control').catch(() => undefined);
        await page.mouse.up().catch(() => undefined);
      }
    };
    await page.addInitScript(installProbe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const session: Session = { page, cdp };
    const profiled = async <T>(phase: Phase, act: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      const stop = setup.profile === phase ? await startProfile(cdp) : null;
      try {
        return await act();
      } finally {
        if (stop) profile = await stop();
        wall[phase] = (wall[phase] ?? 0) + (performance.now() - started) / 1000;
      }
    };
    const frameMetrics = (name: string, stats: FrameStats) => {
      metrics[`${name}.busy`] = stats.busy;
      metrics[`${name}.cpu`] = stats.cpu;
      for (const [part, ms] of Object.entries(stats.split)) metrics[`${name}.${part}`] = ms;
      metrics[`${name}.p95`] = stats.p95;
      metrics[`${name}.long`] = stats.long;
    };

    metrics.open = await profiled('open', () => target.open(page, steps));
    const canvas = await canvasBox(page);
    if (wants('heap')) metrics.heap = await heapMb(session);

    const sel = target.selectors;
    const view = async (zoom: number, where: 'top' | 'centre') => {
      const started = performance.now();
      await zoomTo(page, zoom, (await lanesCentre(page, sel))[where]);
      wall.view = (wall.view ?? 0) + (performance.now() - started) / 1000;
    };
    await view(START_ZOOM, 'top');
    if (wants('pan'))
      await attempt('pan', async () =>
        frameMetrics('pan', await profiled('pan', () => pan(session, sel, options))),
      );
    if (wants('zoom'))
      await attempt('zoom', async () =>
        frameMetrics('zoom', await profiled('zoom', () => zoom(session, sel, options))),
      );
    if (wants('drag'))
      await attempt('drag', () => profiled('drag', () => drag(session, target, options, metrics)));
    if (wants('type') || wants('autosave'))
      await attempt('type', () => profiled('type', () => type(session, target, metrics)));
    // Both change the document (the app only): after the drag and type figures, before the
    // overview's zoom, at which a step is too small to click.
    if (wants('editheap') && target.name === 'app')
      await attempt('editheap', () =>
        profiled('editheap', async () => {
          const { from } = await stepToMove(page, sel);
          await editHeap(session, metrics, from);
        }),
      );
    if (wants('undo') && target.name === 'app')
      await attempt('undo', () => profiled('undo', () => undoTidy(session, target, metrics)));
    // Last, so the view need not come back to the start zoom.
    if (wants('overview'))
      await attempt('overview', async () => {
        await view(OVERVIEW_ZOOM, 'centre');
        frameMetrics('overview', await profiled('overview', () => pan(session, sel, options)));
      });
    if (setup.exports && options.only.includes('export') && target.name === 'app')
      await attempt('export', () => profiled('export', () => exportTimes(page, metrics)));
    return { metrics, failures, canvas, profile, wall };
  } finally {
    await context.close();
  }
}

async function heapMb({ cdp }: Session): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** A drag on empty ground towards the left: the flow further right comes into view. */
async function pan(session: Session, sel: Selectors, options: BenchOptions): Promise<FrameStats> {
  const { page, cdp } = session;
  const canvas = await canvasBox(page);
  const start = await emptyGround(page, sel, {
    x: canvas.x + canvas.width - 260,
    y: (await lanesCentre(page, sel)).centre.y,
  });
  const mouse = cdpMouse(cdp);
  await mouse.move(start);
  await mouse.down(start);
  const at = (i: number) => ({ x: start.x - i * PAN_PX_PER_FRAME, y: start.y });
  const before = await readView(page);
  let stats: FrameStats;
  try {
    stats = await measureFrames(session, () =>
      at60Hz(options.frames, (i) => mouse.move(at(i + 1))),
    );
  } finally {
    await mouse.up(at(options.frames));
  }
  // A harness that pans nothing would report a fast pan.
  const moved = before.x - (await readView(page)).x;
  const wanted = options.frames * PAN_PX_PER_FRAME;
  if (!(moved > 0.9 * wanted)) throw new Error(`the pan moved the view ${moved} px, not ${wanted}`);
  return stats;
}

/** Ctrl+wheel over the lanes: in, out past the start, and back (about ±25%). */
async function zoom(session: Session, sel: Selectors, options: BenchOptions): Promise<FrameStats> {
  const { page, cdp } = session;
  const at = (await lanesCentre(page, sel)).centre;
  const mouse = cdpMouse(cdp);
  await mouse.move(at);
  // Held as a key too: React Flow zooms on Ctrl+wheel when it knows Ctrl is down.
  await page.keyboard.down('Control');
  const quarter = options.frames / 4;
  let stats: FrameStats;
  try {
    stats = await measureFrames(session, () =>
      at60Hz(options.frames, (i) =>
        mouse.ctrlWheel(at, i < quarter || i >= 3 * quarter ? -10 : 10),
      ),
    );
  } finally {
    await page.keyboard.up('Control');
  }
  // A harness that zooms nothing would report a fast zoom.
  if (!(stats.zoom[1] > stats.zoom[0] * 1.2))
    throw new Error(`the zoom phase drew zooms ${stats.zoom.join('–')} only`);
  return stats;
}

/**
 * One step dragged by 60 mouse moves at 60 Hz into the next lane and dropped; then the frames
 * and tasks after the drop, until the app has saved the move (or a second, for the baselines).
 */
async function drag(session: Session, target: Target, options: BenchOptions, metrics: Metrics) {
  const { page, cdp } = session;
  const { from, to } = await stepToMove(page, target.selectors);
  const mouse = cdpMouse(cdp);
  await mouse.move(from);
  await mouse.down(from);
  // Press, then move, as a hand does: the press selects the step, and at 5,000 steps a slow
  // selection (the baselines set every node's state) made the page take all 60 moves in one
  // coalesced event, so the step moved in one frame and the run was lost.
  await nextFrame(page);
  await nextFrame(page);
  const moves = Math.max(60, options.frames);
  const stats = await measureFrames(
    session,
    () =>
      at60Hz(moves, (i) => {
        const f = (i + 1) / moves;
        return mouse.move({ x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f });
      }),
    '.react-flow__node.dragging',
  );
  // A harness that drags nothing would report a fast drag. (A slow app draws few frames: that
  // is a figure, not a failure.)
  if (stats.frames < 2) throw new Error(`the drag moved the step in ${stats.frames} frames`);
  metrics['drag.busy'] = stats.busy;
  metrics['drag.cpu'] = stats.cpu;
  for (const [part, ms] of Object.entries(stats.split)) metrics[`drag.${part}`] = ms;
  metrics['drag.p95'] = stats.p95;
  metrics['drag.long'] = stats.long;

  const app = target.name === 'app';
  if (app) await page.evaluate(() => window.__bench.armSave('pointerup'));
  const stopTrace = await traceTasks(cdp);
  await page.evaluate(() => window.__bench.startFrames());
  const dropAt = await page.evaluate(() => performance.now());
  await mouse.up(to);
  if (app) await savedAfter(page);
  await page.waitForTimeout(app ? 200 : 300);
  // Tasks of any length, from the trace (drop.task only sees those of 50 ms or more).
  metrics['drop.longest'] = await stopTrace();
  const end = await page.evaluate(() => performance.now());
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  const intervals = frames.slice(1).map((t, i) => t - frames[i]!);
  metrics['drop.frame'] = Math.max(0, ...intervals);
  metrics['drop.task'] = await page.evaluate(
    ([a, b]) => window.__bench.longestTask(a!, b!),
    [dropAt, end],
  );
  if (app) metrics['drop.save'] = await savedMs(page);
}

async function savedMs(page: Page): Promise<number> {
  const save = await page.evaluate(() => window.__bench.save);
  return save ? save.savedAt - save.from : NaN;
}

async function savedAfter(page: Page) {
  await page.waitForFunction(() => window.__bench.save !== null, null, { timeout: SAVE_TIMEOUT });
}

/**
 * Selects a step by clicking it, Enter to edit its label, 8 keys at typing speed; Enter commits
 * (the app then saves: the autosave figures).
 */
async function type(session: Session, target: Target, metrics: Metrics) {
  const { page } = session;
  const { from } = await stepToMove(page, target.selectors);
  await page.mouse.click(from.x, from.y);
  await page.keyboard.press('Enter');
  const field = target.labelField(page);
  await field.waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  await page.evaluate(() => {
    window.__bench.keyLatencies = [];
    window.__bench.recordKeys = true;
  });
  // Keys on a US layout: press() sends real keydown events only for those.
  for (const key of 'Granskat') {
    await page.keyboard.press(key);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(100);
  const latencies = await page.evaluate(() => {
    window.__bench.recordKeys = false;
    return window.__bench.keyLatencies;
  });
  metrics.type = median(latencies);

  const app = target.name === 'app';
  if (app) await page.evaluate(() => window.__bench.armSave('keydown'));
  const committedAt = await page.evaluate(() => performance.now());
  await page.keyboard.press('Enter');
  if (!app) return;
  await savedAfter(page);
  const end = await page.evaluate(() => performance.now());
  metrics.autosave = await savedMs(page);
  metrics['autosave.task'] = await page.evaluate(
    ([a, b]) => window.__bench.longestTask(a!, b!),
    [committedAt, end],
  );
}

/**
 * PDF (A3, tiled: the dialog refuses one illegible page for a large flow) and BPMN: from the
 * click to the download. The PDF three
 * times: as shipped on a first export (the PDF code and the embedded font fetched), then warm with
 * jsPDF's standard Helvetica (`?pdfFont=helvetica`, the PDF before the font was embedded) and warm
 * with the embedded font, so that the last two compare the font alone. Sizes in KB.
 */
async function exportTimes(page: Page, metrics: Metrics) {
  const toolbarExport = page.getByRole('toolbar').getByRole('button', { name: 'Exportera' });
  const pdf = async (key: string) => {
    await toolbarExport.click();
    await page.getByRole('menuitem', { name: /^PDF/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Exportera PDF' });
    await dialog.getByRole('radio', { name: 'A3' }).check();
    await dialog.getByRole('radio', { name: /^Dela upp/ }).check();
    const started = performance.now();
    const downloading = page.waitForEvent('download', { timeout: 300_000 });
    await dialog.getByRole('button', { name: 'Exportera' }).click();
    const file = await downloading;
    metrics[key] = performance.now() - started;
    metrics[`${key}.kb`] = (await stat((await file.path())!)).size / 1024;
  };
  const standardFont = (on: boolean) =>
    page.evaluate((on) => {
      const url = new URL(location.href);
      if (on) url.searchParams.set('pdfFont', 'helvetica');
      else url.searchParams.delete('pdfFont');
      history.replaceState(history.state, '', url);
    }, on);
  await pdf('export.pdf');
  await standardFont(true);
  await pdf('export.pdf.helvetica');
  await standardFont(false);
  await pdf('export.pdf.warm');

  await toolbarExport.click();
  const item = page.getByRole('menuitem', { name: /^BPMN/ });
  await item.waitFor();
  const started = performance.now();
  const downloading = page.waitForEvent('download', { timeout: 300_000 });
  await item.click();
  await downloading;
  metrics['export.bpmn'] = performance.now() - started;
}
