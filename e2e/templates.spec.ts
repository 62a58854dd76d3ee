// Journey of the method: start from an example, make its to-be, move two steps into one unit's
// lane, and see the handovers go down in the comparison.
import { expect, test, type Page } from './fixtures/guard';
import { openLibrary, waitUntilSaved, exportPdfText, createFromTemplate } from './pages/library';

const TITLE = 'Ansöka om bygglov (nuläge)';

async function moveToLane(page: Page, step: string, lane: string) {
  await page.getByText(step, { exact: true }).click();
  await page
    .getByRole('complementary', { name: 'Egenskaper' })
    .getByRole('combobox', { name: 'Simbana', exact: true })
    .selectOption({ label: lane });
}

test('an example opens from "Från mall", and its to-be shows fewer handovers', async ({ page }) => {
  await openLibrary(page);
  await createFromTemplate(page, new RegExp(TITLE.replace(/[()]/g, '\\$&')));
  await expect(page.getByRole('main', { name: `Redigerare: ${TITLE}` })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Simbana Invånare, 1 av 3/ })).toBeVisible();
  await expect(
    page.getByRole('group', { name: /^Simbana Samhällsbyggnadsförvaltningen,/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await expect(
    page.getByText('Vet inte vilka ritningar som behövs', { exact: true }),
  ).toBeVisible();
  await waitUntilSaved(page);

  await page.getByRole('button', { name: 'Skapa önskat läge från det här nuläget' }).click();
  await expect(
    page.getByRole('main', { name: `Redigerare: ${TITLE} – önskat läge` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await moveToLane(page, 'Registrerar ärendet', 'Samhällsbyggnadsförvaltningen');
  await moveToLane(page, 'Skickar beslut och faktura', 'Samhällsbyggnadsförvaltningen');
  await waitUntilSaved(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Jämför med nuläget' }).click();
  await expect(page.getByRole('row', { name: 'Överlämningar 2 → 0' })).toBeVisible();

  // The to-be's PDF carries the key figures and the comparison page.
  await page.getByRole('link', { name: `Öppna ${TITLE} – önskat läge` }).click();
  const text = await exportPdfText(page);
  expect(text).toContain('Nyckeltal');
  expect(text).toContain('Nuläge och önskat läge');
  expect(text).toMatch(/Överlämningar 2 0/);
  expect(text).toContain(
    'Registrerar ärendet: Kommunstyrelseförvaltningen → Samhällsbyggnadsförvaltningen',
  );
});
