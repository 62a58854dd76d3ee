// Journey: a flow whose labels are in Sámi, Polish, Turkish, Russian and Greek, with an arrow and
// an emoji, exported as PDF through the dialog. The PDF embeds its own font, so pdftotext reads
// every label back exactly; the emoji, which the font lacks, is printed as □ and the dialog says so
// before the export.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from './fixtures/guard';
import { importFile, openLibrary } from './pages/library';

const FIXTURE = 'e2e/fixtures/unicode.json';
const TITLE = 'Flöde på alla alfabet';
const LABELS = ['Sámi: ŋ đ ŧ', 'Łódź', 'Şişli', 'Жёлтый', 'Ωmega', 'Väntar → kö'];

async function openFixture(page: Page) {
  await openLibrary(page);
  await importFile(page, FIXTURE);
  await expect(page.getByRole('main', { name: `Redigerare: ${TITLE}` })).toBeVisible();
}

async function openPdfDialog(page: Page) {
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: /PDF/ }).click();
  return page.getByRole('dialog', { name: /PDF/ });
}

/** Exports with the dialog's own choice of layout, or tiled. */
async function exportPdf(page: Page, mode: RegExp | null): Promise<string> {
  const dialog = await openPdfDialog(page);
  if (mode) await dialog.getByRole('radio', { name: mode }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportera' }).click();
  return (await downloading).path();
}

const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });

/** The fonts pdffonts lists: name, type, encoding, embedded, subset, ToUnicode. */
const pdfFonts = (path: string) => execFileSync('pdffonts', [path], { encoding: 'utf8' });

for (const [name, mode] of [
  ['as the dialog proposes', null],
  ['tiled', /Dela upp/],
] as const) {
  test(`PDF ${name}: every alphabet comes back exactly, the emoji as □`, async ({ page }) => {
    await openFixture(page);
    const path = await exportPdf(page, mode);
    const text = pdfText(path);
    for (const label of LABELS) expect(text).toContain(label);
    expect(text).toContain(TITLE);
    expect(text).toContain('Ansökan □');
    expect(text).not.toContain('🎉');
    expect(text).not.toContain('->');
    // The embedded font, regular and bold; the standard fonts jsPDF lists are not embedded.
    const embedded = pdfFonts(path)
      .split('\n')
      .filter((line) => /\syes\s/.test(line.slice(36, 80)));
    expect(embedded).toHaveLength(2);
    for (const line of embedded) expect(line).toMatch(/^DejaVu Sans\s+CID TrueType\s+Identity-H/);
  });
}

test('the PDF dialog lists the characters the font lacks before the export', async ({ page }) => {
  await openFixture(page);
  const dialog = await openPdfDialog(page);
  await expect(
    dialog.getByText(/^Tecken som PDF-typsnittet saknar och som skrivs som □: 🎉$/),
  ).toBeVisible();
});
