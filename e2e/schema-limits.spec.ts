// Issue 15, finding 1: ordinary edits past a schema limit were stored as they were, and the
// whole process could never be opened again ("Processen kunde inte läsas") while the status had
// said "Sparat". Each reproduction of the attack, through the UI: the content is cut to the
// limit, the person is told, and after a reload the process opens. A row that cannot be read
// anyway opens in a recovery view: what could be read, a readable copy, versions, the raw JSON.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures/guard';
import {
  createProcess,
  exportJson,
  openLibrary,
  quickEntry,
  waitUntilSaved,
} from './pages/library';

const editor = (page: Page, title: string) =>
  page.getByRole('main', { name: `Redigerare: ${title}` });

/** Reloads and waits for the editor: the process must open, not a dead end. */
async function reopen(page: Page, title: string) {
  await page.reload();
  await expect(editor(page, title)).toBeVisible();
}

test('a quick entry of 650 characters is cut to 500, said so, and the process opens again', async ({
  page,
}) => {
  await openLibrary(page);
  await createProcess(page, 'Bygglov 650 tecken');
  const input = page.getByLabel('Snabbinmatning');
  await input.fill(`Bygglovsenheten: ${'x'.repeat(650)}`);
  // The field counts the step text, so the person sees it is over before pressing Enter.
  await expect(page.getByText('650 av 500 tecken')).toBeVisible();
  await input.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'kortades' })).toHaveText(
    'Texten var längre än 500 tecken och kortades.',
  );
  await waitUntilSaved(page);

  await reopen(page, 'Bygglov 650 tecken');
  const { json } = await exportJson(page);
  // After the Behov and Resultat a new process starts with.
  expect(json.process.steps.map((s) => s.label)).toEqual(['Behov', 'Resultat', 'x'.repeat(500)]);
});

test('a pasted line of 629 characters becomes a step of 500, said so, and the process opens again', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openLibrary(page);
  await createProcess(page, 'Inklistrad rad');
  await quickEntry(page, 'Bygglovsenheten: Tar emot ansökan');
  const long = 'Ansökan-'.repeat(79).slice(0, 629);
  expect(long).toHaveLength(629);
  await page.evaluate((text) => navigator.clipboard.writeText(text), long);
  // Pasted onto the canvas (nothing typed into a field), as plain lines of text.
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('status').filter({ hasText: 'kortades' })).toHaveText(
    '1 rader var längre än 500 tecken och kortades.',
  );
  await waitUntilSaved(page);

  await reopen(page, 'Inklistrad rad');
  const { json } = await exportJson(page);
  expect(json.process.steps.map((s) => s.label)).toEqual([
    'Behov',
    'Resultat',
    'Tar emot ansökan',
    long.slice(0, 500),
  ]);
});

test('130 IT systems keep the first 100, said so, and the process opens again', async ({
  page,
}) => {
  await openLibrary(page);
  await createProcess(page, 'Många IT-stöd');
  await quickEntry(page, 'Bygglovsenheten: Registrerar ärendet');
  await page.getByText('Registrerar ärendet', { exact: true }).click();
  const field = page.getByRole('textbox', { name: /^IT-stöd/ });
  await field.fill(Array.from({ length: 130 }, (_, i) => i + 1).join(','));
  await field.press('Tab');
  await expect(page.getByRole('status').filter({ hasText: 'första' })).toHaveText(
    'Bara de 100 första sparades (130 angavs).',
  );
  await expect(page.getByText('100 av högst 100')).toBeVisible();
  await waitUntilSaved(page);

  await reopen(page, 'Många IT-stöd');
  await page.getByText('Registrerar ärendet', { exact: true }).click();
  await expect(page.getByRole('textbox', { name: /^IT-stöd/ })).toHaveValue(
    Array.from({ length: 100 }, (_, i) => i + 1).join(', '),
  );
});

