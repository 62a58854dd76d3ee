// Compaction epochs (issue 20 item 5, collaboration.md §8): Bo types while offline; meanwhile the
// server replaces the room's Y document with a fresh one (forced with COLLAB_COMPACT_BYTES=0 and
// COLLAB_COMPACT_RATIO=1: the room is compacted as soon as everyone has left it). When Bo is back,
// his laptop moves to the new epoch with his edit, and everyone — the server's JSON, Anna's
// browser — has all of it.
import { call, createShared, read, share, smallProcess, usersByName } from './api';
import { quickEntry } from '../pages/library';
import { expect, test } from './fixtures';
import { flowText, offlineSwitch, openLive, stepOn, syncStatus } from './ui';

/** Any room that shrinks is compacted as soon as it is left. */
const FORCE = { COLLAB_COMPACT_BYTES: '0', COLLAB_COMPACT_RATIO: '1' };
const before: Record<string, string | undefined> = {};
// The server fixture reads the environment as it starts each test's server; only this file's.
test.beforeAll(() => {
  for (const [name, value] of Object.entries(FORCE)) {
    before[name] = process.env[name];
    process.env[name] = value;
  }
});
test.afterAll(() => {
  for (const name of Object.keys(FORCE)) {
    if (before[name] === undefined) delete process.env[name];
    else process.env[name] = before[name];
  }
});

test('Bo edits offline, the server compacts the room, Bo returns: his edit and the rest are there for everyone', async ({
  server,
  person,
}) => {
  test.setTimeout(150_000);
  const anna = await person('anna');
  const bo = await person('bo', { serviceWorkers: 'allow' });
  const alva = await person('alva');
  const network = await offlineSwitch(bo.context);
  const title = 'Ansöka om parkeringstillstånd';
  const id = await createShared(anna.page, smallProcess(title));
  const users = await usersByName(anna.page);
  expect((await share(anna.page, id, [{ userId: users[bo.name]!, role: 'editor' }])).status).toBe(
    200,
  );
  await openLive(anna.page, title);
  await openLive(bo.page, title);
  const gone = (await read(anna.page, id)).body.file.process.steps[1]!.label;

  await test.step('Bo goes offline and adds a step', async () => {
    await network.off();
    await expect(syncStatus(bo.page)).toHaveText('Offline — sparat på den här datorn');
    await quickEntry(bo.page, 'Invånare: Bo skriver offline');
    await expect(stepOn(bo.page, 'Bo skriver offline')).toBeVisible();
  });

  await test.step('the server restarts, Anna edits and leaves, the room is compacted', async () => {
    // A restart drops Bo's half-open socket, so the room is unloaded as soon as Anna leaves.
    await server.restart();
    await expect(syncStatus(anna.page)).toHaveText('Synkat', { timeout: 20_000 });
    await quickEntry(anna.page, 'Invånare: Anna under tiden');
    await stepOn(anna.page, gone).click();
    await anna.page.keyboard.press('Delete');
    await expect(stepOn(anna.page, gone)).toBeHidden();
    await expect(syncStatus(anna.page)).toHaveText('Synkat');
    await anna.page.goto(server.url);
    // The administrator's audit trail shows the compaction (nothing else tells a person).
    await expect
      .poll(
        async () => {
          const answer = await call<{ entries: { action: string }[] }>(
            alva.page,
            'GET',
            `/api/audit?processId=${id}`,
          );
          return answer.body.entries.some((e) => e.action === 'process.compact');
        },
        { timeout: 20_000 },
      )
      .toBe(true);
  });

  await test.step('Bo is back: his step and Anna’s are there for both, the removal stands', async () => {
    await network.on();
    await expect(syncStatus(bo.page)).toHaveText('Synkat', { timeout: 30_000 });
    await expect(stepOn(bo.page, 'Anna under tiden')).toBeVisible();
    await expect(stepOn(bo.page, 'Bo skriver offline')).toBeVisible();
    await expect(stepOn(bo.page, gone)).toHaveCount(0);
    await expect
      .poll(async () => (await read(anna.page, id)).body.file.process.steps.map((s) => s.label), {
        timeout: 15_000,
      })
      .toEqual(expect.arrayContaining(['Bo skriver offline', 'Anna under tiden']));
    expect((await read(anna.page, id)).body.file.process.steps.map((s) => s.label)).not.toContain(
      gone,
    );

    await openLive(anna.page, title);
    await expect(stepOn(anna.page, 'Bo skriver offline')).toBeVisible();
    expect(await flowText(anna.page)).toBe(await flowText(bo.page));
  });
});
