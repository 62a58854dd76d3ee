// Journey: Visio drawings come in through "Importera": a cross-functional flowchart's swimlanes
// become lanes with their steps, a plain flowchart lands in one lane and the notice says so, and
// a broken or hostile file is refused with an alert, leaving the library as it was.
import { writeFile } from 'node:fs/promises';
import { zipSync, strToU8 } from 'fflate';
import { expect, test, type Page } from './fixtures/guard';
import { importFile, lane, openLibrary } from './pages/library';
import { cffVsdx } from '../src/formats/vsdx/testkit/cffFixture';

const FIXTURES = 'src/formats/vsdx/fixtures';

async function openTextView(page: Page) {
  const toggle = page.getByRole('button', { name: 'Textvy', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  return page.getByRole('region', { name: 'Flödet som text' });
}

test('a cross-functional flowchart: swimlanes become lanes, shapes their steps, kept after a reload', async ({
  page,
}, info) => {
  const path = info.outputPath('bygglov.vsdx');
  await writeFile(path, cffVsdx());
  await openLibrary(page);
  await importFile(page, path);
  const editor = page.getByRole('main', { name: 'Redigerare: Bygglov från ansökan till beslut' });
  await expect(editor).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'bygglov.vsdx' })).toContainText(
    'steg: 7, simbanor: 3, kopplingar: 8',
  );
  for (const name of ['Invånare', 'Servicecenter', 'Bygglovsenheten'])
    await expect(lane(page, name)).toBeVisible();

  await page.reload();
  await expect(editor).toBeVisible({ timeout: 20_000 });
  const view = await openTextView(page);
  await expect(view).toContainText('Behov: Ansökan skickas – Invånare');
  await expect(view).toContainText('Aktivitet: Registrera ärende – Servicecenter');
  await expect(view).toContainText(
    /Beslut: Komplett\? – Bygglovsenheten\. (Ja|Nej) → \d+, (Ja|Nej) → \d+/,
  );
  await expect(view).toContainText('Aktivitet: Komplettera ansökan – Invånare');
  await expect(view).toContainText('Underlag: Beslut');
  await expect(view).toContainText('Resultat: Beslut mottaget – Invånare');
  await page.screenshot({ path: info.outputPath('vsdx-cff.png') });
});

test('a Visio flowchart without swimlanes lands in one lane, and the notice says so', async ({
  page,
}) => {
  await openLibrary(page);
  await importFile(page, `${FIXTURES}/drawio-diagrams/hr-recruiting-flowchart.vsdx`);
  await expect(page.getByRole('main', { name: 'Redigerare: hr-recruiting-flowchart' })).toBeVisible(
    {
      timeout: 20_000,
    },
  );
  const notice = page.getByRole('status').filter({ hasText: 'hr-recruiting-flowchart.vsdx' });
  await expect(notice).toContainText('steg: 12, simbanor: 1, kopplingar: 11');
  await expect(notice).toContainText('inga simbanor, så alla former lades i en simbana');
  await page.screenshot({ path: test.info().outputPath('vsdx-flowchart.png') });
  const view = await openTextView(page);
  await expect(view).toContainText('Behov: Hiring need reported – Processen');
  await expect(view).toContainText('Aktivitet: Log hiring request – Processen');
});

test('fuzzed, bomb and non-Visio files are refused with an alert and store nothing', async ({
  page,
}, info) => {
  const bomb = info.outputPath('bomb.vsdx');
  await writeFile(
    bomb,
    zipSync(
      { 'visio/pages/pages.xml': strToU8(`<Pages>${' '.repeat(8 << 20)}</Pages>`) },
      { level: 9 },
    ),
  );
  const cases: [string, RegExp][] = [
    [
      `${FIXTURES}/poi/clusterfuzz-testcase-minimized-POIVisioFuzzer-5981064948219904.vsdx`,
      /ingen Visio-fil/,
    ],
    [
      `${FIXTURES}/poi/clusterfuzz-testcase-minimized-POIVisioFuzzer-5026516754628608.vsdx`,
      /ingen Visio-ritning/,
    ],
    [bomb, /zip-bomb/],
    [`${FIXTURES}/libvisio/blue-box.vsdx`, /inga former med text/],
  ];
  await openLibrary(page);
  for (const [path, reason] of cases) {
    await importFile(page, path);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(path.replace(/^.*\//, ''));
    await expect(alert).toContainText(reason);
    await expect(alert).toContainText('Inget har ändrats');
    await expect(page.getByText('Här finns inga processer ännu')).toBeVisible();
  }
});
