// Journey: draw.io files come in through "Importera" and by dropping them on the library. Every
// fixture (real files from jgraph/drawio-diagrams) becomes a process whose lanes and steps the
// text view lists; a file with several pages asks which pages to take, each its own process;
// a hostile file is refused with an alert and the library stays as it was.
import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import { deflateSync, strToU8 } from 'fflate';
import { expect, test, type Page } from './fixtures/guard';
import { dropFile, importFile, lane, openLibrary } from './pages/library';

const DIR = 'src/formats/drawio/fixtures';

interface Case {
  file: string;
  title: string;
  lanes: string[];
  /** Lines the text view must show, as a reader of the original would expect them. */
  lines: string[];
  /** What the notice says was guessed. */
  notice: string;
}

const CASES: Case[] = [
  {
    file: 'cross_functional_flowchart_1.drawio.xml',
    title: 'cross_functional_flowchart_1',
    notice: 'Gissat från formen: Underlag 1, Beslut 3, Delprocess 1.',
    lanes: ['Navigation', 'Driver', 'Passengers'],
    lines: [
      'Aktivitet: Plan Route – Navigation',
      'Beslut: At Destination? – Navigation',
      'Delprocess: Break Stop – Driver',
      'Beslut: Break Time? – Passengers',
      'Aktivitet: Provide Directions – Navigation',
    ],
  },
  {
    file: 'cross_functional_flowchart_2.drawio.xml',
    title: 'cross_functional_flowchart_2',
    notice: 'Gissat från formen: Beslut 4.',
    lanes: ['Customer', 'Customer Service Representative'],
    lines: [
      'Aktivitet: Request service – Customer',
      'Beslut: Customer found? – Customer Service Representative',
      'Beslut: Address found & validated – Customer Service Representative',
    ],
  },
  {
    file: 'cross_functional_flowchart_4.drawio.xml',
    title: 'cross_functional_flowchart_4',
    notice:
      'Simbana efter läget (utanför simbanorna i filen): 2 steg, ”procedure 1”, ”procedure 3”.',
    lanes: ['Lane 1', 'Lane 2', 'Lane 3', 'Lane 4'],
    lines: [
      'Aktivitet: procedure 1 – Lane 2',
      'Aktivitet: procedure 4 – Lane 1',
      'Beslut: condition 1 – Lane 4',
    ],
  },
  {
    file: 'business_swimlane.drawio.xml',
    title: 'business_swimlane',
    notice: 'Gissat från formen: Underlag 8.',
    lanes: ['Inside Sales Rep', 'Sales Admin', 'Sales Manager', 'Director'],
    lines: [
      'Aktivitet: Customer Management – Inside Sales Rep',
      'Aktivitet: Inventory Control – Sales Manager',
      'Aktivitet: Long Term Strategy – Director',
    ],
  },
];

