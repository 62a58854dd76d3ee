// Journey: a manager exports the 25-step flow. One A4 page would print its steps at about 2 pt:
// the dialog says so before exporting, with the size, and preselects a layout that can be read.
// The A3 pages it makes cut the flow between steps, never through one.
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures/guard';
import { createProcess, importFile, openLibrary, quickEntry } from './pages/library';
import { openPdfDialog, pdfPages, pdfWords, shownWords } from './pages/pdf';

const FIXTURE = 'e2e/fixtures/forskoleplats-25.json';
const TITLE = 'Ansökan om förskoleplats';

test('the 25-step flow: A4 on one page is too small to read, so A3 over pages; no step cut in two', async ({
  page,
}) => {
  const fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
    process: { steps: { label: string }[] };
  };
  await openLibrary(page);
  await importFile(page, FIXTURE);
  await expect(page.getByRole('main', { name: `Redigerare: ${TITLE}` })).toBeVisible();

  const dialog = await openPdfDialog(page);
  const status = dialog.getByRole('status');
  // Opened, it has already passed over the unreadable choices, and says why.
  await expect(status).toContainText(/Anpassat till en sida på A4: texten blir \d,\d pt/);
  await expect(dialog.getByRole('radio', { name: /Dela upp/ })).toBeChecked();

  // The manager asks for A4 on one page anyway.
  await dialog.getByRole('radio', { name: 'A4' }).check();
  await dialog.getByRole('radio', { name: /Anpassa/ }).click();
  await expect(status).toContainText(/texten blir \d,\d pt – för liten att läsa/);
  const size = Number(
    /texten blir (\d,\d) pt/.exec(await status.innerText())![1]!.replace(',', '.'),
  );
  expect(size).toBeGreaterThan(1);
  expect(size).toBeLessThan(7);
  await expect(status).toContainText('Välj A3 eller dela på sidor.');
  // … and the first layout that reaches 7 pt is chosen instead: A3, over pages.
  await expect(status).toContainText(/Förvalt i stället: A3 \w+, \d+ sidor – texten blir \d/);
  await expect(dialog.getByRole('radio', { name: 'A3' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /Dela upp/ })).toBeChecked();
  const preview = dialog.getByRole('img', { name: /^Förhandsvisning: A3 \w+, \d+ sidor, text/ });
  await expect(preview).toBeVisible();
  const name = (await preview.getAttribute('aria-label'))!;
  const pages = Number(/(\d+) sidor/.exec(name)![1]);
  const textPt = Number(/text (\d+(?:,\d)?) pt/.exec(name)![1]!.replace(',', '.'));
  expect(textPt).toBeGreaterThanOrEqual(7);
  await expect(preview.locator('svg')).toHaveCount(pages);

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportera' }).click();
  const download = await downloading;
  const path = await download.path();
  // PDF_OUT=/tmp/x keeps the files, to render them for docs/screenshots.
  if (process.env.PDF_OUT)
    await download.saveAs(`${process.env.PDF_OUT}-${test.info().title.slice(0, 5)}.pdf`);

  // Every page A3; the diagram's pages are those headed "Processkarta – del r:c av …".
  const { sizes } = pdfPages(path);
  expect(new Set(sizes.map((s) => [...s.split('x')].sort().join('x')))).toEqual(
    new Set(['1191x842']),
  );
  const words = pdfWords(path);
  const numbers = words.flatMap((w, i) => (w.some((x) => x.text === 'del') ? [i + 1] : []));
  expect(numbers).toHaveLength(pages);
  // What is shown on each diagram page (the text under a page's clip is in the file too).
  const diagram = numbers.map((n) => shownWords(path, n, words[n - 1]!));
  // No word cut at a page's edge.
  expect(diagram.flatMap((d) => d.cut.map((w) => w.text))).toEqual([]);
  // The drawing's words: below the page heading, above the footer.
  const height = (n: number) => Number(sizes[n - 1]!.split('x')[1]);
  const texts = diagram.map(
    (d, i) =>
      new Set(
        d.shown
          .filter((w) => w.y > 74 && w.y + w.height < height(numbers[i]!) - 60)
          .map((w) => w.text),
      ),
  );
  const labels = fixture.process.steps.map((s) => s.label.split(/\s+/));
  for (const label of labels) {
    // Every step is shown whole on some page …
    expect(
      texts.some((t) => label.every((p) => t.has(p))),
      label.join(' '),
    ).toBe(true);
    // … and no page shows part of its label without the rest, unless those words are another
    // label's that the page shows whole.
    for (const t of texts) {
      const some = label.filter((p) => t.has(p));
      if (some.length === 0 || some.length === label.length) continue;
      const explained = some.every((p) =>
        labels.some(
          (other) => other !== label && other.includes(p) && other.every((q) => t.has(q)),
        ),
      );
      expect(explained, `${label.join(' ')} cut across pages`).toBe(true);
    }
  }
});

