// The three things measured side by side: the app, and bare React Flow with its defaults and
// with onlyRenderVisibleElements. Each knows how to open the generated process from a click.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { generateProcessFile } from '../../src/domain/generate/generateProcess';
import type { Selectors } from './view';

export type TargetName = 'app' | 'default' | 'culled';
export const TARGETS: readonly TargetName[] = ['app', 'default', 'culled'];

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

export interface Target {
  name: TargetName;
  selectors: Selectors;
  /** What a fresh context for this size starts with (the app: its library with the process). */
  contextOptions(steps: number): BrowserContextOptions;
  /** Opens the process by a click; returns ms from the click to the first frame showing steps. */
  open(page: Page, steps: number): Promise<number>;
  /** Enter on a selected step and the label field that then takes the keys. */
  labelField(page: Page): ReturnType<Page['getByRole']>;
}

export const processTitle = (steps: number) => `Prestandaprov ${steps} steg`;
export const SEED = 1;

const OPEN_TIMEOUT = 120_000;

async function timeOpen(page: Page, selector: string, click: () => Promise<void>) {
  await page.evaluate((s) => window.__bench.armOpen(s), selector);
  await click();
  await page.waitForFunction(() => window.__bench.open !== null, null, { timeout: OPEN_TIMEOUT });
  return page.evaluate(() => window.__bench.open!.visibleAt - window.__bench.open!.clickAt);
}

export function appTarget(url: string, states: Map<number, StorageState>): Target {
  const selectors = { step: '.react-flow__node-step', lane: '.react-flow__node-lane' };
  return {
    name: 'app',
    selectors,
    contextOptions: (steps) => ({ storageState: states.get(steps) }),
    async open(page, steps) {
      await page.goto(`${url}/`);
      const link = page.getByRole('link', { name: processTitle(steps), exact: true });
      // waitFor watches the DOM; expect() polls at growing intervals (up to a second), which
      // added idle seconds to every run.
      await link.waitFor({ state: 'visible', timeout: OPEN_TIMEOUT });
      const ms = await timeOpen(page, selectors.step, () => link.click());
      await page
        .getByRole('main', { name: `Redigerare: ${processTitle(steps)}` })
        .waitFor({ state: 'visible' });
      return ms;
    },
    labelField: (page) => page.getByRole('textbox', { name: 'Stegets text' }),
  };
}

/**
 * Puts the generated process in a fresh library the way a person would (Importera, which opens
 * it), waits until it is stored, and keeps the storage (IndexedDB included) for the runs.
 */
export async function importedLibrary(
  browser: Browser,
  url: string,
  steps: number,
  dir: string,
  contextOptions: BrowserContextOptions,
): Promise<StorageState> {
  const path = join(dir, `prestandaprov-${steps}.json`);
  const file = generateProcessFile({ steps, seed: SEED, title: processTitle(steps) });
  await writeFile(path, JSON.stringify(file));
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.goto(`${url}/`);
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importera' }).click();
    await (await choosing).setFiles(path);
    await expect(
      page.getByRole('main', { name: `Redigerare: ${processTitle(steps)}` }),
    ).toBeVisible({
      timeout: OPEN_TIMEOUT,
    });
    await expect(page.locator('.save-state.save-saved')).toBeVisible({ timeout: OPEN_TIMEOUT });
    return await context.storageState({ indexedDB: true });
  } finally {
    await context.close();
  }
}

export function baselineTarget(
  url: string,
  culled: boolean,
  canvas: () => { width: number; height: number } | null,
): Target {
  const selectors = { step: '.react-flow__node.bench-step', lane: '.react-flow__node-group' };
  return {
    name: culled ? 'culled' : 'default',
    selectors,
    contextOptions: () => ({}),
    async open(page, steps) {
      const size = canvas();
      const query = new URLSearchParams({ steps: String(steps), seed: String(SEED) });
      if (size) {
        query.set('w', String(Math.round(size.width)));
        query.set('h', String(Math.round(size.height)));
      }
      await page.goto(`${url}/${culled ? 'culled' : 'default'}.html?${query}`);
      const button = page.getByRole('button', { name: 'Öppna' });
      await page
        .getByRole('button', { name: 'Öppna', disabled: false })
        .waitFor({ state: 'visible', timeout: OPEN_TIMEOUT });
      return timeOpen(page, selectors.step, () => button.click());
    },
    labelField: (page) => page.getByRole('textbox', { name: 'Etikett' }),
  };
}
