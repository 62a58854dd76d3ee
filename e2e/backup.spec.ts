// Journey: the whole workspace backed up to one file and brought back — after the browser lost
// everything (replace), over a workspace edited since (merge, both versions kept), and a file
// that is no backup refused with nothing changed. Plus the reminder in the library.
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures/guard';
import { addLane, createProcess, openLibrary, quickEntry, waitUntilSaved } from './pages/library';

interface BackupJson {
  format: string;
  createdAt: string;
  processes: { process: { id: string; title: string; steps: { label: string }[] } }[];
  register: { id: string; name: string }[];
  revisions: unknown[];
}

async function newProcess(page: Page, title: string, lane: string, step: string) {
  await createProcess(page, title);
  await addLane(page, lane);
  await quickEntry(page, `${lane}: ${step}`);
  await waitUntilSaved(page);
  await page.getByRole('link', { name: 'Alla processer' }).click();
}

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await expect(page.getByRole('heading', { name: 'Säkerhetskopia' })).toBeVisible();
}

/** Saves a backup through the given button; returns the file's path and its content. */
async function saveBackup(page: Page, button: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^flodesverkstan-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  return { path, json: JSON.parse(await readFile(path, 'utf8')) as BackupJson };
}

async function chooseBackupFile(page: Page, path: string) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Återställ från säkerhetskopia…' }).click();
  await (await choosing).setFiles(path);
}

const withoutCreatedAt = ({ createdAt: _c, ...rest }: BackupJson) => rest;

test('backup, wipe the browser, restore: the workspace is identical', async ({ page, context }) => {
  await openLibrary(page);
  await newProcess(page, 'Bygglov', 'Bygglovsenheten', 'Granskar ansökan');
  await newProcess(page, 'Förskoleplats', 'Invånare', 'Ansöker');

  await openSettings(page);
  await expect(
    page.getByText('Ingen säkerhetskopia är gjord i den här webbläsaren.'),
  ).toBeVisible();
  const first = await saveBackup(page, 'Säkerhetskopiera allt');
  expect(first.json.processes.map((p) => p.process.title).sort()).toEqual([
    'Bygglov',
    'Förskoleplats',
  ]);
  expect(first.json.register.map((e) => e.name)).toContain('Bygglovsenheten');
  // The versions the history took when each process was opened travel along.
  expect(first.json.revisions.length).toBeGreaterThan(0);
  await expect(page.getByText(/^Senaste säkerhetskopia: /)).toBeVisible();

  // Everything this browser stored for the app is gone, as after "clear site data".
  const origin = new URL(page.url()).origin;
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' });
  await openLibrary(page);
  await expect(page.getByText('Här finns inga processer ännu.', { exact: false })).toBeVisible();

  await openSettings(page);
  await chooseBackupFile(page, first.path);
  const dialog = page.getByRole('dialog', { name: 'Återställ från säkerhetskopia' });
  await expect(dialog.getByText(/2 processer/)).toBeVisible();
  await dialog.getByRole('radio', { name: 'Ersätt allt med säkerhetskopian' }).check();
  await expect(dialog.getByRole('heading', { name: 'Läggs till (2)' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Återställ' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('link', { name: 'Bygglov', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Förskoleplats', exact: true })).toBeVisible();
  await openSettings(page);
  const second = await saveBackup(page, 'Säkerhetskopiera allt');
  expect(withoutCreatedAt(second.json)).toEqual(withoutCreatedAt(first.json));
});