test('a small flow fits one A4 page, readable, with the legend on that page', async ({ page }) => {
  await openLibrary(page);
  await createProcess(page, 'Låna en bok');
  await quickEntry(page, 'Söker boken i katalogen');
  await quickEntry(page, 'Reserverar boken');
  const dialog = await openPdfDialog(page);
  await expect(dialog.getByRole('radio', { name: 'A4' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /Anpassa/ })).toBeChecked();
  await expect(dialog.getByRole('status')).toHaveText('');
  await expect(
    dialog.getByRole('img', { name: /^Förhandsvisning: A4 \w+, en sida, text \d+(,\d)? pt$/ }),
  ).toBeVisible();
  await expect(
    dialog.getByText(/Teckenförklaringen står (under|till höger om) flödet/),
  ).toBeVisible();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportera' }).click();
  const download = await downloading;
  const path = await download.path();
  // PDF_OUT=/tmp/x keeps the files, to render them for docs/screenshots.
  if (process.env.PDF_OUT)
    await download.saveAs(`${process.env.PDF_OUT}-${test.info().title.slice(0, 5)}.pdf`);
  const { sizes } = pdfPages(path);
  expect(['842x595', '595x842']).toContain(sizes[1]);
  // The diagram's page (the second) carries its legend: it can be printed on its own.
  const diagram = pdfWords(path)[1]!.map((w) => w.text);
  expect(diagram).toContain('Processkarta');
  expect(diagram).toContain('Teckenförklaring');
  expect(diagram).toContain('Reserverar');
});

test('the A4 cover: a long purpose is wrapped clear of the legend', async ({ page }, info) => {
  const fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
    process: { purpose: string };
  };
  fixture.process.purpose =
    'Att vårdnadshavare snabbt och enkelt ska kunna ansöka om förskoleplats för sitt barn, få ett besked inom fyra månader enligt skollagen och kunna planera sin återgång till arbete eller studier. Processen ska vara likvärdig i hela kommunen och ge förvaltningen underlag för att planera antalet platser.';
  const path = info.outputPath('lang-syfte.json');
  await writeFile(path, JSON.stringify(fixture));
  await openLibrary(page);
  await importFile(page, path);
  await expect(page.getByRole('main', { name: `Redigerare: ${TITLE}` })).toBeVisible();
  const dialog = await openPdfDialog(page);
  await dialog.getByRole('radio', { name: 'A4' }).check();
  await dialog.getByRole('radio', { name: 'Liggande' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportera' }).click();
  const pdf = await (await downloading).path();
  expect(pdfPages(pdf).sizes[0]).toBe('842x595');
  const cover = pdfWords(pdf)[0]!;
  const legend = cover.find((w) => w.text === 'Teckenförklaring')!;
  expect(legend).toBeDefined();
  // Every word of the purpose is shown, and none of it reaches into the legend's corner.
  const purpose = fixture.process.purpose.split(/\s+/);
  const words = cover.filter((w) => purpose.includes(w.text) && w.y < 400);
  expect(new Set(words.map((w) => w.text))).toEqual(new Set(purpose));
  for (const w of words) {
    const clear = w.x + w.width < legend.x - 8 || w.y + w.height < legend.y;
    expect(clear, `"${w.text}" runs under the legend`).toBe(true);
  }
});
