// Automated accessibility scans (axe-core, WCAG 2.1 A/AA rules) of the main screens: no serious
// or critical violation. Axe finds perhaps a third of the problems; the keyboard journeys and
// the names checked in editor-a11y.spec.ts cover more.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures/guard';
import { importFile, openLibrary } from './pages/library';

const FIXTURE = 'e2e/fixtures/forskoleplats.json';

async function seriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
}

/** Importing opens the process in the editor. */
async function openFixture(page: Page) {
  await openLibrary(page);
  await importFile(page, FIXTURE);
  await expect(
    page.getByRole('main', { name: 'Redigerare: Ansöka om förskoleplats' }),
  ).toBeVisible();
  await expect(page.getByText('Ansöker i e-tjänsten')).toBeVisible();
}

test('the library has no serious accessibility violations', async ({ page }) => {
  await openFixture(page);
  await openLibrary(page);
  await expect(
    page.getByRole('link', { name: 'Ansöka om förskoleplats', exact: true }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the editor with a 25-step flow and its properties panel have no serious violations', async ({
  page,
}) => {
  await openFixture(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByText('Ansöker i e-tjänsten').click();
  await expect(page.getByRole('complementary', { name: 'Egenskaper' })).toContainText('Steg:');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the export dialog has no serious violations', async ({ page }) => {
  await openFixture(page);
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: /PDF/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the process landscape has no serious violations', async ({ page }) => {
  await openFixture(page);
  await page.getByRole('link', { name: 'Processkarta' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
