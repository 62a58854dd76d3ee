// Issue 15, findings 3, 4 and 8: text and ids that once blanked the app or hung the tab. An emoji
// cut in half by label wrapping, a lone surrogate from a BPMN file, a flow two million points
// wide exported as tiles, step and register ids named like Object.prototype's properties; and a
// part that fails to show, which must leave the rest of the app working.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from './fixtures/guard';
import {
  addLane,
  createProcess,
  importFile,
  openLibrary,
  quickEntry,
  waitUntilSaved,
} from './pages/library';

// At the default activity size the label wraps at 35 UTF-16 units: right between the halves of
// the emoji.
const EMOJI_LABEL = `${'a'.repeat(34)}👍 klart`;

/** The picture has been decoded and drawn: an address that failed to load has no width. */
async function expectPicture(picture: Locator) {
  await expect(picture).toBeVisible();
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(100);
}

async function emojiProcess(page: Page, title: string) {
  await openLibrary(page);
  await createProcess(page, title);
  await addLane(page, 'Bygglovsenheten');
  await quickEntry(page, `Bygglovsenheten: ${EMOJI_LABEL}`);
  await waitUntilSaved(page);
}

async function exportMenu(page: Page, item: RegExp) {
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test('an emoji at a wrap point: PNG, version preview, share link and comparison all show the flow', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await emojiProcess(page, 'Bygglov med emoji');

  // PNG: a real image file of the drawing.
  const downloading = page.waitForEvent('download');
  await exportMenu(page, /PNG/);
  const png = await readFile(await (await downloading).path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(400); // IHDR width, at 2×

  // PDF: the label cut into lines by jsPDF as well, without the PDF failing.
  await exportMenu(page, /PDF/);
  const pdfDownload = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: /PDF/ })
    .getByRole('button', { name: 'Exportera' })
    .click();
  const pdf = await (await pdfDownload).path();
  expect(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })).toContain(
    'klart',
  );

  // A version, shown as a picture.
  await page.getByRole('button', { name: 'Versioner' }).click();
  const versions = page.getByRole('dialog', { name: 'Versioner' });
  await versions.getByRole('button', { name: 'Spara version…' }).click();
  await versions.getByLabel('Namn på versionen').fill('Med tumme');
  await versions.getByRole('button', { name: 'Spara version' }).click();
  await versions.getByRole('button', { name: /^Visa Med tumme, / }).click();
  await expectPicture(versions.getByRole('img', { name: /^Flödet i versionen Med tumme, / }));
  await versions.getByRole('button', { name: 'Stäng' }).click();

  // A share link, opened in a browser that has never seen the process.
  await exportMenu(page, /Dela som länk/);
  const link = await page
    .getByRole('dialog', { name: 'Dela som länk' })
    .getByLabel('Länk till processen')
    .inputValue();
  await page.keyboard.press('Escape');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  other.on('pageerror', (error) => errors.push(error.message));
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Bygglov med emoji', level: 1 })).toBeVisible();
  // The flow on the read-only canvas, its label as text.
  await expect(
    other
      .getByRole('application', { name: 'Flödet (skrivskyddat)' })
      .getByText(EMOJI_LABEL, { exact: true }),
  ).toBeVisible();
  await expect(other.getByRole('listitem').filter({ hasText: EMOJI_LABEL })).toBeVisible();
  await fresh.close();

  // A to-be made from it, compared with the as-is: both flows on read-only canvases. With
  // nothing selected, the panel shows the process and its way to a to-be.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Skapa önskat läge från det här nuläget' }).click();
  const toBe = 'Bygglov med emoji – önskat läge';
  await expect(page.getByRole('main', { name: `Redigerare: ${toBe}` })).toBeVisible();
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Jämför med nuläget' }).click();
  await expect(
    page.getByRole('heading', { name: `Nuläge och önskat läge: ${toBe}` }),
  ).toBeVisible();
  for (const which of ['Nuläge', 'Önskat läge'])
    await expect(
      page
        .getByRole('application', { name: `${which}: flödet (skrivskyddat)` })
        .getByText(EMOJI_LABEL, { exact: true }),
    ).toBeVisible();
  expect(errors).toEqual([]);
});