async function openTextView(page: Page) {
  const toggle = page.getByRole('button', { name: 'Textvy', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  return page.getByRole('region', { name: 'Flödet som text' });
}

async function expectImported(page: Page, c: Case) {
  await expect(page.getByRole('main', { name: `Redigerare: ${c.title}` })).toBeVisible({
    timeout: 20_000,
  });
  for (const name of c.lanes) await expect(lane(page, name)).toBeVisible();
  const view = await openTextView(page);
  for (const line of c.lines) await expect(view).toContainText(line);
}

for (const c of CASES) {
  test(`${c.file} by the file chooser: its lanes and steps, kept after a reload`, async ({
    page,
  }) => {
    await openLibrary(page);
    await importFile(page, `${DIR}/${c.file}`);
    await expect(
      page.getByRole('status').filter({ hasText: 'importerades från draw.io' }),
    ).toContainText(c.notice);
    await expectImported(page, c);
    await page.reload();
    await expectImported(page, c);
  });

  test(`${c.file} dropped on the library`, async ({ page }) => {
    await openLibrary(page);
    await dropFile(page, `${DIR}/${c.file}`);
    await expectImported(page, c);
  });
}

const MULTI = `${DIR}/bpmn-2-example.drawio`;

test('a file with two pages asks which to take; the one picked becomes a process', async ({
  page,
}, info) => {
  await openLibrary(page);
  await importFile(page, MULTI);
  const picker = page.getByRole('dialog', { name: 'Vilka sidor ska importeras?' });
  await expect(picker).toContainText('”bpmn-2-example.drawio” har 2 sidor');
  const all = picker.getByRole('checkbox', { name: 'Alla' });
  await expect(all).toBeChecked();
  await picker.getByRole('checkbox', { name: 'Purchase stock' }).uncheck();
  await expect(all).not.toBeChecked();
  await expect(all).toHaveJSProperty('indeterminate', true);
  await expect(picker.getByRole('checkbox', { name: 'Process order' })).toBeChecked();
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await picker.screenshot({ path: info.outputPath('drawio-page-picker.png') });
  await picker.getByRole('button', { name: 'Importera 1' }).click();

  await expect(
    page.getByRole('main', { name: 'Redigerare: bpmn-2-example – Process order' }),
  ).toBeVisible({ timeout: 20_000 });
  const notice = page.getByRole('status').filter({ hasText: 'importerades från draw.io' });
  await expect(notice).toContainText('Gissat från formen: Behov 1');
  await expect(notice).toContainText('pilar till en simbana i stället för ett steg 9');
  for (const name of ['Accounts', 'Warehouse', 'Purchasing', 'Client'])
    await expect(lane(page, name)).toBeVisible();
  await page.screenshot({ path: info.outputPath('drawio-process-order.png') });
  const view = await openTextView(page);
  await expect(view).toContainText('Behov: Order received – Accounts');
  await expect(view).toContainText('Beslut: All items? – Warehouse');
  await expect(view).toContainText('Aktivitet: Send parcel – Warehouse');

  await page.getByRole('link', { name: 'Processer', exact: true }).click();
  // Only the page picked was imported.
  await expect(page.getByRole('link', { name: 'bpmn-2-example – Process order' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Purchase stock/ })).toHaveCount(0);
});

test('dropped with "Alla": every page becomes its own process', async ({ page }) => {
  await openLibrary(page);
  await dropFile(page, MULTI);
  const picker = page.getByRole('dialog', { name: 'Vilka sidor ska importeras?' });
  const all = picker.getByRole('checkbox', { name: 'Alla' });
  await all.uncheck();
  await expect(picker.getByRole('button', { name: 'Importera 0' })).toBeDisabled();
  await all.check();
  await picker.getByRole('button', { name: 'Importera 2' }).click();
  await expect(page.getByRole('status')).toContainText(
    '2 processer importerades från ”bpmn-2-example.drawio”',
  );
  await expect(page.getByRole('link', { name: 'bpmn-2-example – Process order' })).toBeVisible();
  await page.getByRole('link', { name: 'bpmn-2-example – Purchase stock' }).click();
  await expect(
    page.getByRole('main', { name: 'Redigerare: bpmn-2-example – Purchase stock' }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(lane(page, 'Processen')).toBeVisible();
  const view = await openTextView(page);
  await expect(view).toContainText('Behov: Items in stock below minimum number – Processen');
  await expect(view).toContainText('Beslut: Available? – Processen');
});

test('two files with pages dropped at once: each asks in turn', async ({ page }) => {
  await openLibrary(page);
  await dropFile(page, MULTI, { path: MULTI, name: 'kopia.drawio' });
  const picker = page.getByRole('dialog', { name: 'Vilka sidor ska importeras?' });
  await expect(picker).toContainText('”bpmn-2-example.drawio” har 2 sidor');
  await picker.getByRole('checkbox', { name: 'Process order' }).uncheck();
  await picker.getByRole('button', { name: 'Importera 1' }).click();
  await expect(picker).toContainText('”kopia.drawio” har 2 sidor');
  // The second file starts from its own pages, all checked.
  await expect(picker.getByRole('checkbox', { name: 'Alla' })).toBeChecked();
  await picker.getByRole('button', { name: 'Avbryt' }).click();
  await expect(picker).toBeHidden();
  await page.getByRole('link', { name: 'Processer', exact: true }).click();
  await expect(page.getByRole('link', { name: 'bpmn-2-example – Purchase stock' })).toBeVisible();
  await expect(page.getByRole('link', { name: /kopia|Process order/ })).toHaveCount(0);
});

test('the imported flows, whole, as they look', async ({ page }, info) => {
  await openLibrary(page);
  for (const c of CASES) {
    await page.goto('/');
    await importFile(page, `${DIR}/${c.file}`);
    await expect(page.getByRole('main', { name: `Redigerare: ${c.title}` })).toBeVisible({
      timeout: 20_000,
    });
    await page.getByRole('button', { name: 'Visa hela flödet' }).click();
    await expect(lane(page, c.lanes[0]!)).toBeVisible();
    await page.screenshot({ path: info.outputPath(`drawio-${c.title}.png`) });
  }
});

test('cut-off, DOCTYPE and deflate-bomb files are refused with an alert and store nothing', async ({
  page,
}, info) => {
  const original = await readFile(`${DIR}/cross_functional_flowchart_1.drawio.xml`, 'utf8');
  const bombXml = `<mxGraphModel><root><mxCell id="0" value="${'A'.repeat(12 << 20)}"/></root></mxGraphModel>`;
  const bomb = Buffer.from(deflateSync(strToU8(encodeURIComponent(bombXml)))).toString('base64');
  const cases: [string, string, RegExp][] = [
    ['avklippt.drawio', original.slice(0, 1500), /inte läsbar XML – kanske är den avklippt/],
    [
      'doctype.drawio',
      '<!DOCTYPE x [<!ENTITY a "a">]><mxfile><diagram name="p">&a;</diagram></mxfile>',
      /DOCTYPE- eller ENTITY-deklaration/,
    ],
    [
      'bomb.drawio',
      `<mxfile><diagram name="Sida">${bomb}</diagram></mxfile>`,
      /orimligt mycket data/,
    ],
  ];
  await openLibrary(page);
  await expect(page.getByText('Här finns inga processer ännu.')).toBeVisible();
  for (const [name, text, message] of cases) {
    const path = info.outputPath(name);
    await writeFile(path, text);
    await importFile(page, path);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText(name);
  }
  await page.reload();
  await expect(page.getByText('Här finns inga processer ännu.')).toBeVisible();
});
