// Journeys: moving steps between lanes, undo/redo of every kind of edit, copy/paste between
// processes. Checked from the saved model (the exported file and the properties panel).
import { expect, test, type Page } from './fixtures/guard';
import {
  addLane,
  createProcess,
  exportJson,
  lane,
  openLibrary,
  quickEntry,
  waitUntilSaved,
  type ExportedFile,
} from './pages/library';

async function dragStepToLane(page: Page, label: string, laneName: string) {
  const step = await page.getByText(label, { exact: true }).boundingBox();
  const target = await lane(page, laneName).boundingBox();
  if (!step || !target) throw new Error('step or lane not on screen');
  const from = { x: step.x + step.width / 2, y: step.y + step.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** The document without its change time: what undo and redo must restore exactly. */
function model(file: ExportedFile) {
  const { lanes, steps, connections } = file.process;
  return { lanes, steps, connections };
}

async function buildFlow(page: Page, title: string) {
  await createProcess(page, title);
  await addLane(page, 'Invånare');
  await addLane(page, 'Barn- och utbildningsförvaltningen');
  await addLane(page, 'Kommunstyrelseförvaltningen');
  await quickEntry(page, 'Invånare: Ansöker');
  await quickEntry(page, 'BUF: Handlägger');
  await quickEntry(page, 'KSF: Fakturerar');
}

test('dragging a step into another lane changes its lane in the model', async ({ page }) => {
  await openLibrary(page);
  await buildFlow(page, 'Förskoleplats');
  await dragStepToLane(page, 'Handlägger', 'Kommunstyrelseförvaltningen');
  await waitUntilSaved(page);
  await page.reload();

  await page.getByText('Handlägger', { exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Egenskaper' });
  await expect(panel.getByLabel('Simbana')).toHaveValue(/.+/);
  await expect(panel.getByLabel('Simbana').locator('option:checked')).toHaveText(
    'Kommunstyrelseförvaltningen',
  );
  const { json } = await exportJson(page);
  const step = json.process.steps.find((s) => s.label === 'Handlägger')!;
  const laneIndex = json.process.lanes.findIndex((l) => l.id === step.laneId);
  expect(laneIndex).toBe(2);
  // Inside the band of its lane, never between lanes.
  const full = json.process as unknown as {
    lanes: { height: number }[];
    steps: { label: string; y: number; height: number }[];
  };
  const s = full.steps.find((x) => x.label === 'Handlägger')!;
  expect(s.y).toBeGreaterThanOrEqual(0);
  expect(s.y + s.height).toBeLessThanOrEqual(full.lanes[laneIndex]!.height);
});

test('undo and redo restore the exact diagram after add, delete, move-to-lane and lane reorder', async ({
  page,
}) => {
  await openLibrary(page);
  await buildFlow(page, 'Ångra allt');
  // The toolbar's: deleting a middle step offers its own undo in a notice too.
  const undo = page.getByRole('toolbar').getByRole('button', { name: 'Ångra', exact: true });
  const redo = page.getByRole('button', { name: 'Gör om' });

  const edits: [string, () => Promise<void>][] = [
    ['add', () => quickEntry(page, 'Invånare: Betalar')],
    [
      'delete',
      async () => {
        await page.getByText('Handlägger', { exact: true }).click();
        await page.keyboard.press('Delete');
        await expect(page.getByText('Handlägger', { exact: true })).toBeHidden();
      },
    ],
    ['move to lane', () => dragStepToLane(page, 'Fakturerar', 'Invånare')],
    [
      'lane reorder',
      () => page.getByRole('button', { name: 'Flytta Kommunstyrelseförvaltningen uppåt' }).click(),
    ],
  ];
  for (const [name, edit] of edits) {
    const before = model((await exportJson(page)).json);
    await edit();
    const after = model((await exportJson(page)).json);
    expect(after, `${name} changed something`).not.toEqual(before);
    await undo.click();
    expect(model((await exportJson(page)).json), `undo ${name}`).toEqual(before);
    await redo.click();
    expect(model((await exportJson(page)).json), `redo ${name}`).toEqual(after);
  }
  // Keyboard shortcuts do the same.
  const end = model((await exportJson(page)).json);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+z');
  expect(model((await exportJson(page)).json)).toEqual(end);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  expect(model((await exportJson(page)).json)).toEqual(end);
});

test('copy steps in one process and paste them into another', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openLibrary(page);
  await buildFlow(page, 'Källa');
  await page.getByText('Ansöker', { exact: true }).click();
  await page.getByText('Handlägger', { exact: true }).click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');

  await page.getByRole('link', { name: 'Alla processer' }).click();
  await createProcess(page, 'Mål');
  await addLane(page, 'Invånare');
  await page.keyboard.press('Control+v');
  await expect(page.getByText('Handlägger', { exact: true })).toBeVisible();
  await waitUntilSaved(page);

  const { json } = await exportJson(page);
  const names = (laneId: string) => {
    const l = json.process.lanes.find((x) => x.id === laneId);
    return json.register.find((e) => e.id === l?.registerId)?.name;
  };
  // Beside the Behov and Resultat a new process starts with.
  expect(json.process.steps.map((s) => [s.label, names(s.laneId)]).sort()).toEqual([
    ['Ansöker', 'Invånare'],
    ['Behov', 'Invånare'],
    ['Handlägger', 'Barn- och utbildningsförvaltningen'],
    ['Resultat', 'Invånare'],
  ]);
  expect(json.process.lanes).toHaveLength(2);
  expect(json.process.connections).toHaveLength(1);
  // The source process is untouched.
  await page.getByRole('link', { name: 'Alla processer' }).click();
  // Its three steps and the Behov and Resultat it started with.
  await expect(page.getByRole('row', { name: /Källa/ })).toContainText('5');
});

test('a connection drawn with the mouse from one step to another is saved', async ({ page }) => {
  await openLibrary(page);
  await buildFlow(page, 'Koppla med musen');
  await waitUntilSaved(page);
  const before = (await exportJson(page)).json.process.connections.length;

  // Connection points sit in the middle of each side of a step: they show on the step under
  // the pointer, and on every step while a connection is being drawn (to end it on).
  const from = await page.getByRole('group', { name: /^Aktivitet: Ansöker/ }).boundingBox();
  const to = await page.getByRole('group', { name: /^Aktivitet: Fakturerar/ }).boundingBox();
  if (!from || !to) throw new Error('steps not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height - 1, { steps: 3 });
  await page.mouse.down();
  await page.mouse.move(to.x + 1, to.y + to.height / 2, { steps: 15 });
  await page.mouse.up();
  await waitUntilSaved(page);
  await page.reload();

  // Drawn on the canvas after the reload, with the two it had before.
  await expect(page.getByRole('group', { name: /^Koppling från Ansöker till/ })).toHaveCount(2);
  await expect(page.getByRole('group', { name: /^Koppling från .* till Fakturerar/ })).toHaveCount(
    2,
  );
  const { json } = await exportJson(page);
  const id = (label: string) => json.process.steps.find((s) => s.label === label)!.id;
  expect(json.process.connections).toHaveLength(before + 1);
  expect(json.process.connections).toContainEqual(
    expect.objectContaining({ from: id('Ansöker'), to: id('Fakturerar') }),
  );
});
