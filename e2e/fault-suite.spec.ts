// The fault suite: a reload, a closed tab or a crashed renderer 0, 50, 100 and 300 ms after an
// edit loses nothing — a quick-entry step, a step label committed with Enter, text typed in a
// field without leaving it. Each test takes one fault and one kind of edit through the four
// delays on one process (a cell is an edit, the fault, and reopening the process as a person
// would); the 9 tests run in parallel. Plus two tabs editing different fields of one step.
import { expect, test, type BrowserContext, type Page } from './fixtures/guard';
import { addLane, createProcess, openLibrary, quickEntry, waitUntilSaved } from './pages/library';

const DELAYS = [0, 50, 100, 300] as const;
const FAULTS = ['reload', 'close', 'crash'] as const;
const EDITS = ['quick entry', 'label with Enter', 'text left in a field'] as const;
type Fault = (typeof FAULTS)[number];
type Edit = (typeof EDITS)[number];

const TITLE = 'Felsviten';
const step = (page: Page, label: string) => page.getByText(label, { exact: true });
const editor = (page: Page) => page.getByRole('main', { name: `Redigerare: ${TITLE}` });

async function newProcess(page: Page) {
  await openLibrary(page);
  await createProcess(page, TITLE);
  await addLane(page, 'Invånare');
  await quickEntry(page, 'Invånare: Ansöker');
  await waitUntilSaved(page);
}

/** Makes the edit of cell `n` and returns what must be there after the fault. */
async function makeEdit(page: Page, edit: Edit, n: number, current: string): Promise<string> {
  const text = `Ändring ${n}`;
  if (edit === 'quick entry') {
    await quickEntry(page, `Invånare: ${text}`);
  } else if (edit === 'label with Enter') {
    await step(page, current).dblclick();
    const field = page.getByLabel('Stegets text');
    await field.fill(text);
    await field.press('Enter');
    await expect(step(page, text)).toBeVisible();
  } else {
    await step(page, current).click();
    // Typed key by key and never left: no blur, no Enter.
    const field = page.getByLabel('Beskrivning');
    await field.press('ControlOrMeta+a');
    await field.pressSequentially(text, { delay: 5 });
  }
  return text;
}

async function crash(page: Page, context: BrowserContext) {
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

/** Reopens the process after the fault; returns the page to go on with. */
async function fault(page: Page, context: BrowserContext, how: Fault): Promise<Page> {
  const url = page.url();
  if (how === 'reload') {
    await page.reload();
    return page;
  }
  if (how === 'close') await page.close();
  else await crash(page, context);
  const fresh = await context.newPage();
  await fresh.goto(url);
  return fresh;
}

async function expectKept(page: Page, edit: Edit, text: string, stepLabel: string) {
  await expect(editor(page)).toBeVisible();
  if (edit !== 'text left in a field') {
    // The canvas draws only the steps in view; the text view lists them all.
    const toggle = page.getByRole('button', { name: 'Textvy', exact: true });
    await toggle.click();
    await expect(page.getByRole('region', { name: 'Flödet som text' })).toContainText(text);
    await toggle.click();
    return;
  }
  await step(page, stepLabel).click();
  await expect(page.getByLabel('Beskrivning')).toHaveValue(text);
}

for (const how of FAULTS) {
  for (const edit of EDITS) {
    test(`${how} right after a ${edit} loses nothing (+${DELAYS.join(', +')} ms)`, async ({
      page,
      context,
    }) => {
      test.setTimeout(90_000);
      await newProcess(page);
      let current = page;
      let label = 'Ansöker';
      for (const [n, delay] of DELAYS.entries()) {
        const text = await makeEdit(current, edit, n, label);
        // The point of the test: the fault comes this long after the edit.
        if (delay > 0) await current.waitForTimeout(delay);
        current = await fault(current, context, how);
        await expectKept(current, edit, text, label);
        if (edit === 'label with Enter') label = text;
      }
    });
  }
}

test('two tabs editing different fields of one step: both are kept', async ({ page, context }) => {
  await newProcess(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(step(other, 'Ansöker')).toBeVisible();

  await step(other, 'Ansöker').click();
  const description = other.getByLabel('Beskrivning');
  await Promise.all([
    (async () => {
      await step(page, 'Ansöker').dblclick();
      await page.getByLabel('Stegets text').fill('Ansöker om bygglov');
      await page.getByLabel('Stegets text').press('Enter');
    })(),
    (async () => {
      await description.fill('Via e-tjänsten');
      await description.press('Tab');
    })(),
  ]);
  for (const p of [page, other]) {
    await expect(step(p, 'Ansöker om bygglov')).toBeVisible();
    await waitUntilSaved(p);
  }
  await page.reload();
  await step(page, 'Ansöker om bygglov').click();
  await expect(page.getByLabel('Beskrivning')).toHaveValue('Via e-tjänsten');
});

test('text typed in a field is saved while the field still has focus, and undone in one step', async ({
  page,
  context,
}) => {
  await newProcess(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await step(other, 'Ansöker').click();
  const seenElsewhere = other.getByLabel('Beskrivning');

  await step(page, 'Ansöker').click();
  const field = page.getByLabel('Beskrivning');
  // Two bursts of typing, each saved (the other tab shows it) while the field keeps focus.
  await field.pressSequentially('Via ', { delay: 20 });
  await expect(seenElsewhere).toHaveValue('Via ');
  await field.pressSequentially('e-tjänsten', { delay: 20 });
  await expect(seenElsewhere).toHaveValue('Via e-tjänsten');
  await expect(field).toBeFocused();

  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(field).toHaveValue('');
  await page.getByRole('button', { name: 'Gör om' }).click();
  await expect(field).toHaveValue('Via e-tjänsten');
});

test('after a crash in the middle of typing, the app says what it recovered', async ({
  page,
  context,
}) => {
  await newProcess(page);
  const url = page.url();
  await step(page, 'Ansöker').click();
  const field = page.getByLabel('Beskrivning');
  const text = 'Ansökan kommer in via e-tjänsten och registreras i ärendesystemet';
  // The renderer dies while keys are still arriving, so the last ones are in no save.
  const typing = field.pressSequentially(text, { delay: 30 }).catch(() => undefined);
  await expect(field).toHaveValue(/^.{12}/);
  const seen = await field.inputValue();
  await crash(page, context);
  await typing;

  const fresh = await context.newPage();
  await fresh.goto(url);
  await expect(fresh.getByRole('status').filter({ hasText: 'Återställde' })).toHaveText(
    /^Återställde (en ändring|\d+ ändringar) i ”Felsviten” som inte hann sparas\.$/,
  );
  await step(fresh, 'Ansöker').click();
  const kept = await fresh.getByLabel('Beskrivning').inputValue();
  expect(kept.startsWith(seen) && text.startsWith(kept)).toBe(true);
});
