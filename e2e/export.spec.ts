// Journey: a manager's PDF, a PNG and an SVG of a realistic 25-step flow — checked by what is
// inside the files, not by how the buttons look.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures/guard';
import { importFile, openLibrary } from './pages/library';
import { pdfPages, pdfText } from './pages/pdf';

const FIXTURE = 'e2e/fixtures/forskoleplats.json';
const TITLE = 'Ansöka om förskoleplats';
interface Fixture {
  process: { steps: { label: string }[]; lanes: { registerId: string }[] };
  register: { id: string; name: string }[];
}

async function openFixture(page: Page): Promise<Fixture> {
  await openLibrary(page);
  await importFile(page, FIXTURE);
  await expect(page.getByRole('main', { name: `Redigerare: ${TITLE}` })).toBeVisible();
  return JSON.parse(await readFile(FIXTURE, 'utf8')) as Fixture;
}

async function download(page: Page, item: RegExp): Promise<{ name: string; path: string }> {
  await page.getByRole('button', { name: 'Exportera' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), path: await file.path() };
}

/** The PDF with the dialog's preselection, or with what is asked for (a one-page layout too
 * small to read is not taken: see pdf-legible.spec.ts). */
async function exportPdf(
  page: Page,
  options: { size?: 'A4' | 'A3'; orientation?: 'Liggande' | 'Stående'; tile?: boolean },
) {
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: /PDF/ }).click();
  const dialog = page.getByRole('dialog', { name: /PDF/ });
  if (options.size) await dialog.getByRole('radio', { name: options.size }).check();
  if (options.orientation) await dialog.getByRole('radio', { name: options.orientation }).check();
  if (options.tile !== undefined)
    await dialog.getByRole('radio', { name: options.tile ? /Dela upp/ : /Anpassa/ }).click();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportera' }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), path: await file.path() };
}

/** Squeezes whitespace so that wrapped labels still match. */
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

// This wide flow is too small to read on one page: the dialog preselects A3 over pages.
test('PDF (as preselected: A3 over pages) holds every step label and lane name as text', async ({
  page,
}) => {
  const fixture = await openFixture(page);
  const pdf = await exportPdf(page, {});
  expect(pdf.name).toBe(`${TITLE}.pdf`);
  const text = squeeze(pdfText(pdf.path));
  for (const step of fixture.process.steps) expect(text).toContain(squeeze(step.label));
  for (const entry of fixture.register) expect(text).toContain(entry.name);
  expect(text).toContain(TITLE);
  const info = execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' });
  expect(info).toMatch(new RegExp(`^Title:\\s+${TITLE}$`, 'm'));
  expect(info).toMatch(/^Creator:\s+Flödesverkstan$/m);
  expect(info).toMatch(/^Subject:\s+Huvudprocess – På remiss$/m);
  // A3 landscape is 1191 × 842 points.
  const { sizes } = pdfPages(pdf.path);
  expect(sizes[0]).toBe('1191x842');
  expect(new Set(sizes)).toEqual(new Set(['1191x842']));
});

test('PDF A4 portrait, tiled: a wide flow spreads over several pages of that size', async ({
  page,
}) => {
  await openFixture(page);
  const pdf = await exportPdf(page, { size: 'A4', orientation: 'Stående', tile: true });
  const tiled = pdfPages(pdf.path);
  expect(new Set(tiled.sizes)).toEqual(new Set(['595x842']));
  // Headed "Processkarta – del 1:1 av 2×4" and so on.
  const parts = [...pdfText(pdf.path).matchAll(/Processkarta – del \d+:\d+ av (\d+)×(\d+)/g)];
  expect(parts.length).toBeGreaterThan(2);
  expect(parts.length).toBe(Number(parts[0]![1]) * Number(parts[0]![2]));
});

test('SVG is standalone, safe XML with every label; PNG is twice the size', async ({
  page,
  browser,
}) => {
  const fixture = await openFixture(page);
  const svg = await download(page, /SVG/);
  expect(svg.name).toBe(`${TITLE}.svg`);
  const text = await readFile(svg.path, 'utf8');
  expect(text).not.toMatch(/<script/i);
  expect(text).not.toMatch(/\son[a-z]+\s*=/i);
  expect(text).not.toMatch(/href\s*=\s*["'](?!#)/i);

  // Parse it as XML in a blank page (a parser error shows up as <parsererror>).
  const blank = await browser.newPage();
  const parsed = await blank.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: doc.documentElement.localName,
      text: doc.documentElement.textContent ?? '',
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
    };
  }, text);
  await blank.close();
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  // Lines of a wrapped label are separate <text> elements: compare without whitespace.
  const svgText = parsed.text.replace(/\s+/g, '');
  for (const step of fixture.process.steps)
    expect(svgText).toContain(step.label.replace(/\s+/g, ''));
  for (const entry of fixture.register) expect(svgText).toContain(entry.name.replace(/\s+/g, ''));

  const png = await download(page, /PNG/);
  expect(png.name).toBe(`${TITLE}.png`);
  const bytes = await readFile(png.path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBe(Math.round(parsed.width * 2));
  expect(bytes.readUInt32BE(20)).toBe(Math.round(parsed.height * 2));
});

test('a hostile label stays literal text in the UI, the SVG and the PDF', async ({
  page,
}, info) => {
  const hostile = '<img src=x onerror=alert(1)>';
  const fixture = JSON.parse(await readFile(FIXTURE, 'utf8'));
  fixture.process.id = 'p-hostile';
  fixture.process.title = 'Fientlig etikett';
  fixture.process.steps[1].label = hostile;
  const path = info.outputPath('fientlig.json');
  await writeFile(path, JSON.stringify(fixture));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openLibrary(page);
  await importFile(page, path);
  await expect(page.getByRole('main', { name: 'Redigerare: Fientlig etikett' })).toBeVisible();
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await expect(page.getByText(hostile, { exact: true })).toBeVisible();

  const svg = await readFile((await download(page, /SVG/)).path, 'utf8');
  expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(svg).not.toContain('<img');
  const pdf = await exportPdf(page, {});
  expect(squeeze(pdfText(pdf.path))).toContain(hostile);
  expect(dialogs).toBe(0);
});

test('printing the editor prints the whole diagram, not the toolbar', async ({ page }, info) => {
  const fixture = await openFixture(page);
  await page.emulateMedia({ media: 'print' });
  const path = info.outputPath('utskrift.pdf');
  await writeFile(path, await page.pdf({ landscape: true, format: 'A4' }));
  const text = pdfText(path).replace(/\s+/g, '');
  // Every step, also those far outside the part of the canvas that was on screen.
  for (const step of fixture.process.steps) expect(text).toContain(step.label.replace(/\s+/g, ''));
  expect(text).not.toContain('Snabbinmatning');
  expect(text).not.toContain('Lägg till simbana'.replace(/\s+/g, ''));
  expect(pdfPages(path).count).toBe(1);
});
