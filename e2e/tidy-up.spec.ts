// Journey: a tangled flow comes in, "Städa upp" lays it out; checked from the saved model.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/guard';
import { exportJson, importFile, openLibrary, waitUntilSaved } from './pages/library';

const FIXTURE = 'src/domain/tidy/fixtures/tangled-20.json';

interface Box {
  id: string;
  laneId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Model {
  process: {
    title: string;
    lanes: { id: string; height: number }[];
    steps: Box[];
    connections: { from: string; to: string; kind: string }[];
  };
}

function overlaps(a: Box & { top: number }, b: Box & { top: number }): boolean {
  return (
    a.x < b.x + b.width &&
    b.x < a.x + a.width &&
    a.top + a.y < b.top + b.y + b.height &&
    b.top + b.y < a.top + a.y + a.height
  );
}

test('"Städa upp" on a tangled 20-step flow keeps every step in its lane, none overlapping', async ({
  page,
}) => {
  const before = JSON.parse(await readFile(FIXTURE, 'utf8')) as Model;
  expect(before.process.steps).toHaveLength(20);
  await openLibrary(page);
  await importFile(page, FIXTURE);
  await expect(
    page.getByRole('main', { name: `Redigerare: ${before.process.title}` }),
  ).toBeVisible();

  const imported = (await exportJson(page)).json as unknown as Model;

  // The layout worker's script is held back, as a big flow holds the worker for seconds: the
  // button says it is working and takes no second click until the layout is in.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/layout\.worker.*\.js/, async (route) => {
    await held;
    await route.continue();
  });
  const tidy = page.getByRole('toolbar').getByRole('button', { name: /^Städa/ });
  await tidy.click();
  await expect(tidy).toHaveAccessibleName('Städar upp…');
  await expect(tidy).toHaveAttribute('aria-busy', 'true');
  await expect(tidy).toBeDisabled();
  release();
  // The worker only starts now (loading and compiling ELK), on a machine that may be busy.
  await expect(page.getByRole('status').filter({ hasText: 'Flödet är uppstädat.' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(tidy).toHaveAccessibleName('Städa upp');
  await expect(tidy).toHaveAttribute('aria-busy', 'false');
  await expect(tidy).toBeEnabled();
  await waitUntilSaved(page);
  const after = (await exportJson(page)).json as unknown as Model;

  // Same steps, same lanes, same lane order, same connections: only the layout changed.
  expect(after.process.lanes.map((l) => l.id)).toEqual(before.process.lanes.map((l) => l.id));
  const laneOf = (m: Model) => Object.fromEntries(m.process.steps.map((s) => [s.id, s.laneId]));
  expect(laneOf(after)).toEqual(laneOf(before));
  expect(after.process.connections).toEqual(before.process.connections);
  expect(after.process.steps.map((s) => [s.x, s.y])).not.toEqual(
    before.process.steps.map((s) => [s.x, s.y]),
  );

  let top = 0;
  const tops = new Map<string, { top: number; height: number }>();
  for (const lane of after.process.lanes) {
    tops.set(lane.id, { top, height: lane.height });
    top += lane.height;
  }
  const placed = after.process.steps.map((s) => ({ ...s, top: tops.get(s.laneId)!.top }));
  for (const s of placed) {
    const lane = tops.get(s.laneId)!;
    expect(s.y, `${s.id} below its lane's top`).toBeGreaterThanOrEqual(0);
    expect(s.y + s.height, `${s.id} above its lane's bottom`).toBeLessThanOrEqual(lane.height);
  }
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      expect(overlaps(placed[i]!, placed[j]!), `${placed[i]!.id} / ${placed[j]!.id}`).toBe(false);
    }
  }

  // One undo brings the tangle back exactly; redo and a reload give the tidy flow again.
  const positions = (m: Model) => m.process.steps.map((s) => [s.id, s.x, s.y, s.laneId]);
  await page.getByRole('toolbar').getByRole('button', { name: 'Ångra' }).click();
  await waitUntilSaved(page);
  expect(positions((await exportJson(page)).json as unknown as Model)).toEqual(positions(imported));
  await page.getByRole('button', { name: 'Gör om' }).click();
  await waitUntilSaved(page);
  await page.reload();
  await expect(
    page.getByRole('main', { name: `Redigerare: ${before.process.title}` }),
  ).toBeVisible();
  expect(positions((await exportJson(page)).json as unknown as Model)).toEqual(positions(after));
});
