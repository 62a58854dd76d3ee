// Renders the README's screenshots at 1440×900 from a realistic 25-step municipal flow.
import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { generateProcessFile } from '../../src/domain/generate/generateProcess';
import { exportPdfFile } from '../pages/library';

const OUT = 'docs/screenshots';

async function importFixture(page: Page) {
  await page.goto('/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera' }).click();
  await (await choosing).setFiles('e2e/fixtures/forskoleplats.json');
  await expect(page.getByRole('main', { name: /Redigerare/ })).toBeVisible();
  await page.reload(); // a fresh screen, without the import message
  await expect(page.getByRole('main', { name: /Redigerare/ })).toBeVisible();
}

test('editor and library', async ({ page }) => {
  await importFixture(page);
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await page.screenshot({ path: `${OUT}/editor-overview.png` });

  await page.getByRole('button', { name: 'Zooma in' }).click();
  await page.getByText('Komplett ansökan?', { exact: true }).click();
  await page.screenshot({ path: `${OUT}/editor-decision-selected.png` });

  await page.getByRole('link', { name: 'Alla processer' }).click();
  await page.screenshot({ path: `${OUT}/library.png` });
});

test('tidy-up', async ({ page }) => {
  await page.goto('/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera' }).click();
  await (await choosing).setFiles('src/domain/tidy/fixtures/tangled-20.json');
  await expect(page.getByRole('main', { name: /Redigerare/ })).toBeVisible();
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await page.screenshot({ path: `${OUT}/tidy-before.png` });
  await page.getByRole('button', { name: 'Städa upp', exact: true }).click();
  await expect(page.getByText('Flödet är uppstädat.')).toBeVisible();
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await page.screenshot({ path: `${OUT}/tidy-after.png` });
});

test('the 25-step flow tidied, at 1280×720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera' }).click();
  await (await choosing).setFiles('e2e/fixtures/forskoleplats-25.json');
  await expect(page.getByRole('main', { name: /Redigerare/ })).toBeVisible();
  await page.getByRole('button', { name: 'Städa upp', exact: true }).click();
  await expect(page.getByText('Flödet är uppstädat.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await page.screenshot({ path: `${OUT}/flow-25-tidied.png` });
});

test('a generated 80-step flow fitted at 1280×720', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const path = testInfo.outputPath('attio-steg.json');
  await writeFile(
    path,
    JSON.stringify(generateProcessFile({ steps: 80, seed: 7, title: 'Åttio steg' })),
  );
  await page.goto('/');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera' }).click();
  await (await choosing).setFiles(path);
  await expect(page.getByRole('main', { name: /Redigerare/ })).toBeVisible();
  await page.reload(); // without the import message
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await expect(page.getByRole('img', { name: /^Hela flödet på avstånd/ })).toBeVisible();
  await page.screenshot({ path: `${OUT}/fit-80-steps.png` });
});

test('pdf pages', async ({ page }) => {
  const { execFileSync } = await import('node:child_process');
  await importFixture(page);
  const path = await exportPdfFile(page);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', path, `${OUT}/pdf-page`]);
});

for (const name of ['B.1.0', 'C.1.0']) {
  test(`bpmn ${name} as imported`, async ({ page }) => {
    await page.goto('/');
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importera' }).click();
    await (await choosing).setFiles(`src/formats/bpmn/fixtures/miwg/${name}.bpmn`);
    await expect(page.getByRole('main', { name: /Redigerare/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('main', { name: /Redigerare/ })).toBeVisible();
    await page.getByRole('button', { name: 'Visa hela flödet' }).click();
    await page.screenshot({ path: `${OUT}/bpmn-${name}.png` });
  });
}

test('share link opened', async ({ page, browser }) => {
  await importFixture(page);
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: /Dela som länk/ }).click();
  await page.screenshot({ path: `${OUT}/share-dialog.png` });
  const link = await page.getByLabel('Länk till processen').inputValue();
  const other = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 } })
  ).newPage();
  await other.goto(link);
  await expect(other.getByRole('button', { name: 'Spara en kopia' })).toBeVisible();
  await other.screenshot({ path: `${OUT}/share-opened.png` });
});

