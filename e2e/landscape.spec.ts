// Journey: the process landscape shows each process under its category and opens it.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures/guard';
import { importFile, openLibrary } from './pages/library';

test('the landscape places processes by category and opens them', async ({ page }, info) => {
  await openLibrary(page);
  await importFile(page, 'e2e/fixtures/forskoleplats.json');
  await expect(page.getByRole('main', { name: /Redigerare/ })).toBeVisible();
  await page.getByRole('link', { name: 'Alla processer' }).click();
  await page.getByRole('button', { name: 'Ny process' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny process' });
  await dialog.getByLabel('Titel').fill('Budgetprocess');
  await dialog.getByLabel('Kategori').selectOption({ label: 'Ledningsprocess' });
  await dialog.getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByRole('main', { name: 'Redigerare: Budgetprocess' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Processkarta' })
    .click();
  const main = page.getByRole('region', { name: 'Huvudprocesser' });
  const lead = page.getByRole('region', { name: 'Ledningsprocesser' });
  await expect(main.getByRole('link', { name: 'Ansöka om förskoleplats' })).toBeVisible();
  await expect(lead.getByRole('link', { name: 'Budgetprocess' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Budgetprocess' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Stödprocesser' })).toContainText('Inga processer');
  // The involvement matrix: BUF takes part in the fixture with its steps and handovers.
  await expect(
    page.getByRole('cell', {
      name: /^Barn- och utbildningsförvaltningen i Ansöka om förskoleplats: \d+ steg, \d+ överlämningar$/,
    }),
  ).toBeVisible();
  // Printed (or saved as PDF): the landscape without the app's navigation.
  await page.emulateMedia({ media: 'print' });
  const path = info.outputPath('processkarta.pdf');
  await writeFile(path, await page.pdf({ format: 'A4', landscape: true }));
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain('Ansöka om förskoleplats');
  expect(text).toContain('Budgetprocess');
  expect(text).not.toContain('Organisation');
  await page.emulateMedia({ media: 'screen' });
  await main.getByRole('link', { name: 'Ansöka om förskoleplats' }).click();
  await expect(
    page.getByRole('main', { name: 'Redigerare: Ansöka om förskoleplats' }),
  ).toBeVisible();
});
