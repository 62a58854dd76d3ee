// Journey: from an as-is to a to-be — the method's core move — and the comparison that shows
// what the change does to handovers.
import { expect, test, type Page } from './fixtures/guard';
import { importFile, openLibrary, waitUntilSaved } from './pages/library';

const AS_IS = 'Ansöka om förskoleplats';
const TO_BE = `${AS_IS} – önskat läge`;

async function moveToLane(page: Page, step: string, lane: string) {
  await page.getByText(step, { exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Egenskaper' });
  await panel.getByRole('combobox', { name: 'Simbana', exact: true }).selectOption({ label: lane });
}

test('a to-be made from an as-is, two steps moved into one unit: fewer handovers', async ({
  page,
}) => {
  await openLibrary(page);
  await importFile(page, 'e2e/fixtures/forskoleplats.json');
  await expect(page.getByRole('main', { name: `Redigerare: ${AS_IS}` })).toBeVisible();
  await page.getByRole('button', { name: 'Skapa önskat läge från det här nuläget' }).click();
  await expect(page.getByRole('main', { name: `Redigerare: ${TO_BE}` })).toBeVisible();

  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await moveToLane(page, 'Beräknar avgift', 'Barn- och utbildningsförvaltningen');
  await moveToLane(page, 'Skickar första fakturan', 'Barn- och utbildningsförvaltningen');
  await waitUntilSaved(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Jämför med nuläget' }).click();

  await expect(
    page.getByRole('heading', { name: `Nuläge och önskat läge: ${TO_BE}` }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: 'Överlämningar 5 → 3' })).toBeVisible();
  const moved = page.getByRole('region', { name: 'Flyttade till en annan enhet' });
  await expect(moved.getByRole('listitem')).toHaveText([
    'Beräknar avgift: Kommunstyrelseförvaltningen → Barn- och utbildningsförvaltningen',
    'Skickar första fakturan: Kommunstyrelseförvaltningen → Barn- och utbildningsförvaltningen',
  ]);

  // The as-is is untouched: it still has its five handovers.
  await page.getByRole('link', { name: `Öppna ${AS_IS}`, exact: true }).click();
  await page.getByRole('button', { name: 'Nyckeltal' }).click();
  await expect(
    page
      .getByRole('complementary', { name: 'Nyckeltal' })
      .getByRole('listitem')
      .filter({ hasText: /^Överlämningar/ }),
  ).toHaveText('Överlämningar 5');
});
