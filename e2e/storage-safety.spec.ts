// Never lose work: a full disk, a crashed renderer, two tabs on one process, and a newer version
// of the app upgrading the database under an open tab.
import { expect, test, type Page } from './fixtures/guard';
import { fillDisk } from './fixtures/fullDisk';
import { addLane, createProcess, openLibrary, quickEntry, waitUntilSaved } from './pages/library';

async function newProcessWithLane(page: Page, title: string) {
  await openLibrary(page);
  await createProcess(page, title);
  await addLane(page, 'Invånare');
  await quickEntry(page, 'Invånare: Ansöker');
  await waitUntilSaved(page);
}

const step = (page: Page, label: string) => page.getByText(label, { exact: true });

test('a change that cannot be saved on a full disk is kept, announced, and saved once there is room', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await newProcessWithLane(page, 'Fullt lager');
  const giveRoomBack = await fillDisk(page, context);

  await quickEntry(page, 'Invånare: Skickar in kompletteringar');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Lagringsutrymmet är fullt');
  await expect(step(page, 'Skickar in kompletteringar')).toBeVisible();
  // The person can take the change home in a file while the disk is full.
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Exportera till fil' }).click();
  const file = JSON.parse(
    await (await downloading).createReadStream().then(async (s) => {
      const chunks: Buffer[] = [];
      for await (const c of s) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    }),
  ) as { process: { steps: { label: string }[] } };
  expect(file.process.steps.map((s) => s.label)).toContain('Skickar in kompletteringar');

  await giveRoomBack();
  await waitUntilSaved(page);
  await expect(alert).not.toContainText('Lagringsutrymmet är fullt');
  await page.reload();
  await expect(step(page, 'Skickar in kompletteringar')).toBeVisible();
});

test('a renderer crash one second after an edit loses nothing', async ({ page, context }) => {
  await newProcessWithLane(page, 'Krasch');
  const url = page.url();
  await quickEntry(page, 'Invånare: Sista ändringen');
  // The scenario itself: the edit is one second old when the renderer dies (no pagehide runs).
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const fresh = await context.newPage();
  await fresh.goto(url);
  await expect(step(fresh, 'Sista ändringen')).toBeVisible();
});

test('two tabs on one process: each sees the other’s edit and both keep both', async ({
  page,
  context,
}) => {
  await newProcessWithLane(page, 'Två flikar');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(step(other, 'Ansöker')).toBeVisible();

  // An edit in one tab appears in the other.
  await quickEntry(page, 'Invånare: Från första fliken');
  await expect(step(other, 'Från första fliken')).toBeVisible();

  // Edits at the same moment in both tabs: neither overwrites the other.
  await Promise.all([
    quickEntry(page, 'Invånare: Samtidigt i första'),
    quickEntry(other, 'Invånare: Samtidigt i andra'),
  ]);
  for (const p of [page, other]) {
    await expect(step(p, 'Samtidigt i första')).toBeVisible();
    await expect(step(p, 'Samtidigt i andra')).toBeVisible();
    await waitUntilSaved(p);
  }
  await page.reload();
  for (const label of ['Ansöker', 'Från första fliken', 'Samtidigt i första', 'Samtidigt i andra'])
    await expect(step(page, label)).toBeVisible();
});

test('a newer version upgrading the database makes an open tab save, step aside and ask for a reload', async ({
  page,
  context,
}) => {
  await newProcessWithLane(page, 'Uppgradering');
  const url = page.url();
  await quickEntry(page, 'Invånare: Precis innan uppgraderingen');

  // Another tab opens the database with a higher version, as a newer build would.
  const newer = await context.newPage();
  await newer.goto('/nonexistent-page-for-upgrade');
  const upgraded = await newer.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('flodesverkstan', 1000);
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(upgraded).toBe(1000);

  const dialog = page.getByRole('dialog', { name: 'En nyare version är öppen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Ladda om' })).toBeVisible();
  await expect(page.getByText('Webbläsarens lagring svarar inte')).toHaveCount(0);

  // The edit made just before was written by the old tab before it let go.
  await newer.goto(url);
  await expect(step(newer, 'Precis innan uppgraderingen')).toBeVisible();
});
