// Journey: a facilitator builds a flow with the keyboard only — no mouse call in this file.
import { expect, test, type Page } from './fixtures/guard';
import { describe as describeFlow, exportJsonByKeyboard } from './pages/library';

async function activate(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

async function addLaneByKeyboard(page: Page, name: string) {
  await activate(page, 'Lägg till simbana');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
}

async function quickEntry(page: Page, text: string) {
  await page.getByLabel('Snabbinmatning').focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Leaves any field, so the editor's own keys apply. */
async function toCanvas(page: Page) {
  await page
    .getByRole('main', { name: /Redigerare/ })
    .getByRole('heading')
    .first()
    .evaluate((h: HTMLElement) => {
      (document.activeElement as HTMLElement | null)?.blur();
      return h.tagName;
    });
}

test('a 3-lane flow with a decision and two labelled outcomes, built with the keyboard only', async ({
  page,
}) => {
  await page.goto('/');
  await activate(page, 'Ny process');
  await page.keyboard.type('Ansöka om bygglov');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main', { name: 'Redigerare: Ansöka om bygglov' })).toBeVisible();

  // A new process has its customer lane (Invånare), with Behov and Resultat in it.
  await addLaneByKeyboard(page, 'Bygglovsenheten');
  await addLaneByKeyboard(page, 'Samhällsbyggnadsförvaltningen');

  await quickEntry(page, 'Invånare: Skickar ansökan');
  await quickEntry(page, 'Bygglovsenheten: Granskar ansökan');
  await quickEntry(page, 'Bygglovsenheten: Komplett ansökan?');
  await toCanvas(page);

  // Alt+↑: the next step in the lane above, label typed at once.
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.type('Kompletterar ansökan');
  await page.keyboard.press('Enter');
  // ← follows the flow back to the decision; Alt+→ adds in the same lane.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.type('Beviljar bygglov');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.type('Registrerar beslutet');
  await page.keyboard.press('Enter');

  // Label the decision's outcomes from the properties panel.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('complementary', { name: 'Egenskaper' })).toContainText(
    'Steg: Beslut',
  );
  const panel = page.getByRole('complementary', { name: 'Egenskaper' });
  await panel.getByLabel('Etikett mot ”Beviljar bygglov”').focus();
  await page.keyboard.type('Ja');
  await page.keyboard.press('Enter');
  await panel.getByLabel('Etikett mot ”Kompletterar ansökan”').focus();
  await page.keyboard.type('Nej');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Sparat$/ })).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Visa hela flödet' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Registrerar beslutet', { exact: true })).toBeVisible();
  const { json } = await exportJsonByKeyboard(page);
  const flow = describeFlow(json);
  expect(flow.lanes).toEqual(['Invånare', 'Bygglovsenheten', 'Samhällsbyggnadsförvaltningen']);
  expect(flow.steps).toEqual({
    Behov: 'Invånare',
    Resultat: 'Invånare',
    'Skickar ansökan': 'Invånare',
    'Granskar ansökan': 'Bygglovsenheten',
    'Komplett ansökan?': 'Bygglovsenheten',
    'Kompletterar ansökan': 'Invånare',
    'Beviljar bygglov': 'Bygglovsenheten',
    'Registrerar beslutet': 'Samhällsbyggnadsförvaltningen',
  });
  expect(flow.connections).toEqual([
    'Behov → Skickar ansökan',
    'Beviljar bygglov → Registrerar beslutet',
    'Granskar ansökan → Komplett ansökan?',
    'Komplett ansökan? → Beviljar bygglov',
    'Komplett ansökan? → Kompletterar ansökan',
    'Skickar ansökan → Granskar ansökan',
  ]);
  const decision = json.process.steps.find((s) => s.label === 'Komplett ansökan?');
  expect(decision?.kind).toBe('decision');
  const outcomes = json.process.connections
    .filter((c) => c.from === decision?.id)
    .map((c) => c.label)
    .sort();
  expect(outcomes).toEqual(['Ja', 'Nej']);
});