test('merging a backup over an edited workspace shows what changes and keeps both versions', async ({
  page,
}) => {
  await openLibrary(page);
  await newProcess(page, 'Bygglov', 'Invånare', 'Ansöker');
  await newProcess(page, 'Förskoleplats', 'Invånare', 'Söker plats');

  // The reminder in the library makes the backup, and then steps aside.
  const reminder = page.getByRole('region', { name: 'Påminnelse om säkerhetskopia' });
  await expect(reminder).toBeVisible();
  const backup = await saveBackup(page, 'Säkerhetskopiera nu');
  await expect(reminder).toBeHidden();

  await page.getByRole('link', { name: 'Bygglov', exact: true }).click();
  await quickEntry(page, 'Invånare: Överklagar');
  await waitUntilSaved(page);
  await page.getByRole('link', { name: 'Alla processer' }).click();

  await openSettings(page);
  await chooseBackupFile(page, backup.path);
  const dialog = page.getByRole('dialog', { name: 'Återställ från säkerhetskopia' });
  await expect(dialog.getByRole('radio', { name: 'Slå ihop med det som finns här' })).toBeChecked();
  const group = (name: string | RegExp) => dialog.getByRole('region', { name });
  await expect(group(/kommer in som kopia \(1\)/).getByRole('listitem')).toHaveText(['Bygglov']);
  await expect(group('Redan likadana (1)').getByRole('listitem')).toHaveText(['Förskoleplats']);
  await expect(group(/^(Tas bort|Läggs till|Ersätts)/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Återställ' }).click();
  await expect(
    page.getByText(/Säkerhetskopian är återställd: 0 tillagda, 0 ersatta, 0 borttagna, 1 kopior/),
  ).toBeVisible();

  const listed = page.getByRole('link', { name: /^(Bygglov|Förskoleplats)/ });
  await expect(listed).toHaveCount(3);
  expect((await listed.allTextContents()).sort()).toEqual([
    'Bygglov',
    'Bygglov (från säkerhetskopia)',
    'Förskoleplats',
  ]);
  await page.getByRole('link', { name: 'Bygglov (från säkerhetskopia)' }).click();
  await expect(page.getByText('Ansöker', { exact: true })).toBeVisible();
  await expect(page.getByText('Överklagar', { exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: 'Alla processer' }).click();
  await page.getByRole('link', { name: 'Bygglov', exact: true }).click();
  await expect(page.getByText('Överklagar', { exact: true })).toBeVisible();
});

test('a file that is no readable backup is refused with a reason, and nothing changes', async ({
  page,
}, testInfo) => {
  await openLibrary(page);
  await newProcess(page, 'Bygglov', 'Invånare', 'Ansöker');
  await openSettings(page);
  const good = await saveBackup(page, 'Säkerhetskopiera allt');
  const text = await readFile(good.path, 'utf8');

  const cases: [string, string, RegExp][] = [
    ['cut.json', text.slice(0, text.length / 2), /ingen giltig JSON/],
    ['newer.json', text.replace('"version":1', '"version":7'), /nyare version .*\(version 7\)/],
    ['process.json', JSON.stringify({ formatVersion: 2, process: {} }), /ingen säkerhetskopia/],
    ['damaged.json', text.replace('"processes":[', '"processes":7,"x":['), /skadad/],
  ];
  for (const [name, content, message] of cases) {
    const path = testInfo.outputPath(name);
    await writeFile(path, content);
    await chooseBackupFile(page, path);
    await expect(page.getByRole('alert')).toContainText(name);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('Inget har ändrats.');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  await page.getByRole('link', { name: 'Processer', exact: true }).click();
  await expect(page.getByRole('link', { name: /^Bygglov/ })).toHaveText(['Bygglov']);
});

test('the reminder comes when there is work and no backup, and keeps quiet for a week when dismissed', async ({
  page,
}) => {
  const start = new Date('2026-03-02T09:00:00');
  const day = 24 * 60 * 60 * 1000;
  await page.clock.install({ time: start });
  await openLibrary(page);
  const reminder = page.getByRole('region', { name: 'Påminnelse om säkerhetskopia' });
  await expect(page.getByRole('heading', { name: 'Processbibliotek' })).toBeVisible();
  await expect(reminder).toHaveCount(0); // nothing to lose yet

  await newProcess(page, 'Bygglov', 'Invånare', 'Ansöker');
  await expect(reminder).toContainText('inte säkerhetskopierat');
  await reminder.getByRole('button', { name: 'Påminn mig senare' }).click();
  await expect(reminder).toHaveCount(0);

  await page.clock.setSystemTime(new Date(start.getTime() + 6 * day));
  await page.reload();
  await expect(page.getByRole('link', { name: 'Bygglov', exact: true })).toBeVisible();
  await expect(reminder).toHaveCount(0);

  await page.clock.setSystemTime(new Date(start.getTime() + 8 * day));
  await page.reload();
  await expect(reminder).toBeVisible();
  await saveBackup(page, 'Säkerhetskopiera nu');
  await expect(reminder).toHaveCount(0);

  await page.clock.setSystemTime(new Date(start.getTime() + 39 * day));
  await page.reload();
  await expect(reminder).toContainText('Senaste säkerhetskopian gjordes 10 mars 2026');
});
