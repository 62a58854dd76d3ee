// Journey: a step list from a spreadsheet comes in three ways — cells pasted into the editor,
// the "Klistra in tabell" dialog with its column mapping, and a Swedish Excel CSV through
// "Importera" — and reads as a flow: lanes, a decision with its labels, times and lead time.
import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures/guard';
import {
  createProcess,
  dropFile,
  exportJson,
  importFile,
  lane,
  openLibrary,
  waitUntilSaved,
} from './pages/library';

// As Excel puts it on the clipboard: tab-separated, a Swedish header, "SBF" is the register's
// short name for Samhällsbyggnadsförvaltningen, "Bygglovsenheten" is new.
const TSV = [
  'Enhet\tAktivitet\tTid\tVäntetid\tNästa\tVillkor',
  'Invånare\tSkickar ansökan\t30 min\t\t\t',
  'SBF\tÄr ansökan komplett?\t1 h\t2 dagar\t4, 3\tJa, Nej',
  'Invånare\tKompletterar\t1 h\t\t2\t',
  'Bygglovsenheten\tFattar beslut\t2 h\t1 vecka\t\t',
].join('\r\n');

async function openTextView(page: Page) {
  const toggle = page.getByRole('button', { name: 'Textvy', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  return page.getByRole('region', { name: 'Flödet som text' });
}

const entry = (view: ReturnType<Page['getByRole']>, n: number) =>
  view.getByRole('listitem').filter({ hasText: new RegExp(`^${n}\\.`) });

test('cells pasted in the editor become the flow, with lead time; one Ctrl+Z takes it all back', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openLibrary(page);
  await createProcess(page, 'Altan');
  await page.evaluate((text) => navigator.clipboard.writeText(text), TSV);
  await page.getByRole('group', { name: /^Behov: Behov, i / }).click();
  await page.keyboard.press('Control+v');

  const view = await openTextView(page);
  // Laid out in the layout worker first: slow on a loaded machine.
  await expect(entry(view, 6)).toContainText('Resultat: Resultat – Invånare', { timeout: 30_000 });
  await expect(entry(view, 1)).toContainText('Behov: Behov – Invånare');
  await expect(entry(view, 2)).toContainText('Aktivitet: Skickar ansökan – Invånare');
  await expect(entry(view, 3)).toContainText(
    'Beslut: Är ansökan komplett? – Samhällsbyggnadsförvaltningen. Nej → 4, Ja → 5',
  );
  await expect(entry(view, 4)).toContainText('Kompletterar – Invånare. Tillbaka till 3');
  await expect(entry(view, 5)).toContainText('Aktivitet: Fattar beslut – Bygglovsenheten');
  await expect(page.getByRole('status').filter({ hasText: '4 steg lades till' })).toContainText(
    'Nya simbanor: Samhällsbyggnadsförvaltningen, Bygglovsenheten.',
  );

  // 30 min + (1 h + 2 dagar) + (2 h + 1 vecka) = 9 dagar 3,5 tim; the loop back counts once.
  await page.getByRole('button', { name: 'Nyckeltal' }).click();
  const figures = page.getByRole('complementary', { name: 'Nyckeltal' });
  await expect(figures.getByRole('listitem').filter({ hasText: /^Ledtid/ })).toHaveText(
    'Ledtid 9,1 dagar',
  );
  await waitUntilSaved(page);
  const pasted = (await exportJson(page)).json.process;
  expect(pasted.steps).toHaveLength(6);
  expect(pasted.lanes).toHaveLength(3);

  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(view.getByText('Skickar ansökan')).toHaveCount(0);
  await expect(lane(page, 'Bygglovsenheten')).toHaveCount(0);
  await expect(lane(page, 'Samhällsbyggnadsförvaltningen')).toHaveCount(0);
  await waitUntilSaved(page);
  const after = (await exportJson(page)).json;
  expect(after.process.steps.map((s) => s.label).sort()).toEqual(['Behov', 'Resultat']);
  expect(after.process.connections).toEqual([]);
  expect(after.register.map((e) => e.name)).not.toContain('Bygglovsenheten');
});

test('"Klistra in tabell": preview, a column remapped, the rows added', async ({ page }, info) => {
  await openLibrary(page);
  await createProcess(page, 'Tabell');
  await page.getByRole('button', { name: 'Klistra in tabell …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Klistra in tabell' });
  // No header row: the columns are guessed from their cells.
  await dialog
    .getByLabel('Tabellens rader')
    .fill(
      [
        'Kundtjänst\tTar emot samtal\t5 min\tkommentar',
        'Kundtjänst\tSkapar ärende\t10 min\tett',
        'Socialtjänsten\tUtreder\t3 veckor\ttvå',
      ].join('\n'),
    );
  await expect(dialog.getByLabel('Första raden är rubriker')).not.toBeChecked();
  await expect(dialog.getByLabel('Kolumn 1 är')).toHaveValue('lane');
  await expect(dialog.getByLabel('Kolumn 2 är')).toHaveValue('label');
  await expect(dialog.getByLabel('Kolumn 3 är')).toHaveValue('activeTime');
  await expect(dialog.getByLabel('Kolumn 4 är')).toHaveValue('ignore');
  await dialog.getByLabel('Kolumn 3 är').selectOption({ label: 'Väntetid' });
  await expect(dialog.getByRole('region', { name: 'Förhandsvisning' })).toContainText('Utreder');
  await page.screenshot({ path: info.outputPath('klistra-in-tabell.png') });
  await dialog.getByRole('button', { name: 'Lägg till 3 steg' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(lane(page, 'Socialtjänsten')).toBeVisible();
  await waitUntilSaved(page);
  const { json } = await exportJson(page);
  const utreder = json.process.steps.find((s) => s.label === 'Utreder') as unknown as {
    properties: { waitingTime: unknown; activeTime: unknown };
  };
  expect(utreder.properties).toMatchObject({
    activeTime: null,
    waitingTime: { value: 3, unit: 'w' },
  });
});

for (const way of ['Importera', 'a drop on the library'] as const)
  test(`a Swedish Excel CSV in Windows-1252 through ${way} imports with å ä ö right`, async ({
    page,
  }, info) => {
    const csv = [
      'Enhet;Aktivitet;Tid;Väntetid',
      'Invånare;Ansöker om tillstånd för uteservering;30 min;',
      'Miljö- och hälsoskyddsförvaltningen;Granskar ärendet;2 h;5 dagar',
      'Företagare;Får beslut;;',
    ].join('\r\n');
    const path = info.outputPath('Uteservering på torget.csv');
    await writeFile(path, Buffer.from(csv, 'latin1'));
    await openLibrary(page);
    if (way === 'Importera') await importFile(page, path);
    else await dropFile(page, path);
    await expect(
      page.getByRole('main', { name: 'Redigerare: Uteservering på torget' }),
    ).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByRole('status').filter({ hasText: '3 steg importerades' })).toContainText(
      'windows-1252',
    );
    const view = await openTextView(page);
    await expect(view).toContainText('Ansöker om tillstånd för uteservering');
    await expect(lane(page, 'Miljö- och hälsoskyddsförvaltningen')).toBeVisible();
    await waitUntilSaved(page);
    const { json } = await exportJson(page);
    expect(json.process.steps.map((s) => s.label)).toEqual([
      'Ansöker om tillstånd för uteservering',
      'Granskar ärendet',
      'Får beslut',
    ]);
    expect(json.register.map((e) => e.name).sort()).toEqual(
      ['Företagare', 'Invånare', 'Miljö- och hälsoskyddsförvaltningen'].sort(),
    );
  });

test('a file that is no table, or 10 MB of one, is refused and nothing is stored', async ({
  page,
}, info) => {
  const cases: [string, Buffer, string][] = [
    ['kalkyl.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0]), 'inte text'],
    ['stor.csv', Buffer.from('Enhet;Aktivitet\n' + 'Bygg;Gör\n'.repeat(1_100_000)), '2 MB'],
  ];
  await openLibrary(page);
  for (const [name, bytes, says] of cases) {
    const path = info.outputPath(name);
    await writeFile(path, bytes);
    await importFile(page, path);
    await expect(page.getByRole('alert')).toContainText(name);
    await expect(page.getByRole('alert')).toContainText(says);
    await expect(page.getByRole('alert')).toContainText('Inget har ändrats');
    await expect(page.getByText('Här finns inga processer ännu')).toBeVisible();
  }
});

test('100,000 pasted rows are refused with an alert and change nothing', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openLibrary(page);
  await createProcess(page, 'Stor');
  const rows = 'Enhet\tAktivitet\n' + 'Bygglov\tGranskar\n'.repeat(100_000);
  await page.evaluate((text) => navigator.clipboard.writeText(text), rows);
  await page.getByRole('group', { name: /^Behov: Behov, i / }).click();
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('alert')).toContainText(
    'Tabellen har fler än 2\u00a0000 rader. Inget har ändrats.',
  );
  await waitUntilSaved(page);
  const { json } = await exportJson(page);
  expect(json.process.steps.map((s) => s.label).sort()).toEqual(['Behov', 'Resultat']);
  await expect(lane(page, 'Bygglov')).toHaveCount(0);
});
