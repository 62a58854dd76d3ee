// Co-editing when things break (issue 20 (d), (e)): the server killed with SIGKILL while everyone
// types, kept down 3 s and started again on the same data, loses nothing; a person offline who
// removes a lane while another adds a step in it, and reloads offline, gets the lane back with
// the step when she returns (an edit beats a removal), and everyone agrees.
import { quickEntry } from '../pages/library';
import { createShared, read, share, smallProcess, usersByName } from './api';
import { expect, test, type Person } from './fixtures';
import {
  flowText,
  laneNames,
  offlineSwitch,
  openLive,
  stepOn,
  syncStatus,
  untilServiceWorkerControls,
} from './ui';

async function sharedWith(owner: Person, others: Person[], title: string): Promise<string> {
  const id = await createShared(owner.page, smallProcess(title));
  const users = await usersByName(owner.page);
  const entries = others.map((p) => ({ userId: users[p.name]!, role: 'editor' as const }));
  expect((await share(owner.page, id, entries)).status).toBe(200);
  return id;
}

test('SIGKILL while everyone types, 3 s down, a restart on the same data: nothing lost', async ({
  server,
  people,
  person,
}) => {
  test.setTimeout(150_000);
  const everyone = await people('anna', 'bo', 'cecilia');
  const [anna, bo, cecilia] = everyone;
  const title = 'Överklaga beslut om bygglov';
  const id = await sharedWith(anna, [bo, cecilia], title);
  await Promise.all(everyone.map((p) => openLive(p.page, title)));

  const typed: string[] = [];
  /** Each person adds a step in the customer lane: the test's log of what was typed. */
  const round = (n: number) =>
    Promise.all(
      everyone.map(async (p) => {
        const label = `${p.name.split(' ')[0]} steg ${n}`;
        await quickEntry(p.page, `Invånare: ${label}`);
        typed.push(label);
      }),
    );

  await round(1);
  await server.stop({ hard: true });
  const down = Date.now();
  await round(2);
  await round(3);
  for (const p of everyone)
    await expect(syncStatus(p.page)).toHaveText('Offline — sparat på den här datorn');
  await new Promise((r) => setTimeout(r, Math.max(0, 3_000 - (Date.now() - down))));
  await server.start();
  await round(4);

  for (const p of everyone)
    await expect(syncStatus(p.page)).toHaveText('Synkat', { timeout: 20_000 });
  await expect
    .poll(async () => (await read(anna.page, id)).body.file.process.steps.map((s) => s.label), {
      timeout: 10_000,
    })
    .toEqual(expect.arrayContaining(typed));
  // Every browser has every step (read from the text view: the canvas draws only what is in view).
  for (const p of everyone)
    await expect
      .poll(async () => {
        const text = await flowText(p.page);
        return typed.filter((label) => !text.includes(label));
      })
      .toEqual([]);

  // A fresh browser (nothing on the device) loads it all from the server.
  const fresh = await person('anna');
  await openLive(fresh.page, title);
  const text = await flowText(fresh.page);
  for (const label of typed) expect(text).toContain(label);
});

test('offline: Cecilia removes a lane Anna adds a step to, reloads offline, returns: the lane is back with the step', async ({
  person,
}) => {
  test.setTimeout(150_000);
  const anna = await person('anna');
  const cecilia = await person('cecilia', { serviceWorkers: 'allow' });
  const network = await offlineSwitch(cecilia.context);
  const title = 'Ansöka om serveringstillstånd';
  const id = await sharedWith(anna, [cecilia], title);
  const laneB = 'Barn- och utbildningsförvaltningen';
  await openLive(anna.page, title);
  await openLive(cecilia.page, title);
  await untilServiceWorkerControls(cecilia.page);

  await test.step('Cecilia, offline, removes lane B with its steps and reloads', async () => {
    await network.off();
    await expect(syncStatus(cecilia.page)).toHaveText('Offline — sparat på den här datorn');
    await cecilia.page.getByRole('button', { name: `Ta bort simbanan ${laneB}` }).click();
    await cecilia.page
      .getByRole('dialog', { name: `Ta bort simbanan ${laneB}?` })
      .getByRole('button', { name: 'Ta bort simbanan och stegen' })
      .click();
    await expect.poll(() => laneNames(cecilia.page)).not.toContain(laneB);
    await cecilia.page.reload();
    await expect(cecilia.page.getByRole('main', { name: `Redigerare: ${title}` })).toBeVisible();
    await expect.poll(() => laneNames(cecilia.page)).not.toContain(laneB);
    await expect(syncStatus(cecilia.page)).toHaveText('Offline — sparat på den här datorn');
  });

  await test.step('meanwhile Anna adds a step in lane B', async () => {
    await quickEntry(anna.page, `${laneB}: Anna utreder ansökan`);
    await expect(stepOn(anna.page, 'Anna utreder ansökan')).toBeVisible();
  });

  await test.step('Cecilia is back: lane B is back with Anna’s step, everywhere', async () => {
    await network.on();
    await expect(syncStatus(cecilia.page)).toHaveText('Synkat', { timeout: 30_000 });
    for (const page of [anna.page, cecilia.page]) {
      await expect.poll(() => laneNames(page)).toContain(laneB);
      await expect(stepOn(page, 'Anna utreder ansökan')).toBeVisible();
      // Cecilia's removal of the steps nobody touched stands.
      await expect(stepOn(page, 'Kontrollera underlag')).toHaveCount(0);
    }
    expect(await laneNames(cecilia.page)).toEqual(await laneNames(anna.page));
    expect(await flowText(cecilia.page)).toBe(await flowText(anna.page));
    await expect
      .poll(async () => {
        const p = (await read(anna.page, id)).body.file.process;
        const lane = p.lanes.find((l) => l.registerId === 'u-buf');
        return p.steps.find((s) => s.label === 'Anna utreder ansökan')?.laneId === lane?.id;
      })
      .toBe(true);
  });
});
