// The document session (issue 18): two tabs edit one process at the same time, one adding
// parking-lot notes and tags, the other adding notes and reordering lanes. Every note and tag is
// kept, the lane order is the last reorder's with no lane twice, and undo in one tab takes back
// only that tab's own edit.
import { expect, test, type Page } from './fixtures/guard';
import { createProcess, openLibrary, quickEntry, waitUntilSaved } from './pages/library';

const lot = (page: Page) => page.getByRole('region', { name: 'Parkeringsplats' });

async function park(page: Page, note: string) {
  await lot(page).getByLabel('Ny lapp på parkeringsplatsen').fill(note);
  await lot(page).getByRole('button', { name: 'Parkera' }).click();
  await expect(lot(page).getByText(note, { exact: true })).toBeVisible();
}

/** The lanes' names top to bottom, as their headers say them ("Simbana X, 1 av 3"). */
async function laneOrder(page: Page): Promise<string[]> {
  const labels = await page
    .getByRole('group', { name: /^Simbana .*, \d+ av \d+$/ })
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return labels
    .map((l) => /^Simbana (.*), (\d+) av \d+$/.exec(l)!)
    .sort((a, b) => Number(a[2]) - Number(b[2]))
    .map((m) => m[1]!);
}

async function notes(page: Page): Promise<string[]> {
  // Each note is its text and then its buttons.
  const items = lot(page).getByRole('listitem');
  return (
    await items.evaluateAll((els) => els.map((e) => e.firstElementChild?.textContent ?? ''))
  ).sort();
}

test('two tabs: notes, tags and a lane reorder all survive, and undo takes back only its own tab’s edit', async ({
  page,
  context,
}) => {
  await openLibrary(page);
  await createProcess(page, 'Två flikar samtidigt');
  await quickEntry(page, 'Invånare: Ansöker');
  await quickEntry(page, 'Bygglovsenheten: Handlägger');
  await quickEntry(page, 'Miljöförvaltningen: Yttrar sig');
  await waitUntilSaved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByText('Yttrar sig', { exact: true })).toBeVisible();
  for (const p of [page, other]) await p.getByRole('button', { name: 'Workshopläge' }).click();

  // At the same time: this tab parks two notes and sets tags, the other parks one and moves
  // Miljöförvaltningen to the top.
  await Promise.all([
    (async () => {
      await park(page, 'Vem betalar?');
      await park(page, 'Fråga juristen');
    })(),
    (async () => {
      await park(other, 'Digital signatur?');
      await other.getByRole('button', { name: 'Flytta Miljöförvaltningen uppåt' }).click();
      await other.getByRole('button', { name: 'Flytta Miljöförvaltningen uppåt' }).click();
    })(),
  ]);
  await page.getByRole('button', { name: 'Avsluta workshopläge' }).click();
  // Nothing selected: the panel shows the process description.
  await page.keyboard.press('Escape');
  const tags = page.getByLabel('Taggar');
  await tags.fill('bygglov, e-tjänst');
  await tags.blur();
  for (const p of [page, other]) await waitUntilSaved(p);

  const everyNote = ['Digital signatur?', 'Fråga juristen', 'Vem betalar?'];
  const reordered = ['Miljöförvaltningen', 'Invånare', 'Bygglovsenheten'];
  for (const p of [other, page]) {
    await p.reload();
    await expect(p.getByText('Yttrar sig', { exact: true })).toBeVisible();
    await expect.poll(() => laneOrder(p)).toEqual(reordered);
  }
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Taggar')).toHaveValue('bygglov, e-tjänst');
  await page.getByRole('button', { name: 'Workshopläge' }).click();
  await expect.poll(() => notes(page)).toEqual(everyNote);
  await other.getByRole('button', { name: 'Workshopläge' }).click();
  await expect.poll(() => notes(other)).toEqual(everyNote);

  // This tab parks a note, then the other tab parks one, which arrives here. Undo here takes
  // back this tab's own note only: the other tab's later note stays, in both tabs.
  await park(page, 'Ångra mig');
  await waitUntilSaved(page);
  await expect(lot(other).getByText('Ångra mig', { exact: true })).toBeVisible();
  await park(other, 'Från andra fliken');
  await waitUntilSaved(other);
  await expect(lot(page).getByText('Från andra fliken', { exact: true })).toBeVisible();
  await lot(page).getByRole('button', { name: 'Parkera' }).focus();
  await page.keyboard.press('Control+z');
  await waitUntilSaved(page);
  const after = [...everyNote, 'Från andra fliken'].sort();
  for (const p of [page, other]) {
    await expect(lot(p).getByText('Ångra mig', { exact: true })).toHaveCount(0);
    await expect.poll(() => notes(p)).toEqual(after);
    await expect.poll(() => laneOrder(p)).toEqual(reordered);
  }
});
