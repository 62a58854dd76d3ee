// Renders docs/screenshots/share-view.png and compare-view.png at 1280×720: the read-only canvas
// of a shared link and the comparison of an as-is with its to-be (src/viewer).
import { expect, test, type Page } from '@playwright/test';

const OUT = process.env.SHOT_OUT ?? 'docs/screenshots';

async function importFixture(page: Page, fixture: string) {
  await page.goto('/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera' }).click();
  await (await choosing).setFiles(fixture);
  await expect(page.getByRole('main', { name: /Redigerare/ })).toBeVisible();
}

test('share view', async ({ page, browser }) => {
  await importFixture(page, 'e2e/fixtures/forskoleplats.json');
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: /Dela som länk/ }).click();
  const link = await page.getByLabel('Länk till processen').inputValue();
  const other = await (
    await browser.newContext({ viewport: { width: 1280, height: 720 } })
  ).newPage();
  await other.goto(link);
  const canvas = other.getByRole('application', { name: 'Flödet (skrivskyddat)' });
  await expect(canvas.getByText('Beräknar avgift', { exact: true })).toBeVisible();
  await other.screenshot({ path: `${OUT}/share-view.png` });
});

test('compare view', async ({ page }) => {
  await importFixture(page, 'e2e/fixtures/forskoleplats.json');
  await page.getByRole('button', { name: 'Skapa önskat läge från det här nuläget' }).click();
  await expect(page.getByRole('main', { name: /önskat läge/ })).toBeVisible();
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await page.getByText('Beräknar avgift', { exact: true }).click();
  await page
    .getByRole('complementary', { name: 'Egenskaper' })
    .getByRole('combobox', { name: 'Simbana', exact: true })
    .selectOption({ label: 'Barn- och utbildningsförvaltningen' });
  await page.getByText('Inskolning', { exact: true }).click();
  await page.keyboard.press('Delete');
  await expect(page.getByText('Inskolning', { exact: true })).toBeHidden();
  const input = page.getByLabel('Snabbinmatning');
  await input.fill('Barn- och utbildningsförvaltningen: Skickar välkomstbrev');
  await input.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Sparat$/ })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  // The to-be's comparison, by its address (/p/<id> → /compare/<id>).
  await page.goto(page.url().replace('/p/', '/compare/'));
  await expect(page.getByRole('heading', { name: /Nuläge och önskat läge/ })).toBeVisible();
  // The new step chosen from the list, then a step back to see its neighbours.
  await page.getByRole('button', { name: 'Skickar välkomstbrev' }).click();
  await page
    .getByRole('application', { name: 'Önskat läge: flödet (skrivskyddat)' })
    .getByRole('button', { name: 'Zooma ut' })
    .click();
  await page.screenshot({ path: `${OUT}/compare-view.png` });
});
