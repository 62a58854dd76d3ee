// What a person does in the app with a server behind it, by roles and accessible names (Swedish).
import { writeFileSync } from 'node:fs';
import { expect, type BrowserContext, type Page, type WebSocketRoute } from '@playwright/test';
import type { ProcessFile } from '../../src/domain/model/types';
import { importFile } from '../pages/library';

/** Imports the file into the person's own library (Mitt bibliotek) and comes back to its row. */
export async function importToMine(page: Page, file: ProcessFile, path: string): Promise<void> {
  writeFileSync(path, JSON.stringify(file));
  await page.goto('/');
  await page.getByRole('tab', { name: 'Mitt bibliotek' }).click();
  await importFile(page, path);
  // An import opens the process; back in the library it is a row of Mitt bibliotek.
  await expect(page.getByRole('main', { name: `Redigerare: ${file.process.title}` })).toBeVisible();
  await page.getByRole('link', { name: '← Alla processer' }).click();
  await expect(page.getByRole('link', { name: file.process.title, exact: true })).toBeVisible();
}

/** "Dela till biblioteket" from the row's menu, one right per person (by display name). */
export async function shareFromMine(
  page: Page,
  title: string,
  rights: Record<string, 'Läsare' | 'Redigerare'>,
): Promise<void> {
  await page.getByRole('button', { name: `Åtgärder för ${title}` }).click();
  await page.getByRole('menuitem', { name: 'Dela till biblioteket' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dela till biblioteket' });
  for (const [name, role] of Object.entries(rights))
    await dialog.getByLabel(name, { exact: true }).selectOption({ label: role });
  await dialog.getByRole('button', { name: 'Dela', exact: true }).click();
  await expect(dialog).toBeHidden();
}

export async function openSharedLibrary(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Delat bibliotek' }).click();
}

/** Opens a process from Delat bibliotek (fetched onto this device first). */
export async function openShared(page: Page, title: string): Promise<void> {
  await openSharedLibrary(page);
  await page.getByRole('button', { name: title, exact: true }).click();
}

export function syncStatus(page: Page) {
  return page
    .getByRole('status')
    .filter({ hasText: /^(Synkat|Synkar…|Offline — sparat på den här datorn|Konflikt.*)$/ });
}

// Live co-editing (issue 20): a shared process open in several people's browsers at once.

/** Opens a shared process from Delat bibliotek and waits until its room is in step. */
export async function openLive(page: Page, title: string): Promise<void> {
  await openShared(page, title);
  await expect(page.getByRole('main', { name: `Redigerare: ${title}` })).toBeVisible();
  await expect(syncStatus(page)).toHaveText('Synkat', { timeout: 15_000 });
}

/** A step on the canvas, by its label. */
export const stepOn = (page: Page, label: string) =>
  page.getByRole('main').getByText(label, { exact: true });

/** Renames a step on the canvas: double-click, the label field, Enter. */
export async function renameStep(page: Page, from: string, to: string): Promise<void> {
  await stepOn(page, from).dblclick();
  const field = page.getByLabel('Stegets text');
  await field.fill(to);
  await field.press('Enter');
  await expect(stepOn(page, to)).toBeVisible();
}

/** Lane names top to bottom, as the canvas names its lane groups ("Simbana <name>, …"). */
export async function laneNames(page: Page): Promise<string[]> {
  const names = await page
    .getByRole('group', { name: /^Simbana / })
    .evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label') ?? ''));
  return names.map((n) => n.replace(/^Simbana /, '').replace(/,.*$/, ''));
}

/** The flow as the text view reads it (numbered steps with kinds, lanes and arrows). */
export async function flowText(page: Page): Promise<string> {
  const toggle = page.getByRole('button', { name: 'Textvy', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const text = await page.getByRole('region', { name: 'Flödet som text' }).innerText();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  return text;
}

/** "Här nu": the other people in the process. */
export const hereNow = (page: Page) => page.getByRole('list', { name: 'Här nu' });

/**
 * Offline for co-editing: `setOffline` does not close open WebSockets (playwright#4910), so every
 * /collab socket of the context goes through a route that can close it and refuse new ones, and
 * HTTP goes offline the usual way. Install before the page opens the process.
 */
export async function offlineSwitch(context: BrowserContext) {
  let offline = false;
  const open = new Set<WebSocketRoute>();
  await context.routeWebSocket(/\/collab$/, (ws) => {
    if (offline) {
      void ws.close();
      return;
    }
    open.add(ws);
    ws.connectToServer();
    ws.onClose(() => open.delete(ws));
  });
  return {
    async off() {
      offline = true;
      await context.setOffline(true);
      for (const ws of [...open]) await ws.close();
      open.clear();
    },
    async on() {
      offline = false;
      await context.setOffline(false);
    },
  };
}

/**
 * Waits until the service worker has precached the app and controls the page. Under load a first
 * install has been seen never to take control (CI, once in ~40 runs); a reload registers it again
 * and a navigation after activation is controlled, so the wait is bounded and retried.
 */
export async function untilServiceWorkerControls(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const controlled = await page.evaluate(
      (ms) =>
        Promise.race([
          navigator.serviceWorker.ready.then(() =>
            navigator.serviceWorker.controller
              ? true
              : new Promise<boolean>((done) =>
                  navigator.serviceWorker.addEventListener('controllerchange', () => done(true), {
                    once: true,
                  }),
                ),
          ),
          new Promise<boolean>((done) => setTimeout(() => done(false), ms)),
        ]),
      20_000,
    );
    if (controlled) return;
    if (attempt === 3) throw new Error('The service worker never took control of the page');
    await page.reload();
  }
}
