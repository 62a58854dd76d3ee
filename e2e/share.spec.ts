// Journey: a process travels in a link to a browser that has never seen it, and is saved there.
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Locator, type Page } from './fixtures/guard';
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
  // The flow on a read-only canvas: the steps with their names, nothing to edit.
  const canvas = other.getByRole('application', { name: 'Flödet (skrivskyddat)' });
  await expect(canvas).toBeVisible();
  await expect(
    canvas.getByRole('group', { name: /^Aktivitet: Beräknar avgift, i / }),
  ).toBeVisible();
  await expect(canvas.getByRole('group', { name: /^Simbana Invånare,/ })).toBeVisible();
  // A connection is drawn (a straight one has no height, so its path is checked, not its box).
  await expect(
    canvas
      .getByRole('img', { name: 'Koppling från Beräknar avgift till Skickar första fakturan' })
      .locator('path.react-flow__edge-path'),
  ).toHaveAttribute('d', /^M-?[\d.]+,-?[\d.]+ L/);
  await expect(other.getByLabel('Snabbinmatning')).toHaveCount(0);
  await expect(canvas.getByRole('button', { name: /uppåt$/ })).toHaveCount(0);
  await expect(canvas.getByRole('separator')).toHaveCount(0);
  await expect(other.locator('.react-flow__handle.connectable')).toHaveCount(0);

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

/** Shares a fixture and opens the link in a browser context that has never seen it. */
async function openShared(page: Page, browser: Browser, fixture: string) {
  await openLibrary(page);
  await importFile(page, fixture);
  await expect(page.getByRole('main', { name: /^Redigerare: / })).toBeVisible();
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: /Dela som länk/ }).click();
  const link = await page
    .getByRole('dialog', { name: 'Dela som länk' })
    .getByLabel('Länk till processen')
    .inputValue();
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const other = await fresh.newPage();
  await other.goto(link);
  return { fresh, other };
}

/**
 * The step labels fully inside the canvas, with their size on screen: the label's font size
 * times the canvas's zoom (the scale of React Flow's viewport transform).
 */
function labelsInView(canvas: Locator) {
  return canvas.evaluate((root) => {
    const frame = root.getBoundingClientRect();
    const viewport = root.querySelector('.react-flow__viewport');
    const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 0;
    return [...root.querySelectorAll<HTMLElement>('.react-flow__node-step .step-label')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.width > 0 &&
          r.left >= frame.left &&
          r.right <= frame.right &&
          r.top >= frame.top &&
          r.bottom <= frame.bottom
        );
      })
      .map((el) => ({
        text: el.textContent ?? '',
        px: parseFloat(getComputedStyle(el).fontSize) * zoom,
        height: el.getBoundingClientRect().height,
      }));
  });
}
const largestLabel = async (canvas: Locator) =>
  Math.max(0, ...(await labelsInView(canvas)).map((l) => l.px));
const zoomOf = (canvas: Locator) =>
  canvas
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
const panOf = (canvas: Locator) =>
  canvas
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).e);

test('the shared 25-step flow opens whole and zooms in, by button and by key, until its steps read', async ({
  page,
  browser,
}) => {
  const fixture = JSON.parse(await readFile('e2e/fixtures/forskoleplats-25.json', 'utf8')) as {
    process: { steps: { label: string }[] };
  };
  const labels = new Set(fixture.process.steps.map((s) => s.label));
  const { fresh, other } = await openShared(page, browser, 'e2e/fixtures/forskoleplats-25.json');
  const canvas = other.getByRole('application', { name: 'Flödet (skrivskyddat)' });
  await expect(canvas).toBeVisible();

  // Opened whole: every step is in the frame, too small to read.
  await expect.poll(async () => (await labelsInView(canvas)).length).toBe(labels.size);
  expect(await largestLabel(canvas)).toBeLessThan(12);

  // "Zooma in" until a label is at least 12 px on screen.
  const zoomIn = canvas.getByRole('button', { name: 'Zooma in' });
  for (let i = 0; i < 20 && (await largestLabel(canvas)) < 12; i++) await zoomIn.click();
  await expect.poll(() => largestLabel(canvas)).toBeGreaterThanOrEqual(12);
  const readable = (await labelsInView(canvas)).filter((l) => l.px >= 12);
  expect(readable.length).toBeGreaterThan(0);
  for (const l of readable) {
    expect(labels.has(l.text)).toBe(true);
    expect(l.height).toBeGreaterThanOrEqual(12);
  }

  // "Visa hela flödet" goes back to the whole flow.
  await canvas.getByRole('button', { name: 'Visa hela flödet' }).click();
  await expect.poll(async () => (await labelsInView(canvas)).length).toBe(labels.size);

  // The keys, with the canvas focused: + zooms in, - out, the arrows pan, 0 shows it whole.
  await canvas.focus();
  await expect(canvas).toBeFocused();
  const whole = await zoomOf(canvas);
  await other.keyboard.press('+');
  await expect.poll(() => zoomOf(canvas)).toBeGreaterThan(whole * 1.1);
  for (let i = 0; i < 20 && (await largestLabel(canvas)) < 12; i++) await other.keyboard.press('+');
  await expect.poll(() => largestLabel(canvas)).toBeGreaterThanOrEqual(12);
  await expect(canvas).toBeFocused();
  const zoomed = await zoomOf(canvas);
  await other.keyboard.press('-');
  await expect.poll(() => zoomOf(canvas)).toBeLessThan(zoomed);
  const x = await panOf(canvas);
  await other.keyboard.press('ArrowRight');
  await expect.poll(() => panOf(canvas)).toBeLessThan(x);
  await other.keyboard.press('0');
  await expect.poll(() => zoomOf(canvas)).toBeCloseTo(whole, 3);
  await fresh.close();
});
