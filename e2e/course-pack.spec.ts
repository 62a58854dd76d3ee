// Journey: a trainer hands out a course pack; a participant's browser opens it.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/guard';
import { createProcess, importFile, openLibrary, createFromTemplate } from './pages/library';

test('a course pack carries every listed process to another browser', async ({ page, browser }) => {
  await openLibrary(page);
  await createProcess(page, 'Övning 1: Ansöka om bygglov');
  await page.getByRole('link', { name: 'Alla processer' }).click();
  await createFromTemplate(page, /Flytta hit/);
  await expect(page.getByRole('main', { name: /Redigerare: Flytta hit/ })).toBeVisible();
  await page.getByRole('link', { name: 'Alla processer' }).click();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera kurspaket' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Kurspaket \d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  const pack = JSON.parse(await readFile(path, 'utf8')) as {
    processes: { process: { title: string } }[];
  };
  expect(pack.processes.map((p) => p.process.title).sort()).toEqual([
    'Flytta hit (nuläge)',
    'Övning 1: Ansöka om bygglov',
  ]);

  const other = await (await browser.newContext()).newPage();
  await openLibrary(other);
  await importFile(other, path);
  await expect(other.getByText(/gav 2 processer i biblioteket/)).toBeVisible();
  await expect(other.getByRole('link', { name: 'Flytta hit (nuläge)', exact: true })).toBeVisible();
  await expect(
    other.getByRole('link', { name: 'Övning 1: Ansöka om bygglov', exact: true }),
  ).toBeVisible();
  await other.context().close();
});
