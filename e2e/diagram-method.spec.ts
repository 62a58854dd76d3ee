// Journey (issue 17, part 2): the diagram carries the method. A manager exports the 25-step
// flow: in the SVG every step of the flow wears the number the text view gives it, and every
// handover (the work passing from one unit's lane to another's) has a numbered mark on its
// connection; the PDF's key-figures page lists those marks, as many as it counts handovers.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures/guard';
import {
  exportPdfFile,
  importFile,
  openLibrary,
  quickEntry,
  waitUntilSaved,
} from './pages/library';
import { pdfText, pdfWords } from './pages/pdf';
import { laneOf, readSvgFlow } from './pages/svgFlow';

const FIXTURE = 'e2e/fixtures/forskoleplats-25.json';
const TITLE = 'Ansökan om förskoleplats';

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

async function openFixture(page: Page, fixture = FIXTURE, title = TITLE) {
  await openLibrary(page);
  await importFile(page, fixture);
  await expect(page.getByRole('main', { name: `Redigerare: ${title}` })).toBeVisible({
    timeout: 20_000,
  });
}

/** The text view's numbers, read from its download: label → number. */
async function textViewNumbers(page: Page): Promise<Map<string, number>> {
  const toggle = page.getByRole('button', { name: 'Textvy', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const view = page.getByRole('region', { name: 'Flödet som text' });
  const downloading = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Ladda ner som text' }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  const numbers = new Map<string, number>();
  for (const [, n, label] of text.matchAll(/^(\d+)\. [^:\n]+: (.+?) – /gm))
    numbers.set(label!, Number(n));
  await toggle.click();
  return numbers;
}

async function exportSvg(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Exportera' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /SVG/ }).click();
  return readFile(await (await downloading).path(), 'utf8');
}

test('the exported diagram numbers the steps as the text view and marks every handover, listed in the PDF', async ({
  page,
}) => {
  await openFixture(page);
  const told = await textViewNumbers(page);
  expect(told.size).toBeGreaterThan(15);

  const flow = readSvgFlow(await exportSvg(page));
  // Every step the text view numbers has that number on its shape; annotations have none.
  const numbered = flow.steps.filter((s) => s.number !== null);
  expect(numbered.map((s) => [s.label, s.number]).sort()).toEqual([...told.entries()].sort());
  expect(flow.steps.filter((s) => s.kind === 'Problem').every((s) => s.number === null)).toBe(true);

  // Handover marks: Ö1, Ö2 … each on a connection from one unit's lane to another's.
  const marked = flow.connections.filter((c) => c.handover);
  expect(marked.length).toBeGreaterThan(1);
  expect(marked.map((c) => c.handover!.text).sort()).toEqual(
    marked.map((_, i) => `Ö${i + 1}`).sort(),
  );
  const step = (label: string) => flow.steps.find((s) => s.label === label)!;
  for (const c of marked) {
    expect(laneOf(flow, step(c.from)), c.title).not.toBe(laneOf(flow, step(c.to)));
    // The mark is not taken for the connection's label.
    expect(c.text === null || c.text === c.label, c.title).toBe(true);
  }
  // In flow order: Ö1 leaves from an earlier step than the last mark.
  const byMark = [...marked].sort(
    (a, b) => Number(a.handover!.text.slice(1)) - Number(b.handover!.text.slice(1)),
  );
  expect(step(byMark[0]!.from).number!).toBeLessThanOrEqual(step(byMark.at(-1)!.from).number!);

  // The PDF's key-figures page: the handovers counted, and each mark listed with its steps.
  const text = squeeze(pdfText(await exportPdfFile(page)));
  expect(text).toContain(`Överlämningar ${marked.length} `);
  expect(text).toContain('Överlämningar i processkartan');
  for (const c of byMark) {
    const from = step(c.from);
    const to = step(c.to);
    expect(text).toContain(
      `${c.handover!.text} ${from.number}. ${from.label} → ${to.number}. ${to.label}`,
    );
  }
});

/** The words on the diagram's pages (headed "Processkarta"), page by page. */
function diagramWords(path: string): string[][] {
  return pdfWords(path)
    .map((words) => words.map((w) => w.text))
    .filter((words) => words[0] === 'Processkarta');
}

test("a to-be's PDF marks its added and changed steps on the diagram, its as-is's does not", async ({
  page,
}) => {
  const AS_IS = 'Ansöka om förskoleplats';
  await openFixture(page, 'e2e/fixtures/forskoleplats.json', AS_IS);
  const before = diagramWords(await exportPdfFile(page));
  expect(before.length).toBeGreaterThan(0);
  expect(before.flat()).not.toContain('Ändrad');
  expect(before.flat()).not.toContain('Ny');

  await page.getByRole('button', { name: 'Skapa önskat läge från det här nuläget' }).click();
  await expect(
    page.getByRole('main', { name: `Redigerare: ${AS_IS} – önskat läge` }),
  ).toBeVisible();
  // Changed: another unit. Added: a new step after it.
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await page.getByText('Beräknar avgift', { exact: true }).click();
  await page
    .getByRole('complementary', { name: 'Egenskaper' })
    .getByRole('combobox', { name: 'Simbana', exact: true })
    .selectOption({ label: 'Barn- och utbildningsförvaltningen' });
  await quickEntry(page, 'Barn- och utbildningsförvaltningen: Skickar beslut digitalt');
  await waitUntilSaved(page);

  const after = diagramWords(await exportPdfFile(page));
  expect(after.flat()).toContain('Ändrad');
  expect(after.flat()).toContain('Ny');
  // Each tag on a page that shows its step.
  expect(after.some((w) => w.includes('Ändrad') && w.includes('avgift'))).toBe(true);
  expect(after.some((w) => w.includes('Ny') && w.includes('digitalt'))).toBe(true);
});
