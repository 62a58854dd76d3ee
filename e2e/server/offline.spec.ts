// Offline first with a server: Bo edits a shared process while the server cannot be reached,
// reloads (the service worker serves the app, IndexedDB keeps his edit), and when the server is
// back his edit reaches it and merges with what Anna changed meanwhile.
import type { Page } from '@playwright/test';
import { quickEntry } from '../pages/library';
import { createShared, read, renamed, share, smallProcess, usersByName, write } from './api';
import { expect, test } from './fixtures';
import { openShared, syncStatus, untilServiceWorkerControls } from './ui';

const labels = async (page: Page, id: string) =>
  (await read(page, id)).body.file.process.steps.map((s) => s.label);

test('an edit made offline survives a reload and reaches the server when it is back', async ({
  server,
  person,
}) => {
  test.setTimeout(120_000);
  const [anna, bo] = await Promise.all([person('anna'), person('bo', { serviceWorkers: 'allow' })]);
  const file = smallProcess('Ansöka om färdtjänst');
  const title = file.process.title;
  const id = await createShared(anna.page, file);
  const users = await usersByName(anna.page);
  expect((await share(anna.page, id, [{ userId: users[bo.name]!, role: 'editor' }])).status).toBe(
    200,
  );

  await openShared(bo.page, title);
  await expect(bo.page.getByRole('main', { name: `Redigerare: ${title}` })).toBeVisible();
  await untilServiceWorkerControls(bo.page);
  await expect(syncStatus(bo.page)).toHaveText('Synkat');

  await test.step('the server is gone: Bo edits and reloads', async () => {
    await server.stop();
    await bo.context.setOffline(true);
    await quickEntry(bo.page, 'Invånare: Bo kompletterar offline');
    await expect(syncStatus(bo.page)).toHaveText('Offline — sparat på den här datorn');
    await bo.page.reload();
    await expect(bo.page.getByRole('main', { name: `Redigerare: ${title}` })).toBeVisible();
    await expect(bo.page.getByText('Bo kompletterar offline').first()).toBeVisible();
    await expect(syncStatus(bo.page)).toHaveText('Offline — sparat på den här datorn');
  });

  await test.step('meanwhile Anna renames another step on the server', async () => {
    await server.start();
    const current = await read(anna.page, id);
    const saved = await write(
      anna.page,
      id,
      renamed(current.body.file, 1, 'Anna granskar intyget'),
      current.body.revision,
    );
    expect(saved.status).toBe(200);
  });

  await test.step('Bo is back: both edits are on the server and Anna sees his', async () => {
    await bo.context.setOffline(false);
    await expect(syncStatus(bo.page)).toHaveText('Synkat', { timeout: 30_000 });
    await expect
      .poll(() => labels(anna.page, id))
      .toEqual(expect.arrayContaining(['Bo kompletterar offline', 'Anna granskar intyget']));
    await openShared(anna.page, title);
    await expect(anna.page.getByText('Bo kompletterar offline').first()).toBeVisible();
    await expect(anna.page.getByText('Anna granskar intyget').first()).toBeVisible();
    await expect(bo.page.getByText('Anna granskar intyget').first()).toBeVisible();
  });
});
