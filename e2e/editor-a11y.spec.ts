// Journey with the keyboard only (no mouse call in this file), as a screen-reader user meets it:
// every step has a spoken name with its kind, lane and place in the flow; focus follows the
// arrow keys; changes are announced; connecting and moving between lanes work from lists.
import { expect, test, type Page } from './fixtures/guard';
import { describe as describeFlow, exportJsonByKeyboard } from './pages/library';

async function activate(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

async function addLane(page: Page, name: string) {
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

const step = (page: Page, name: string) => page.getByRole('group', { name });
const announced = (page: Page) => page.getByTestId('announcer');

test('keyboard and screen reader: name, focus, announce, connect from a list, move to another lane', async ({
  page,
}) => {
  // A long journey (about 60 key-driven actions); on a loaded 2-core machine it needs more than
  // the default minute.
  test.setTimeout(120_000);
  await page.goto('/');
  await activate(page, 'Ny process');
  await page.keyboard.type('Ansöka om förskoleplats');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('main', { name: 'Redigerare: Ansöka om förskoleplats' }),
  ).toBeVisible();

  // A new process has its customer lane (Invånare), with Behov and Resultat in it.
  await addLane(page, 'Förskoleförvaltningen');
  await addLane(page, 'Ekonomiavdelningen');
  await quickEntry(page, 'Invånare: Ansöker om plats');
  await quickEntry(page, 'Förskoleförvaltningen: Bedömer ansökan');
  await expect(announced(page)).toHaveText(
    'Steg tillagt: Bedömer ansökan, i Förskoleförvaltningen. Koppling från Ansöker om plats till Bedömer ansökan',
  );
  await quickEntry(page, 'Förskoleförvaltningen: Komplett ansökan?');
  await quickEntry(page, 'Förskoleförvaltningen: Erbjuder plats');
  await quickEntry(page, 'Invånare: Kompletterar ansökan');
  await quickEntry(page, 'Förskoleförvaltningen: Skickar faktura');

  await activate(page, 'Visa hela flödet');
  // Each step is named for the ear: kind, label, lane, place in the flow.
  const second = step(page, 'Aktivitet: Bedömer ansökan, i Förskoleförvaltningen, 3 av 8');
  await second.focus();
  await expect(second).toBeFocused();
  // → follows the flow, and focus goes with it.
  await page.keyboard.press('ArrowRight');
  await expect(
    step(page, 'Beslut: Komplett ansökan?, i Förskoleförvaltningen, 4 av 8'),
  ).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const back = step(page, 'Aktivitet: Kompletterar ansökan, i Invånare, 6 av 8');
  await expect(back).toBeFocused();

  // Connect the focused step to another one, chosen from a list.
  const panel = page.getByRole('complementary', { name: 'Egenskaper' });
  await panel.getByLabel('Koppla till').focus();
  await panel.getByLabel('Koppla till').selectOption({ label: 'Bedömer ansökan (Aktivitet)' });
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Koppla', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(announced(page)).toHaveText(
    'Koppling från Kompletterar ansökan till Bedömer ansökan',
  );

  // Move the last step to another lane from the lane list.
  await back.focus();
  await page.keyboard.press('ArrowRight');
  await expect(
    step(page, 'Aktivitet: Skickar faktura, i Förskoleförvaltningen, 7 av 8'),
  ).toBeFocused();
  await panel.getByRole('combobox', { name: 'Simbana' }).focus();
  await panel
    .getByRole('combobox', { name: 'Simbana' })
    .selectOption({ label: 'Ekonomiavdelningen' });
  await expect(announced(page)).toHaveText('Skickar faktura flyttat till Ekonomiavdelningen');
  await expect(
    step(page, 'Aktivitet: Skickar faktura, i Ekonomiavdelningen, 7 av 8'),
  ).toBeVisible();

  // Undo is announced too, and "?" lists the shortcuts; Escape gives focus back.
  await step(page, 'Aktivitet: Skickar faktura, i Ekonomiavdelningen, 7 av 8').focus();
  await page.keyboard.press('Control+z');
  await expect(announced(page)).toHaveText('Skickar faktura flyttat till Förskoleförvaltningen');
  await page.keyboard.press('Control+Shift+z');
  await expect(announced(page)).toHaveText('Skickar faktura flyttat till Ekonomiavdelningen');
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Kortkommandon' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts).toContainText('Gå till nästa eller föregående steg i flödet');
  await expect(shortcuts).toContainText('Koppla till');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();

  // Reorder lanes from their headers.
  await activate(page, 'Flytta Ekonomiavdelningen uppåt');
  await expect(announced(page)).toHaveText('Simbanorna har ny ordning');

  await expect(page.getByRole('status').filter({ hasText: /^Sparat$/ })).toBeVisible();
  const { json } = await exportJsonByKeyboard(page);
  const flow = describeFlow(json);
  expect(flow.lanes).toEqual(['Invånare', 'Ekonomiavdelningen', 'Förskoleförvaltningen']);
  expect(flow.steps).toEqual({
    Behov: 'Invånare',
    Resultat: 'Invånare',
    'Ansöker om plats': 'Invånare',
    'Bedömer ansökan': 'Förskoleförvaltningen',
    'Komplett ansökan?': 'Förskoleförvaltningen',
    'Erbjuder plats': 'Förskoleförvaltningen',
    'Kompletterar ansökan': 'Invånare',
    'Skickar faktura': 'Ekonomiavdelningen',
  });
  expect(flow.connections).toContain('Kompletterar ansökan → Bedömer ansökan');
  expect(flow.connections).toContain('Behov → Ansöker om plats');
  expect(flow.connections).toHaveLength(7);
});
