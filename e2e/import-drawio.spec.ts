// Journey: draw.io files come in through "Importera" and by dropping them on the library. Every
// fixture (real files from jgraph/drawio-diagrams) becomes a process whose lanes and steps the
// text view lists; a file with several pages asks which pages to take, each its own process;
// a hostile file is refused with an alert and the library stays as it was.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { expect, test, type Page } from './fixtures/guard';
import { importFile, lane, openLibrary } from './pages/library';

const DIR = 'src/formats/drawio/fixtures';

interface Case {
  file: string;
  title: string;
  lanes: string[];
  /** Lines the text view must show, as a reader of the original would expect them. */
  lines: string[];
}

const CASES: Case[] = [
  {
    file: 'cross_functional_flowchart_1.drawio.xml',
    title: 'cross_functional_flowchart_1',
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

/** Drops the file on the library as a desktop drag would: a DataTransfer holding it. */
async function dropFile(page: Page, path: string) {
  const b64 = (await readFile(path)).toString('base64');
  const dataTransfer = await page.evaluateHandle(
    ({ b64, name }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: 'application/xml' }));
      return transfer;
    },
    { b64, name: basename(path) },
  );
  const main = page.getByRole('main');
  await main.dispatchEvent('dragenter', { dataTransfer });
  await main.dispatchEvent('dragover', { dataTransfer });
  await main.dispatchEvent('drop', { dataTransfer });
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
    ).toBeVisible();
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
