// What a person does in the app with a server behind it, by roles and accessible names (Swedish).
import { writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
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
