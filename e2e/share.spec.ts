// Journey: a process travels in a link to a browser that has never seen it, and is saved there.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/guard';
import { importFile, openLibrary } from './pages/library';

const TITLE = 'Ansöka om förskoleplats';

test('a share link opens read-only in a fresh browser and "Spara en kopia" adds it there', async ({
  page,
  browser,
}) => {
  await openLibrary(page);
  await importFile(page, 'e2e/fixtures/forskoleplats.json');
  await expect(page.getByRole('main', { name: `Redigerare: ${TITLE}` })).toBeVisible();

  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: /Dela som länk/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Dela som länk' });
  const link = await dialog.getByLabel('Länk till processen').inputValue();
  expect(link).toMatch(/\/share#v1\.[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(16_100);

  const fixture = JSON.parse(await readFile('e2e/fixtures/forskoleplats.json', 'utf8')) as {
    process: { steps: { label: string }[] };
    register: { name: string }[];
  };
  const labels = fixture.process.steps.map((s) => s.label);
  const laneNames = fixture.register.map((e) => e.name);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText('Skrivskyddad kopia från en länk')).toBeVisible();
  await expect(other.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  for (const name of laneNames) {
    await expect(other.getByRole('heading', { name, level: 3 })).toBeVisible();
  }
  for (const label of labels) {
    await expect(other.getByRole('listitem').filter({ hasText: label }).first()).toBeVisible();
  }
  await expect(other.getByRole('img', { name: `Processkarta: ${TITLE}` })).toBeVisible();
  // Read-only: nothing to edit on this screen.
  await expect(other.getByLabel('Snabbinmatning')).toHaveCount(0);

  await other.getByRole('button', { name: 'Spara en kopia' }).click();
  await expect(other.getByRole('main', { name: `Redigerare: ${TITLE}` })).toBeVisible();
  await expect(other.getByText(`”${TITLE}” är sparad bland dina processer.`)).toBeVisible();
  await other.getByRole('link', { name: 'Alla processer' }).click();
  await expect(other.getByRole('link', { name: TITLE, exact: true })).toBeVisible();
  await fresh.close();
});

test('a damaged or hostile link says so and stores nothing', async ({ page }) => {
  await openLibrary(page);
  await expect(page.getByText('Här finns inga processer ännu')).toBeVisible();
  for (const fragment of ['v1.AAAA', 'v1.<img src=x onerror=alert(1)>', 'v7.abc', '']) {
    await page.goto(`/share#${fragment}`);
    await expect(page.getByRole('heading', { name: 'Länken går inte att öppna' })).toBeVisible();
    await expect(page.getByRole('alert').first()).not.toBeEmpty();
  }
  await page.getByRole('button', { name: 'Alla processer' }).click();
  await expect(page.getByText('Här finns inga processer ännu')).toBeVisible();
});
