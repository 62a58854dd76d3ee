// Revision history: a version is taken on open and while editing; a named version can be shown,
// compared with now and restored; the restore is undone like any edit, and what is chosen last
// is what is stored.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures/guard';
import { addLane, createProcess, openLibrary, quickEntry, waitUntilSaved } from './pages/library';

/** axe-core (WCAG 2.1 A/AA) on the open versions dialog: serious or critical findings. */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('[role="dialog"]')
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const step = (page: Page, label: string) => page.getByText(label, { exact: true });

async function openVersions(page: Page) {
  await page.getByRole('button', { name: 'Versioner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Versioner' });
  await expect(dialog.getByRole('heading', { name: 'Sparade versioner' })).toBeVisible();
  return dialog;
}

function versions(dialog: ReturnType<Page['getByRole']>) {
  return dialog.getByRole('list', { name: 'Sparade versioner' }).getByRole('listitem');
}

async function renameStep(page: Page, from: string, to: string) {
  await step(page, from).dblclick();
  await page.getByLabel('Stegets text').fill(to);
  await page.getByLabel('Stegets text').press('Enter');
  await expect(step(page, to)).toBeVisible();
}

async function deleteStep(page: Page, label: string) {
  await step(page, label).click();
  await page.keyboard.press('Delete');
  await expect(step(page, label)).toBeHidden();
}

test('a named version is shown, compared, restored, undone, and the last choice is stored', async ({
  page,
}) => {
  // A long journey (three reloads, two axe scans): on a busy machine it needs more than 60 s.
  test.setTimeout(150_000);
  await openLibrary(page);
  await createProcess(page, 'Bygglov');
  await addLane(page, 'Invånare');
  await quickEntry(page, 'Invånare: Skickar ansökan');
  await quickEntry(page, 'Invånare: Kompletterar');
  await quickEntry(page, 'Invånare: Betalar avgift');
  await waitUntilSaved(page);

  let dialog = await openVersions(page);
  // The version taken when the new process was opened: only its Behov and Resultat.
  await expect(versions(dialog)).toHaveCount(1);
  await expect(versions(dialog).first()).toContainText('Automatisk');
  await expect(versions(dialog).first()).toContainText('Steg: 2 · Simbanor: 1');

  await dialog.getByRole('button', { name: 'Spara version…' }).click();
  await dialog.getByLabel('Namn på versionen').fill('Efter workshop 2');
  await dialog.getByRole('button', { name: 'Spara version' }).click();
  await expect(page.getByText('Versionen ”Efter workshop 2” är sparad.')).toBeVisible();
  await expect(versions(dialog)).toHaveCount(2);
  const named = versions(dialog).filter({ hasText: 'Efter workshop 2' });
  await expect(named).toContainText('Steg: 5 · Simbanor: 1');
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  await renameStep(page, 'Skickar ansökan', 'Skickar in ansökan digitalt');
  await deleteStep(page, 'Betalar avgift');
  await waitUntilSaved(page);

  dialog = await openVersions(page);
  await dialog.getByRole('button', { name: /^Visa Efter workshop 2, / }).click();
  const picture = dialog.getByRole('img', { name: /^Flödet i versionen Efter workshop 2, / });
  await expect(picture).toBeVisible();
  // The picture is our SVG as base64 of its UTF-8 (formats/svg/dataUrl.ts).
  const src = (await picture.getAttribute('src'))!;
  const svg = Buffer.from(src.slice(src.indexOf(',') + 1), 'base64').toString('utf8');
  expect(svg).toContain('Skickar ansökan');
  expect(svg).toContain('Betalar avgift');
  expect(svg).not.toContain('digitalt');

  await dialog.getByRole('button', { name: 'Jämför med nu' }).click();
  await expect(dialog.getByRole('region', { name: 'Borttagna steg' })).toContainText(
    'Betalar avgift',
  );
  await expect(dialog.getByRole('region', { name: 'Omformulerade steg' })).toContainText(
    '”Skickar ansökan” → ”Skickar in ansökan digitalt”',
  );
  await expect(dialog.getByRole('row', { name: /Aktiviteter/ })).toContainText(/3\s*2/);
  expect(await seriousViolations(page)).toEqual([]);

  await dialog.getByRole('button', { name: 'Återställ den här versionen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Versionen Efter workshop 2, .* är återställd/)).toBeVisible();
  await expect(step(page, 'Skickar ansökan')).toBeVisible();
  await expect(step(page, 'Betalar avgift')).toBeVisible();
  await expect(step(page, 'Skickar in ansökan digitalt')).toBeHidden();

  // The restore is one edit: undo brings back what was there just before.
  await page.getByRole('toolbar').getByRole('button', { name: 'Ångra', exact: true }).click();
  await expect(step(page, 'Skickar in ansökan digitalt')).toBeVisible();
  await expect(step(page, 'Betalar avgift')).toBeHidden();
  await waitUntilSaved(page);

  await page.reload();
  await expect(step(page, 'Skickar in ansökan digitalt')).toBeVisible();
  await expect(step(page, 'Betalar avgift')).toBeHidden();

  // What was there before the restore is kept as a version of its own.
  dialog = await openVersions(page);
  await expect(versions(dialog).filter({ hasText: 'Före återställning' })).toContainText(
    'Steg: 4 · Simbanor: 1',
  );
  expect(await seriousViolations(page)).toEqual([]);
  // Restoring again, from the list this time; Ctrl+Z and Ctrl+Shift+Z take it back and forth.
  await dialog.getByRole('button', { name: /^Återställ Efter workshop 2, / }).click();
  await expect(dialog).toBeHidden();
  // The reload fitted the four steps there were; the restored fifth may lie outside the view.
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await expect(step(page, 'Betalar avgift')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(step(page, 'Betalar avgift')).toBeHidden();
  await page.keyboard.press('Control+Shift+z');
  await expect(step(page, 'Betalar avgift')).toBeVisible();
  // Kept this time: the reload shows the old steps.
  await waitUntilSaved(page);
  await page.reload();
  await expect(step(page, 'Skickar ansökan')).toBeVisible();
  await expect(step(page, 'Betalar avgift')).toBeVisible();
  await expect(step(page, 'Skickar in ansökan digitalt')).toBeHidden();
});

test('a version is taken on open and again after five minutes of editing', async ({ page }) => {
  await page.clock.install();
  await openLibrary(page);
  await createProcess(page, 'Serveringstillstånd');
  await addLane(page, 'Invånare');
  await quickEntry(page, 'Invånare: Ansöker');
  await waitUntilSaved(page);

  let dialog = await openVersions(page);
  await expect(versions(dialog)).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  await quickEntry(page, 'Invånare: Betalar');
  await page.clock.fastForward('05:00');
  dialog = await openVersions(page);
  await expect(versions(dialog)).toHaveCount(2);
  await expect(versions(dialog).first()).toContainText('Automatisk');
  // Two entered, beside the Behov and Resultat a new process starts with.
  await expect(versions(dialog).first()).toContainText('Steg: 4 · Simbanor: 1');
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  // Opening it again unchanged takes no new version.
  await page.reload();
  await expect(step(page, 'Betalar')).toBeVisible();
  dialog = await openVersions(page);
  await expect(versions(dialog)).toHaveCount(2);
});
