// The toolbar shows a long title in full, and says which version of the flow is open.
import { expect, test, type Locator } from './fixtures/guard';
import { createProcess, openLibrary } from './pages/library';

const TITLE =
  'Ansökan om förskoleplats för barn i behov av särskilt stöd i Norrtälje – önskat läge';

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
}

test('a long title is not cut off, and the badge says nuläge or önskat läge', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLibrary(page);
  await createProcess(page, TITLE);
  const toolbar = page.getByRole('toolbar', { name: 'Verktyg', exact: true });
  // The badge as a screen reader reads it (the visible part is the same word in capitals).
  const badge = (text: string) =>
    toolbar.locator('span').filter({ hasText: new RegExp(`^Version av flödet: ${text}$`) });
  await expect(badge('Nuläge')).toBeVisible();
  await page.getByLabel('Version av flödet').selectOption('Önskat läge');
  await expect(badge('Önskat läge')).toBeVisible();

  const title = toolbar.getByRole('textbox', { name: 'Titel' });
  await expect(title).toHaveValue(TITLE);
  await expect(title).toHaveAttribute('title', TITLE);
  const size = await title.evaluate((el) => ({
    overX: el.scrollWidth - el.clientWidth,
    overY: el.scrollHeight - el.clientHeight,
  }));
  expect(size).toEqual({ overX: 0, overY: 0 });
  const field = await box(title);
  const tag = await box(badge('Önskat läge'));
  const undo = await box(toolbar.getByRole('button', { name: 'Ångra' }));
  expect(tag.x + tag.width).toBeLessThanOrEqual(field.x);
  expect(field.x + field.width).toBeLessThanOrEqual(undo.x);
});