test('key figures with handovers highlighted', async ({ page }) => {
  await importFixture(page);
  await page.getByRole('button', { name: 'Nyckeltal' }).click();
  await page.getByLabel('Visa överlämningar i flödet').check();
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await page.screenshot({ path: `${OUT}/key-figures.png` });
});

test('as-is and to-be compared', async ({ page }) => {
  await importFixture(page);
  await page.getByRole('button', { name: 'Skapa önskat läge från det här nuläget' }).click();
  await expect(page.getByRole('main', { name: /önskat läge/ })).toBeVisible();
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  for (const step of ['Beräknar avgift', 'Skickar första fakturan']) {
    await page.getByText(step, { exact: true }).click();
    await page
      .getByRole('complementary', { name: 'Egenskaper' })
      .getByRole('combobox', { name: 'Simbana', exact: true })
      .selectOption({ label: 'Barn- och utbildningsförvaltningen' });
  }
  await expect(page.getByRole('status').filter({ hasText: /^Sparat$/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Jämför med nuläget' }).click();
  await expect(page.getByRole('heading', { name: /Nuläge och önskat läge/ })).toBeVisible();
  await page.screenshot({ path: `${OUT}/compare.png` });
});

test('process landscape', async ({ page }) => {
  await importFixture(page);
  for (const [title, category] of [
    ['Mål och budget', 'Ledningsprocess'],
    ['Ansöka om bygglov', 'Huvudprocess'],
    ['Starta restaurang', 'Huvudprocess'],
    ['Rekrytera medarbetare', 'Stödprocess'],
    ['Fakturera', 'Stödprocess'],
  ]) {
    await page.goto('/');
    await page.getByRole('button', { name: 'Ny process' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny process' });
    await dialog.getByLabel('Titel').fill(title!);
    await dialog.getByLabel('Kategori').selectOption({ label: category! });
    await dialog.getByRole('button', { name: 'Skapa' }).click();
    await expect(page.getByRole('main', { name: `Redigerare: ${title}` })).toBeVisible();
  }
  await page.goto('/karta');
  await expect(page.getByRole('heading', { name: 'Processkarta' })).toBeVisible();
  await page.screenshot({ path: `${OUT}/landscape.png` });
});

test('example from a template', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Från mall …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny process från mall eller exempel' });
  await page.screenshot({ path: `${OUT}/templates.png` });
  await dialog.getByRole('radio', { name: /Ansöka om bygglov/ }).check();
  await dialog.getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByRole('main', { name: /Redigerare/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('main', { name: /Redigerare/ })).toBeVisible();
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await page.screenshot({ path: `${OUT}/example-bygglov.png` });
});

test('workshop mode', async ({ page }) => {
  await importFixture(page);
  await page.getByRole('button', { name: 'Workshopläge' }).click();
  const lot = page.getByRole('region', { name: 'Parkeringsplats' });
  for (const note of [
    'Vem äger e-tjänsten?',
    'Arbete- och välfärdsförvaltningen: Prövar syskonrabatt',
  ]) {
    await lot.getByLabel('Ny lapp på parkeringsplatsen').fill(note);
    await lot.getByRole('button', { name: 'Parkera' }).click();
  }
  await page.getByRole('group', { name: 'Timer' }).getByRole('button', { name: 'Starta' }).click();
  await page.getByText('Registrerar ansökan', { exact: true }).click();
  await page.screenshot({ path: `${OUT}/workshop.png` });
});

test('HUKI matrix', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Från mall …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny process från mall eller exempel' });
  await dialog.getByRole('radio', { name: /Ansöka om förskoleplats/ }).check();
  await dialog.getByRole('button', { name: 'Skapa' }).click();
  await expect(page.getByRole('main', { name: /Redigerare/ })).toBeVisible();
  await page.getByRole('button', { name: 'HUKI-matris' }).click();
  await expect(page.getByRole('heading', { name: /^HUKI/ })).toBeVisible();
  await page.screenshot({ path: `${OUT}/huki.png` });
});