/** Changes the stored row the way the attack did: straight into IndexedDB. */
function breakStoredRow(page: Page, id: string) {
  return page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('flodesverkstan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('processes', 'readwrite');
          const store = tx.objectStore('processes');
          const get = store.get(id);
          get.onsuccess = () => {
            const row = get.result as { steps: Record<string, unknown>[] };
            // The activity typed in, not the Behov or Resultat a new process starts with.
            const step = row.steps.find((s) => s.kind === 'activity')!;
            step.label = 'y'.repeat(650);
            row.steps.push({ ...step, id: 'trasig', kind: 'teleport' });
            store.put(row);
          };
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    id,
  );
}

test('a stored row that cannot be read opens in a recovery view: copy, raw JSON and versions', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openLibrary(page);
  await createProcess(page, 'Skadad process');
  await quickEntry(page, 'Bygglovsenheten: Granskar ritningar');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Versioner' }).click();
  const versionsDialog = page.getByRole('dialog', { name: 'Versioner' });
  await versionsDialog.getByRole('button', { name: 'Spara version…' }).click();
  await versionsDialog.getByLabel('Namn på versionen').fill('Före skadan');
  await versionsDialog.getByRole('button', { name: 'Spara version', exact: true }).click();
  await expect(versionsDialog.getByText('Före skadan', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  const id = new URL(page.url()).pathname.split('/').pop()!;

  await breakStoredRow(page, id);
  // From the library: a duplicate copies what can be read; a course pack says what it left out.
  await page.getByRole('link', { name: 'Alla processer' }).click();
  await page.getByRole('button', { name: 'Åtgärder för Skadad process' }).click();
  await page.getByRole('menuitem', { name: 'Duplicera' }).click();
  await expect(page.getByRole('link', { name: 'Skadad process (kopia)' })).toBeVisible();
  const packing = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera kurspaket' }).click();
  const pack = JSON.parse(await readFile(await (await packing).path(), 'utf8')) as {
    processes: { process: { title: string } }[];
  };
  expect(pack.processes.map((p) => p.process.title)).toEqual(['Skadad process (kopia)']);
  await expect(page.getByRole('alert')).toContainText(
    'Kurspaketet har inte med det som inte kunde läsas: ”Skadad process”.',
  );

  await page.goto(`/p/${id}`);
  const recovery = page.getByRole('main', { name: 'Återställ processen Skadad process' });
  await expect(
    recovery.getByRole('heading', { name: 'Processen kunde inte läsas som den är sparad' }),
  ).toBeVisible();
  await expect(recovery).toContainText('2 av 2 simbanor, 3 av 4 steg och 1 av 1 kopplingar');
  await expect(recovery.getByRole('listitem').filter({ hasText: 'yyyy' })).toHaveCount(1);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  // The raw row, exactly as stored, as a file.
  const downloading = page.waitForEvent('download');
  await recovery.getByRole('button', { name: 'Exportera rådata (JSON)' }).click();
  const raw = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as {
    id: string;
    steps: { label: string; kind: string }[];
  };
  expect(raw.id).toBe(id);
  expect(raw.steps.map((s) => [s.label.length, s.kind])).toEqual([
    ['Behov'.length, 'need'],
    ['Resultat'.length, 'outcome'],
    [650, 'activity'],
    [650, 'teleport'],
  ]);

  // A readable copy opens as a process of its own.
  await recovery.getByRole('button', { name: 'Spara en läsbar kopia' }).click();
  await expect(editor(page, 'Skadad process (återställd)')).toBeVisible();
  await waitUntilSaved(page);
  await reopen(page, 'Skadad process (återställd)');
  const { json } = await exportJson(page);
  expect(json.process.steps.map((s) => s.label)).toEqual(['Behov', 'Resultat', 'y'.repeat(500)]);

  // Back to the damaged one: its versions are reachable and one brings it back.
  await page.goBack();
  await expect(recovery).toBeVisible();
  await recovery.getByRole('button', { name: /^Återställ Före skadan/ }).click();
  await expect(editor(page, 'Skadad process')).toBeVisible();
  await expect(page.getByText('Granskar ritningar', { exact: true })).toBeVisible();
  await reopen(page, 'Skadad process');
});
