// Role-based helpers for the library screen and the editor, shared by the journeys.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { expect, type Page } from '@playwright/test';

export async function openLibrary(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Processbibliotek' })).toBeVisible();
}

export async function createProcess(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Ny process' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny process' });
  await dialog.getByLabel('Titel').fill(title);
  await dialog.getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByRole('main', { name: `Redigerare: ${title}` })).toBeVisible();
  // A new process starts with the customer's need and the result.
  await expect(page.getByRole('group', { name: /^Behov: Behov, i / })).toBeVisible();
}

/** Makes sure the process has the lane: a new process already has its customer lane. */
export async function addLane(page: Page, name: string): Promise<void> {
  if (name === 'Invånare' && (await lane(page, name).count()) > 0) return;
  await page.getByRole('button', { name: 'Lägg till simbana' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lägg till simbana' });
  await dialog.getByLabel('Enhet eller kundgrupp').fill(name);
  await dialog.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('group', { name: new RegExp(`^Simbana ${escape(name)},`) }),
  ).toBeVisible();
}

/** Appends a connected step through the quick-entry field ("Lane: text"). */
export async function quickEntry(page: Page, text: string): Promise<void> {
  const input = page.getByLabel('Snabbinmatning');
  await input.fill(text);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Sparat$/ })).toBeVisible();
}

export function lane(page: Page, name: string) {
  return page.getByRole('group', { name: new RegExp(`^Simbana ${escape(name)},`) });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Downloads the open process as JSON through the export menu and returns the parsed file. */
export async function exportJson(
  page: Page,
): Promise<{ name: string; text: string; json: ExportedFile }> {
  await page.getByRole('button', { name: 'Exportera' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /JSON/ }).click();
  const download = await downloading;
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(path, 'utf8');
  return { name: download.suggestedFilename(), text, json: JSON.parse(text) as ExportedFile };
}

export interface ExportedFile {
  formatVersion: number;
  process: {
    id: string;
    title: string;
    lanes: { id: string; registerId: string }[];
    steps: { id: string; label: string; laneId: string; kind: string }[];
    connections: { from: string; to: string; kind: string; label: string }[];
  };
  register: { id: string; name: string }[];
}

/** The flow as readable facts: lane names in order, each step's lane, and "a → b" connections. */
export function describe(file: ExportedFile) {
  const { process, register } = file;
  const laneName = (laneId: string) => {
    const lane = process.lanes.find((l) => l.id === laneId);
    return register.find((e) => e.id === lane?.registerId)?.name;
  };
  const label = (id: string) => process.steps.find((s) => s.id === id)?.label;
  return {
    lanes: process.lanes.map((l) => laneName(l.id)),
    steps: Object.fromEntries(process.steps.map((s) => [s.label, laneName(s.laneId)])),
    connections: process.connections.map((c) => `${label(c.from)} → ${label(c.to)}`).sort(),
  };
}

export async function openProcessFromLibrary(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('main', { name: `Redigerare: ${title}` })).toBeVisible();
}

/** The same download, reached with the keyboard only. */
export async function exportJsonByKeyboard(page: Page): Promise<{ json: ExportedFile }> {
  await page.getByRole('button', { name: 'Exportera' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  // Typeahead: the menu moves to the item that starts with the typed letter.
  await page.keyboard.press('j');
  await expect(page.getByRole('menuitem', { name: /JSON/ })).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  const { readFile } = await import('node:fs/promises');
  return { json: JSON.parse(await readFile(await download.path(), 'utf8')) as ExportedFile };
}

/** Imports a file through the library's "Importera" button and its file chooser. */
export async function importFile(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera' }).click();
  await (await choosing).setFiles(path);
}

/** Exports the open process as a PDF with the dialog's defaults; returns the downloaded file. */
export async function exportPdfFile(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: /PDF/ }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: /PDF/ })
    .getByRole('button', { name: 'Exportera' })
    .click();
  return (await downloading).path();
}

/** The same, read as text (pdftotext, in content order). */
export async function exportPdfText(page: Page): Promise<string> {
  const { execFileSync } = await import('node:child_process');
  const path = await exportPdfFile(page);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/**
 * "Från mall …": creates a process from the template or example whose name matches, and waits for
 * its editor. Creating lays the flow out (ELK in a worker, first loaded here), which on a busy
 * CI machine takes longer than an ordinary click, hence the longer wait.
 */
export async function createFromTemplate(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Från mall …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny process från mall eller exempel' });
  await dialog.getByRole('radio', { name }).check();
  await dialog.getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByRole('main', { name: /^Redigerare: / })).toBeVisible({ timeout: 20_000 });
}

/** Drops files on the library as a desktop drag would: a DataTransfer holding them. */
export async function dropFile(
  page: Page,
  path: string,
  ...more: { path: string; name: string }[]
) {
  const files = await Promise.all(
    [{ path, name: basename(path) }, ...more].map(async (f) => ({
      name: f.name,
      b64: (await readFile(f.path)).toString('base64'),
    })),
  );
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const { b64, name } of files) {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      // No type: the app goes by the name and the first bytes, as with a file from the desktop.
      transfer.items.add(new File([bytes], name));
    }
    return transfer;
  }, files);
  const main = page.getByRole('main');
  await main.dispatchEvent('dragenter', { dataTransfer });
  await main.dispatchEvent('dragover', { dataTransfer });
  await main.dispatchEvent('drop', { dataTransfer });
}
