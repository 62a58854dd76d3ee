// Journey: the library as a person uses it — find, rename, duplicate, delete and undo.
import { expect, test, type Page } from './fixtures/guard';
import { createProcess, openLibrary } from './pages/library';

async function createAndReturn(page: Page, title: string) {
  await createProcess(page, title);
  await page.getByRole('link', { name: 'Alla processer' }).click();
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
}

function rowMenu(page: Page, title: string) {
  return page.getByRole('button', { name: `Åtgärder för ${title}` });
}

test('search finds a process by title, and by a word of the title in any case', async ({
  page,
}) => {
  await openLibrary(page);
  await expect(page.getByText('Här finns inga processer ännu')).toBeVisible();
  await createAndReturn(page, 'Ansöka om bygglov');
  await createAndReturn(page, 'Starta restaurang');
  await createAndReturn(page, 'Flytta till kommunen');

  const search = page.getByRole('searchbox', { name: 'Sök' });
  await search.fill('BYGGLOV');
  await expect(page.getByRole('link', { name: 'Ansöka om bygglov' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Starta restaurang' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Flytta till kommunen' })).toBeHidden();

  await search.fill('ingenting sådant');
  await expect(page.getByText('Ingen process matchar sökningen.')).toBeVisible();
  await search.fill('');
  await expect(page.getByRole('row')).toHaveCount(4);
  // Newest change first.
  await expect(page.getByRole('row').nth(1)).toContainText('Flytta till kommunen');
});

test('filtering by category shows only that category', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'Ny process' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny process' });
  await dialog.getByLabel('Titel').fill('Rekrytera medarbetare');
  await dialog.getByLabel('Kategori').selectOption({ label: 'Stödprocess' });
  await dialog.getByRole('button', { name: 'Skapa' }).click();
  await page.getByRole('link', { name: 'Alla processer' }).click();
  await createAndReturn(page, 'Ansöka om bygglov');

  await page.getByLabel('Kategori').selectOption({ label: 'Stödprocess' });
  await expect(page.getByRole('link', { name: 'Rekrytera medarbetare' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ansöka om bygglov' })).toBeHidden();
  await page.getByLabel('Status').selectOption({ label: 'Fastställd' });
  await expect(page.getByText('Ingen process matchar sökningen.')).toBeVisible();
});

test('rename and duplicate from the row menu, kept after a reload', async ({ page }) => {
  await openLibrary(page);
  await createAndReturn(page, 'Bygglov');
  await rowMenu(page, 'Bygglov').click();
  await page.getByRole('menuitem', { name: 'Byt namn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Byt namn på processen' });
  await dialog.getByLabel('Titel').fill('Ansöka om bygglov för uterum');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('link', { name: 'Ansöka om bygglov för uterum' })).toBeVisible();

  await rowMenu(page, 'Ansöka om bygglov för uterum').click();
  await page.getByRole('menuitem', { name: 'Duplicera' }).click();
  await expect(
    page.getByRole('link', { name: 'Ansöka om bygglov för uterum (kopia)' }),
  ).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('link', { name: 'Ansöka om bygglov för uterum', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Ansöka om bygglov för uterum (kopia)' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bygglov', exact: true })).toBeHidden();
});

test('delete removes a process and undo brings it back, also after a reload', async ({ page }) => {
  await openLibrary(page);
  await createAndReturn(page, 'Felanmäla gatubelysning');
  await createAndReturn(page, 'Boka lokal');

  await rowMenu(page, 'Felanmäla gatubelysning').click();
  await page.getByRole('menuitem', { name: 'Ta bort' }).click();
  await expect(page.getByRole('link', { name: 'Felanmäla gatubelysning' })).toBeHidden();
  await expect(page.getByRole('status')).toContainText('”Felanmäla gatubelysning” togs bort.');
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(page.getByRole('link', { name: 'Felanmäla gatubelysning' })).toBeVisible();

  await rowMenu(page, 'Boka lokal').click();
  await page.getByRole('menuitem', { name: 'Ta bort' }).click();
  await expect(page.getByRole('link', { name: 'Boka lokal' })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Felanmäla gatubelysning' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Boka lokal' })).toBeHidden();
});

test('the language switch turns the UI English and is remembered', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Process library' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New process' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Import' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { name: 'Processbibliotek' })).toBeVisible();
});
