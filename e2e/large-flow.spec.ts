// A large flow (600 steps): the canvas hands React Flow only what is near the view, so this
// checks that nothing goes missing for a person moving around it — the far end is there when
// the view gets there, a selection stays selected while the view is elsewhere, and work on it
// is saved.
import { writeFile } from 'node:fs/promises';
import { generateProcessFile } from '../src/domain/generate/generateProcess';
import type { Step } from '../src/domain/model/types';
import { expect, test, type Page } from './fixtures/guard';
import { exportJson, importFile, openLibrary, waitUntilSaved } from './pages/library';

const STEPS = 600;
const file = generateProcessFile({ steps: STEPS, seed: 7, title: 'Stort flöde' });
const steps = file.process.steps;

/** The first or last activity of the flow, renamed so that no other step has its label. */
function markedStep(pick: 'first' | 'last', label: string): Step {
  const activities = steps.filter((s) => s.kind === 'activity').sort((a, b) => a.x - b.x);
  const found = pick === 'first' ? activities[0] : activities[activities.length - 1];
  if (!found) throw new Error('the generated flow has no activity');
  found.label = label;
  return found;
}
const first = markedStep('first', 'Tar emot ansökan');
const last = markedStep('last', 'Arkiverar ärendet');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A step on the canvas by its spoken name ("Aktivitet: <label>, i <lane>, 3 av 500"). */
const stepOnCanvas = (page: Page, label: string) =>
  page.getByRole('group', { name: new RegExp(`^[^:]+: ${escape(label)}, i `) });

async function clickOverviewAt(page: Page, fraction: number) {
  const map = page.getByRole('img', { name: 'Översiktskarta' });
  const box = await map.boundingBox();
  if (!box) throw new Error('no overview map');
  await map.click({ position: { x: box.width * fraction, y: box.height / 2 } });
}

/**
 * The far layer (one drawing of every step) is on screen and lies, with all its steps, inside
 * the canvas and clear of the lane headers.
 */
async function expectWholeFlowInView(page: Page, count: number) {
  const layer = page.getByRole('img', {
    name: `Hela flödet på avstånd: ${count} steg`,
    exact: false,
  });
  await expect(layer).toBeVisible();
  const drawn = await layer.boundingBox();
  const canvas = await page.locator('.react-flow__pane').boundingBox();
  const headers = await page
    .getByRole('group', { name: /^Simbana / })
    .first()
    .boundingBox();
  if (!drawn || !canvas || !headers) throw new Error('no far layer, canvas or lane header');
  expect(drawn.x).toBeGreaterThanOrEqual(headers.x + headers.width);
  expect(drawn.x + drawn.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(drawn.y).toBeGreaterThanOrEqual(canvas.y);
  expect(drawn.y + drawn.height).toBeLessThanOrEqual(canvas.y + canvas.height);
}

test('an 80-step flow fits a 1280×720 window with "Visa hela flödet"; a click on a drawn step selects it', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const small = generateProcessFile({ steps: 80, seed: 7, title: 'Åttio steg' });
  const path = testInfo.outputPath('attio-steg.json');
  await writeFile(path, JSON.stringify(small));
  await openLibrary(page);
  await importFile(page, path);
  await expect(page.getByRole('main', { name: 'Redigerare: Åttio steg' })).toBeVisible();
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await expectWholeFlowInView(page, 80);
  // Far out no step is text on the page, yet a click on one's drawing selects it.
  const target = small.process.steps.find((s) => s.kind === 'activity')!;
  await expect(page.getByText(target.label, { exact: true })).toHaveCount(0);
  const layer = await page.getByRole('img', { name: /^Hela flödet på avstånd/ }).boundingBox();
  const view = await page.locator('.react-flow__viewport').evaluate((el) => {
    const m = new DOMMatrix(getComputedStyle(el).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const top = laneTop(small.process, target.laneId);
  if (!layer) throw new Error('no far layer');
  await page.mouse.click(
    pane.x + view.x + (target.x + target.width / 2) * view.zoom,
    pane.y + view.y + (top + target.y + target.height / 2) * view.zoom,
  );
  const panel = page.getByRole('complementary', { name: 'Egenskaper' });
  await expect(panel.getByLabel('Text', { exact: true })).toHaveValue(target.label);
});

function laneTop(process: typeof file.process, laneId: string): number {
  let top = 0;
  for (const lane of process.lanes) {
    if (lane.id === laneId) return top;
    top += lane.height;
  }
  throw new Error(`no lane ${laneId}`);
}

test('a 600-step flow: the far end appears when the view gets there, a selection stays while the view is elsewhere', async ({
  page,
}, testInfo) => {
  const path = testInfo.outputPath('stort-flode.json');
  await writeFile(path, JSON.stringify(file));
  await openLibrary(page);
  await importFile(page, path);
  await expect(page.getByRole('main', { name: 'Redigerare: Stort flöde' })).toBeVisible();

  await expect(stepOnCanvas(page, first.label)).toBeVisible();
  // Only what is near the view is on the page.
  await expect(stepOnCanvas(page, last.label)).toHaveCount(0);

  // The overview map takes the view to the end of the flow, and the steps there are drawn,
  // with their connections.
  await clickOverviewAt(page, 0.97);
  const end = stepOnCanvas(page, last.label);
  await expect(end).toBeVisible();
  await expect(stepOnCanvas(page, first.label)).toHaveCount(0);
  const connection = file.process.connections.find((c) => c.to === last.id);
  const from = steps.find((s) => s.id === connection?.from);
  if (from)
    await expect(
      page.getByRole('group', {
        name: new RegExp(`^Koppling från ${escape(from.label)} till ${escape(last.label)}`),
      }),
    ).toBeVisible();

  // Select it, go back to the start: it stays selected (the panel shows it), and a new step
  // after it appears next to it, where the view follows.
  await end.click();
  const panel = page.getByRole('complementary', { name: 'Egenskaper' });
  await expect(panel.getByLabel('Text', { exact: true })).toHaveValue(last.label);
  await clickOverviewAt(page, 0.004);
  await expect(stepOnCanvas(page, first.label)).toBeVisible();
  await expect(end).toHaveCount(0);
  await expect(panel.getByLabel('Text', { exact: true })).toHaveValue(last.label);
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.type('Skickar beslut till sökande');
  await page.keyboard.press('Enter');
  await expect(stepOnCanvas(page, 'Skickar beslut till sökande')).toBeVisible();
  await expect(stepOnCanvas(page, last.label)).toBeVisible();

  // "Visa hela flödet" shows the whole flow, drawn simply on one layer so far out.
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await expectWholeFlowInView(page, STEPS + 1);

  await waitUntilSaved(page);
  const { json } = await exportJson(page);
  const added = json.process.steps.find((s) => s.label === 'Skickar beslut till sökande');
  expect(added?.laneId).toBe(last.laneId);
  expect(json.process.connections).toContainEqual(
    expect.objectContaining({ from: last.id, to: added?.id }),
  );
  expect(json.process.steps).toHaveLength(STEPS + 1);
});
