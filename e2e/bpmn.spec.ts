// Journey: BPMN files written by other tools come in through "Importera"; our BPMN export goes
// back out and opens in bpmn.io's own viewer without a single import warning.
import { readFile, readdir } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures/guard';
import { importFile, openLibrary } from './pages/library';

const MIWG = 'src/formats/bpmn/fixtures/miwg';
const VIEWER = 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js';

async function exportBpmn(page: Page): Promise<{ name: string; xml: string }> {
  await page.getByRole('button', { name: 'Exportera' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /BPMN/ }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), xml: await readFile(await download.path(), 'utf8') };
}

/** Opens XML in bpmn-js (bpmn.io's viewer) on a blank page and returns its import warnings. */
async function bpmnJsWarnings(page: Page, xml: string): Promise<string[]> {
  await page.goto('about:blank');
  await page.setContent('<div id="canvas" style="width:1200px;height:800px"></div>');
  await page.addScriptTag({ path: VIEWER });
  return page.evaluate(async (text) => {
    const Viewer = (
      window as unknown as {
        BpmnJS: new (o: object) => {
          importXML(x: string): Promise<{ warnings: { message: string }[] }>;
        };
      }
    ).BpmnJS;
    const viewer = new Viewer({ container: '#canvas' });
    const { warnings } = await viewer.importXML(text);
    return warnings.map((w) => w.message);
  }, xml);
}

const fixtures = (await readdir(MIWG)).filter((f) => f.endsWith('.bpmn'));

for (const file of fixtures) {
  test(`${file}: imports, exports, and bpmn-js opens our export without warnings`, async ({
    page,
  }) => {
    await openLibrary(page);
    await importFile(page, `${MIWG}/${file}`);
    await expect(page.getByRole('main', { name: /^Redigerare: / })).toBeVisible();
    const { name, xml } = await exportBpmn(page);
    expect(name).toMatch(/\.bpmn$/);
    expect(xml).toContain('bpmndi:BPMNDiagram');
    expect(await bpmnJsWarnings(page, xml)).toEqual([]);
  });
}

test('hostile XML is refused with a clear alert and stores nothing', async ({ page }, info) => {
  const { writeFile } = await import('node:fs/promises');
  const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p"><bpmn:task id="t" name="&lol2;"/></bpmn:process></bpmn:definitions>`;
  const external = `<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p"><bpmn:task id="t" name="&xxe;"/></bpmn:process></bpmn:definitions>`;
  const good = await readFile(`${MIWG}/A.1.0.bpmn`, 'utf8');
  const cases: Record<string, string> = {
    'skratt.bpmn': laughs,
    'extern.bpmn': external,
    'avklippt.bpmn': good.slice(0, Math.floor(good.length / 2)),
    'skrap.xml': 'PK\u0003\u0004 not xml at all',
  };
  await openLibrary(page);
  for (const [name, text] of Object.entries(cases)) {
    const path = info.outputPath(name);
    await writeFile(path, text);
    await importFile(page, path);
    await expect(page.getByRole('alert')).toContainText(name);
    await expect(page.getByText('Här finns inga processer ännu')).toBeVisible();
  }
});

test('B.1.0 goes out with the pools and lanes it came with, none made up', async ({ page }) => {
  await openLibrary(page);
  await importFile(page, `${MIWG}/B.1.0.bpmn`);
  await expect(page.getByRole('main', { name: /^Redigerare: / })).toBeVisible();
  const { xml } = await exportBpmn(page);
  // The file: a pool "Participant" drawn without lanes, a pool "Pool" with two lanes, and two
  // processes in no pool (README: 2 participants, 2 lanes).
  const participants = [...xml.matchAll(/<bpmn:participant\b[^>]*\bname="([^"]*)"/g)].map(
    (m) => m[1],
  );
  expect(participants.sort()).toEqual(['Participant', 'Pool']);
  const lanes = [...xml.matchAll(/<bpmn:lane\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
  expect(lanes).toEqual(['Lane 1', 'Lane 2']);
  expect(xml.match(/<bpmn:laneSet\b/g)).toHaveLength(1);
});
