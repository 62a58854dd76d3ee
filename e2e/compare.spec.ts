// Journey: from an as-is to a to-be — the method's core move — and the comparison that shows
// what the change does to handovers.
import { expect, test, type Locator, type Page } from './fixtures/guard';
import { importFile, openLibrary, quickEntry, waitUntilSaved } from './pages/library';

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

/** React Flow's zoom on a canvas: the scale of its viewport transform. */
const zoomOf = (canvas: Locator) =>
  canvas
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

/** How far a step is from the middle of its canvas's flow area (right of the lane names). */
async function offCentre(canvas: Locator, step: Locator) {
  const frame = await canvas.boundingBox();
  const box = await step.boundingBox();
  if (!frame || !box) return Infinity;
  const headers = 216;
  const middleX = frame.x + headers + (frame.width - headers) / 2;
  const middleY = frame.y + frame.height / 2;
  return Math.hypot(box.x + box.width / 2 - middleX, box.y + box.height / 2 - middleY);
}

test('the comparison marks added, removed and changed steps, and a change shows its step in both flows', async ({
  page,
}) => {
  await openLibrary(page);
  await importFile(page, 'e2e/fixtures/forskoleplats.json');
  await expect(page.getByRole('main', { name: `Redigerare: ${AS_IS}` })).toBeVisible();
  await page.getByRole('button', { name: 'Skapa önskat läge från det här nuläget' }).click();
  await expect(page.getByRole('main', { name: `Redigerare: ${TO_BE}` })).toBeVisible();
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await moveToLane(page, 'Beräknar avgift', 'Barn- och utbildningsförvaltningen');
  await page.getByText('Inskolning', { exact: true }).click();
  await page.keyboard.press('Delete');
  await expect(page.getByText('Inskolning', { exact: true })).toBeHidden();
  await quickEntry(page, 'Barn- och utbildningsförvaltningen: Skickar välkomstbrev');
  await waitUntilSaved(page);
  // The to-be's comparison, by its address.
  await page.goto(page.url().replace('/p/', '/compare/'));
  await expect(
    page.getByRole('heading', { name: `Nuläge och önskat läge: ${TO_BE}` }),
  ).toBeVisible();

  const asIs = page.getByRole('application', { name: 'Nuläge: flödet (skrivskyddat)' });
  const toBe = page.getByRole('application', { name: 'Önskat läge: flödet (skrivskyddat)' });
  const step = (canvas: Locator, kindAndLabel: string, tag?: string) =>
    canvas.getByRole('group', {
      name: new RegExp(`^${kindAndLabel}, i .*${tag ? ` \\(${tag}\\)` : ''}$`),
    });

  // Removed: on the as-is, tagged in words and in its name; not in the to-be.
  const removed = step(asIs, 'Aktivitet: Inskolning', 'Borttagen');
  await expect(removed).toBeVisible();
  await expect(removed.getByText('Borttagen', { exact: true })).toBeVisible();
  await expect(step(toBe, 'Aktivitet: Inskolning')).toHaveCount(0);
  // Added: on the to-be only.
  const added = step(toBe, 'Aktivitet: Skickar välkomstbrev', 'Ny');
  await expect(added).toBeVisible();
  await expect(added.getByText('Ny', { exact: true })).toBeVisible();
  await expect(step(asIs, 'Aktivitet: Skickar välkomstbrev')).toHaveCount(0);
  // Moved to another unit: changed, on both.
  await expect(step(asIs, 'Aktivitet: Beräknar avgift', 'Ändrad')).toBeVisible();
  await expect(step(toBe, 'Aktivitet: Beräknar avgift', 'Ändrad')).toBeVisible();
  // An unchanged step has no tag.
  await expect(step(toBe, 'Aktivitet: Registrerar ansökan')).toBeVisible();
  await expect(step(toBe, 'Aktivitet: Registrerar ansökan', 'Ändrad')).toHaveCount(0);

  // A change in the list selects its step in both flows and brings it to the middle of each,
  // near enough to read.
  await page
    .getByRole('region', { name: 'Flyttade till en annan enhet' })
    .getByRole('button', {
      name: 'Beräknar avgift: Kommunstyrelseförvaltningen → Barn- och utbildningsförvaltningen',
    })
    .click();
  for (const canvas of [asIs, toBe]) {
    const chosen = step(canvas, 'Aktivitet: Beräknar avgift', 'Ändrad');
    await expect(chosen).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => offCentre(canvas, chosen)).toBeLessThan(40);
    await expect.poll(() => zoomOf(canvas)).toBeGreaterThanOrEqual(0.8);
  }
  // A removed step is shown on the as-is.
  await page
    .getByRole('region', { name: 'Borttagna steg' })
    .getByRole('button', { name: 'Inskolning' })
    .click();
  await expect(removed).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => offCentre(asIs, removed)).toBeLessThan(40);
  // Only the one step is chosen now.
  await expect(asIs.locator('[aria-current="true"]')).toHaveCount(1);
  await expect(toBe.locator('[aria-current="true"]')).toHaveCount(0);

  // The two flows zoom together.
  await toBe.getByRole('button', { name: 'Zooma ut' }).click();
  await expect.poll(() => zoomOf(toBe)).toBeLessThan(0.8);
  await expect.poll(async () => (await zoomOf(asIs)) - (await zoomOf(toBe))).toBeCloseTo(0, 5);
  await asIs.getByRole('button', { name: 'Visa hela flödet' }).click();
  await expect(step(toBe, 'Aktivitet: Skickar välkomstbrev', 'Ny')).toBeVisible();
  await expect.poll(async () => (await zoomOf(asIs)) - (await zoomOf(toBe))).toBeCloseTo(0, 5);
});
