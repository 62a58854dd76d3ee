// Undo depth figures (issue 18): what an undo and a redo of a tidy-up cost, and the heap after
// 100 edits, which grows with undo depth × document size while undo holds whole snapshots.
import type { Page } from '@playwright/test';
import type { Session } from './frames';
import type { Target } from './targets';
import { nextFrame } from './view';

type Metrics = Record<string, number>;

const TIDY_TIMEOUT = 120_000;

/** Where the first steps on screen stand: an undo that moved nothing would report a fast undo. */
async function stepPlaces(page: Page, step: string): Promise<string> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLElement>(sel)]
        .slice(0, 40)
        .map((n) => `${n.dataset.id}@${n.style.transform}`)
        .join('|'),
    step,
  );
}

async function scriptMs({ cdp }: Session): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Main-thread script from the key press until the next painted frame after the change. */
async function keyToPaint(session: Session, key: string, step: string): Promise<number> {
  const { page } = session;
  const before = await stepPlaces(page, step);
  await nextFrame(page);
  const start = await scriptMs(session);
  await page.keyboard.press(key);
  await page.waitForFunction(
    ([sel, was]) =>
      [...document.querySelectorAll<HTMLElement>(sel!)]
        .slice(0, 40)
        .map((n) => `${n.dataset.id}@${n.style.transform}`)
        .join('|') !== was,
    [step, before],
    { polling: 'raf', timeout: 10_000 },
  );
  await nextFrame(page);
  return (await scriptMs(session)) - start;
}

/** _Städa upp_, then Ctrl+Z and Ctrl+Shift+Z (the app's keys for undo and redo). */
export async function undoTidy(session: Session, target: Target, metrics: Metrics) {
  const { page } = session;
  const step = target.selectors.step;
  const before = await stepPlaces(page, step);
  await page.locator('.tidy-button').click();
  await page.waitForFunction(
    ([sel, was]) =>
      document.querySelector('.tidy-button')?.getAttribute('aria-busy') !== 'true' &&
      [...document.querySelectorAll<HTMLElement>(sel!)]
        .slice(0, 40)
        .map((n) => `${n.dataset.id}@${n.style.transform}`)
        .join('|') !== was,
    [step, before],
    { timeout: TIDY_TIMEOUT },
  );
  // Let the tidy-up's save and follow-up work settle, so it is not counted in the undo.
  await page.waitForTimeout(1000);
  await page
    .locator('.react-flow__pane')
    .focus()
    .catch(() => undefined);
  metrics['undo.script'] = await keyToPaint(session, 'Control+z', step);
  await page.waitForTimeout(500);
  metrics['redo.script'] = await keyToPaint(session, 'Control+Shift+z', step);
}

/** 100 label edits of one step (alternating text, so each is a change), then heap after GC. */
export async function editHeap(session: Session, metrics: Metrics, from: { x: number; y: number }) {
  const { page, cdp } = session;
  await page.mouse.click(from.x, from.y);
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await page.keyboard.press(i % 2 ? 'a' : 'b');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName !== 'TEXTAREA');
  }
  await page.waitForTimeout(500);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  metrics.editheap = usedSize / 1024 / 1024;
}
