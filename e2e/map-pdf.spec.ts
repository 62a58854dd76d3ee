// Journey: the process map of a library of 12 processes over 9 units, as a PDF a manager can
// print: every process and every unit is on some page, with the headers repeated; a to-be
// stands under its as-is (on screen and on paper), marked önskat läge, not as a main process.
// The library is a backup made by e2e/fixtures/make-map-library.mjs.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures/guard';
import { openLibrary } from './pages/library';

const FIXTURE = 'e2e/fixtures/map-library.json';
const AS_IS = 'Ansöka om förskoleplats';
const TO_BE = 'Ansöka om förskoleplats – e-tjänst';

interface Fixture {
  processes: { process: { title: string } }[];
  register: { name: string; kind: string }[];
}

async function restore(page: Page) {
  await openLibrary(page);
  await page.getByRole('link', { name: 'Inställningar' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Återställ från säkerhetskopia…' }).click();
  await (await choosing).setFiles(FIXTURE);
  const dialog = page.getByRole('dialog', { name: 'Återställ från säkerhetskopia' });
  await expect(dialog.getByText(/12 processer/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Återställ' }).click();
  await expect(dialog).toBeHidden();
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

test('the process map exports a PDF with every process and unit, the to-be under its as-is', async ({
  page,
}, info) => {
  const fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as Fixture;
  const titles = fixture.processes.map((p) => p.process.title);
  const units = fixture.register.filter((e) => e.kind !== 'kundgrupp');
  expect(titles).toHaveLength(12);
  expect(units).toHaveLength(9);
  await restore(page);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Processkarta' })
    .click();

  // On screen: the to-be hangs under its as-is in the main band, marked önskat läge.
  const band = page.getByRole('region', { name: 'Huvudprocesser' });
  const asIs = band.getByRole('link', { name: AS_IS, exact: true });
  const toBes = band.getByRole('list', { name: `Önskat läge för ${AS_IS}` });
  const toBe = toBes.getByRole('link', { name: `${TO_BE} önskat läge` });
  await expect(toBe).toBeVisible();
  await expect(band.getByRole('link', { name: new RegExp(`^${TO_BE}`) })).toHaveCount(1);
  const [a, b] = [await asIs.boundingBox(), await toBe.boundingBox()];
  expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
  expect(b!.x).toBeGreaterThan(a!.x);
  // In the matrix the to-be is the row right under its as-is, marked too.
  const rowHeaders = page
    .getByRole('table')
    .getByRole('rowheader')
    .filter({ hasText: /förskoleplats/ });
  await expect(rowHeaders).toHaveText([AS_IS, `${TO_BE}önskat läge`]);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Processkarta \d{4}-\d{2}-\d{2}\.pdf$/);
  const path = info.outputPath('processkarta.pdf');
  await download.saveAs(path);

  const raw = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
  });
  const pages = raw.split('\f').filter((p) => p.trim());
  const text = squeeze(raw);
  // Titles as written, Sámi letters too: the PDF embeds its Unicode font.
  expect(titles).toContain('Samiskt förvaltningsområde (Sámi: ŋ đ ŧ)');
  for (const title of titles) expect(text).toContain(title);
  for (const unit of units) expect(text).toContain(unit.name);
  expect(text).toContain(`${TO_BE} önskat läge`);
  pages.forEach((p, i) => expect(p).toContain(`Sida ${i + 1} av ${pages.length}`));
  // Every matrix page repeats the column header and names every process in its first column.
  const matrixPages = pages.filter((p) => p.includes('Involvering: processer och enheter'));
  expect(matrixPages.length).toBeGreaterThan(0);
  for (const p of matrixPages) expect(p).toMatch(/^\s*Process\s/m);
  const listed = new Set(matrixPages.flatMap((p) => titles.filter((t) => squeeze(p).includes(t))));
  expect([...listed].sort()).toEqual([...titles].sort());
  // Every unit heads a column on some page: by its short name, spelled out below the table.
  const columns = new Set(
    matrixPages.flatMap((p) => units.filter((u) => squeeze(p).includes(u.name))),
  );
  expect(columns.size).toBe(9);
});
