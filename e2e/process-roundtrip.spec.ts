// Journey: build a small cross-unit flow, reload, and find every lane, step and connection again.
import { expect, test } from './fixtures/guard';
import {
  addLane,
  createProcess,
  describe as describeFlow,
  exportJson,
  lane,
  openLibrary,
  openProcessFromLibrary,
  quickEntry,
  waitUntilSaved,
} from './pages/library';

test('a flow with 3 lanes and 5 connected activities survives a reload', async ({ page }) => {
  await openLibrary(page);
  await createProcess(page, 'Ansöka om förskoleplats');
  await addLane(page, 'Invånare');
  await addLane(page, 'Barn- och utbildningsförvaltningen');
  await addLane(page, 'Kommunstyrelseförvaltningen');

  await quickEntry(page, 'Invånare: Ansöker i e-tjänsten');
  await quickEntry(page, 'BUF: Registrerar ansökan');
  await quickEntry(page, 'Barn- och utbildningsförvaltningen: Erbjuder plats');
  await quickEntry(page, 'Invånare: Tackar ja');
  await quickEntry(page, 'KSF: Skickar första fakturan');
  await waitUntilSaved(page);

  await page.reload();
  await expect(
    page.getByRole('main', { name: 'Redigerare: Ansöka om förskoleplats' }),
  ).toBeVisible();
  await expect(lane(page, 'Invånare')).toBeVisible();
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await expect(page.getByText('Skickar första fakturan')).toBeVisible();

  await page.getByRole('link', { name: 'Alla processer' }).click();
  // The five, and the Behov and Resultat a new process starts with.
  await expect(page.getByRole('row', { name: /Ansöka om förskoleplats/ })).toContainText('7');
  await openProcessFromLibrary(page, 'Ansöka om förskoleplats');
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  for (const label of [
    'Ansöker i e-tjänsten',
    'Registrerar ansökan',
    'Erbjuder plats',
    'Tackar ja',
    'Skickar första fakturan',
  ]) {
    await expect(page.getByText(label, { exact: true })).toBeVisible();
  }
  const { json } = await exportJson(page);
  expect(describeFlow(json)).toEqual({
    lanes: ['Invånare', 'Barn- och utbildningsförvaltningen', 'Kommunstyrelseförvaltningen'],
    steps: {
      Behov: 'Invånare',
      Resultat: 'Invånare',
      'Ansöker i e-tjänsten': 'Invånare',
      'Registrerar ansökan': 'Barn- och utbildningsförvaltningen',
      'Erbjuder plats': 'Barn- och utbildningsförvaltningen',
      'Tackar ja': 'Invånare',
      'Skickar första fakturan': 'Kommunstyrelseförvaltningen',
    },
    connections: [
      'Ansöker i e-tjänsten → Registrerar ansökan',
      'Behov → Ansöker i e-tjänsten',
      'Erbjuder plats → Tackar ja',
      'Registrerar ansökan → Erbjuder plats',
      'Tackar ja → Skickar första fakturan',
    ],
  });
});

test('steps are added with the toolbar and renamed inline; the rename is saved', async ({
  page,
}) => {
  await openLibrary(page);
  await createProcess(page, 'Bygglov');
  await addLane(page, 'Samhällsbyggnadsförvaltningen');
  await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
  await page.getByLabel('Stegets text').fill('Tar emot ansökan');
  await page.getByLabel('Stegets text').press('Enter');
  await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
  await page.getByLabel('Stegets text').fill('Granskar');
  await page.getByLabel('Stegets text').press('Enter');

  // Rename by double-click; Escape would cancel, Enter keeps.
  await page.getByText('Granskar', { exact: true }).dblclick();
  await page.getByLabel('Stegets text').fill('Granskar ritningar');
  await page.getByLabel('Stegets text').press('Escape');
  await expect(page.getByText('Granskar', { exact: true })).toBeVisible();
  await page.getByText('Granskar', { exact: true }).dblclick();
  await page.getByLabel('Stegets text').fill('Granskar ritningar');
  await page.getByLabel('Stegets text').press('Enter');
  await waitUntilSaved(page);

  await page.reload();
  // Added after the Behov and Resultat a new process starts with: further right.
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await expect(page.getByText('Granskar ritningar', { exact: true })).toBeVisible();
  const { json } = await exportJson(page);
  expect(describeFlow(json).connections).toEqual(['Tar emot ansökan → Granskar ritningar']);
});

test('a lane is bound to another unit and undo brings the old one back', async ({ page }) => {
  await openLibrary(page);
  await createProcess(page, 'Serveringstillstånd');
  await addLane(page, 'Företagare');
  await addLane(page, 'Miljöenheten');
  await lane(page, 'Miljöenheten')
    .getByRole('button', { name: 'Miljöenheten', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Byt enhet för simbanan' });
  await dialog.getByLabel('Enhet eller kundgrupp').fill('Miljö- och hälsoskyddsförvaltningen');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(lane(page, 'Miljö- och hälsoskyddsförvaltningen')).toBeVisible();
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(lane(page, 'Miljöenheten')).toBeVisible();
  await waitUntilSaved(page);
  await page.reload();
  await expect(lane(page, 'Miljöenheten')).toBeVisible();
  // The customer lanes stay on top (Invånare came with the new process).
  await expect(page.getByRole('group', { name: /^Simbana Företagare, 2 av 3$/ })).toBeVisible();
});