test('a BPMN name with a lone surrogate (&#xD800;) imports, opens and draws', async ({
  page,
}, info) => {
  const path = info.outputPath('lone-surrogate.bpmn');
  await writeFile(
    path,
    `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
  <bpmn:process id="p" name="Halv &#xD800; tecken">
    <bpmn:startEvent id="s" name="Start &#xD800;"/>
    <bpmn:task id="t" name="Granskar &#xD800;&#xD800; ärendet"/>
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t"/>
  </bpmn:process>
</bpmn:definitions>`,
  );
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openLibrary(page);
  await importFile(page, path);
  // A file without a diagram is laid out on import (ELK in a worker): slower on a busy machine.
  await expect(page.getByRole('main', { name: /^Redigerare: / })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Granskar \ufffd\ufffd ärendet', { exact: true })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await exportMenu(page, /PNG/);
  const png = await readFile(await (await downloading).path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(errors).toEqual([]);
});

/** A valid file (docs/file-format.md) whose tiled PDF used to take over a hundred thousand pages. */
function extremeFile() {
  const step = (id: string, x: number, label: string) => ({
    id,
    kind: 'activity',
    label,
    laneId: 'l1',
    x,
    y: 40,
    width: 176,
    height: 88,
  });
  return {
    formatVersion: 2,
    process: {
      id: 'p-extreme',
      title: 'Mycket bred process',
      category: 'huvudprocess',
      status: 'utkast',
      variant: 'nulage',
      createdAt: '2026-09-01T08:00:00.000Z',
      changedAt: '2026-09-01T08:00:00.000Z',
      lanes: [{ id: 'l1', registerId: 'u1', height: 100_000 }],
      steps: [
        step('s1', -1_000_000, 'Långt till vänster'),
        step('s2', 999_000, 'Långt till höger'),
      ],
      connections: [{ id: 'c1', kind: 'flow', from: 's1', to: 's2', label: '' }],
    },
    register: [{ id: 'u1', kind: 'forvaltning', name: 'Enheten', shortName: '', color: '#dbeafe' }],
  };
}

test('a tiled PDF of a flow two million points wide finishes, within the page cap, and says so', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const path = info.outputPath('extreme.json');
  await writeFile(path, JSON.stringify(extremeFile()));
  await openLibrary(page);
  await importFile(page, path);
  await expect(page.getByRole('main', { name: 'Redigerare: Mycket bred process' })).toBeVisible();

  await exportMenu(page, /PDF/);
  const dialog = page.getByRole('dialog', { name: /PDF/ });
  await dialog.getByRole('radio', { name: /Dela upp på flera sidor/ }).check();
  await expect(dialog.getByText(/Delat på sidor blir det högst 50 sidor/)).toBeVisible();
  const downloading = page.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: 'Exportera' }).click();
  const pdf = await (await downloading).path();
  await expect(page.getByRole('alert')).toContainText(/skulle flödet ha blivit [\d\s ]+ sidor/);
  await expect(page.getByRole('alert')).toContainText('högst 50 sidor');

  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
  });
  const tiles = [...text.matchAll(/del (\d+):(\d+) av (\d+)×(\d+)/g)];
  expect(tiles.length).toBeGreaterThan(1);
  expect(tiles.length).toBeLessThanOrEqual(50);
  const [, , , rows, columns] = tiles[0]!;
  expect(Number(rows) * Number(columns)).toBe(tiles.length);
  // Both ends of the flow are on the pages.
  expect(text).toContain('Långt till vänster');
  expect(text).toContain('Långt till höger');
});

test('HUKI with a step "constructor" in a lane of register id "prototype" shows the matrix', async ({
  page,
}, info) => {
  const file = extremeFile();
  file.process.id = 'p-proto';
  file.process.title = 'Prototypnamn';
  file.process.lanes = [{ id: 'l1', registerId: 'prototype', height: 200 }];
  file.process.steps = [
    { ...file.process.steps[0]!, id: 'constructor', x: 40, label: 'Tar emot' },
    { ...file.process.steps[1]!, id: '__proto__', x: 300, label: 'Beslutar' },
  ];
  file.process.connections = [
    { id: 'toString', kind: 'flow', from: 'constructor', to: '__proto__', label: '' },
  ];
  file.register = [
    { id: 'prototype', kind: 'forvaltning', name: 'Enheten', shortName: '', color: '#dbeafe' },
  ];
  const path = info.outputPath('prototype.json');
  await writeFile(path, JSON.stringify(file));
  await openLibrary(page);
  await importFile(page, path);
  await expect(page.getByRole('main', { name: 'Redigerare: Prototypnamn' })).toBeVisible();
  await page.getByRole('button', { name: 'HUKI-matris' }).click();

  await expect(page.getByRole('heading', { name: 'HUKI: Prototypnamn' })).toBeVisible();
  const cell = page.getByRole('combobox', { name: 'Enheten för ”Tar emot”' });
  await expect(cell.getByRole('option', { name: 'auto (HU)' })).toHaveCount(1);
  // Set by hand, kept, and shown as set.
  await cell.selectOption('K');
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Enheten för ”Tar emot”' })).toHaveValue('K');
  await expect(page.getByRole('combobox', { name: 'Enheten för ”Beslutar”' })).toHaveValue('');
});

test('a screen that cannot load says so, and the rest of the app keeps working', async ({
  page,
}) => {
  // A real failure: the HUKI screen's code cannot be fetched (a dropped connection on first use).
  await page.route(/\/assets\/HukiScreen-[^/]+\.js$/, (route) => route.abort('failed'));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await emojiProcess(page, 'Utan HUKI');
  await page.getByRole('button', { name: 'HUKI-matris' }).click();

  await expect(page.getByRole('heading', { name: 'Den här delen kunde inte visas' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Försök igen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Försök igen' })).toBeVisible();
  // The header and its links still work, and so does the rest of the app.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Organisation' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Organisationsregister', level: 1 }),
  ).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Den här delen kunde inte visas' })).toBeVisible();
  await page.getByRole('button', { name: 'Till biblioteket' }).click();
  await expect(page.getByRole('heading', { name: 'Processbibliotek' })).toBeVisible();
  await page.getByRole('link', { name: 'Utan HUKI', exact: true }).click();
  await expect(page.getByRole('main', { name: 'Redigerare: Utan HUKI' })).toBeVisible();
  expect(errors).toEqual([]);
});
