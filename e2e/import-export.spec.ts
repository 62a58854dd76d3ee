// Journey: the own file format out and back in; a broken file changes nothing.
import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures/guard';
import {
  addLane,
  createProcess,
  describe as describeFlow,
  exportJson,
  importFile,
  openLibrary,
  quickEntry,
  waitUntilSaved,
} from './pages/library';

test('export JSON, delete the process, import the file: the same flow is back', async ({
  page,
}, info) => {
  await openLibrary(page);
  await createProcess(page, 'Starta restaurang: serveringstillstånd');
  await addLane(page, 'Företagare');
  await addLane(page, 'Miljö- och hälsoskyddsförvaltningen');
  await addLane(page, 'Tillståndsenheten');
  await quickEntry(page, 'Företagare: Söker serveringstillstånd');
  await quickEntry(page, 'Tillståndsenheten: Utreder');
  await quickEntry(page, 'MHF: Inspekterar köket');
  await quickEntry(page, 'Tillståndsenheten: Beslutar');
  await waitUntilSaved(page);

  const exported = await exportJson(page);
  expect(exported.name).toBe('Starta restaurang serveringstillstånd.json');
  expect(exported.json.formatVersion).toBe(3);
  const before = describeFlow(exported.json);
  // The three between the steps, and the one from the Behov a new process starts with.
  expect(before.connections).toHaveLength(4);
  const path = info.outputPath(exported.name);
  await writeFile(path, exported.text);

  await page.getByRole('link', { name: 'Alla processer' }).click();
  await page
    .getByRole('button', { name: 'Åtgärder för Starta restaurang: serveringstillstånd' })
    .click();
  await page.getByRole('menuitem', { name: 'Ta bort' }).click();
  await expect(page.getByText('Här finns inga processer ännu')).toBeVisible();

  await importFile(page, path);
  await expect(
    page.getByRole('main', { name: 'Redigerare: Starta restaurang: serveringstillstånd' }),
  ).toBeVisible();
  await expect(page.getByText('Inspekterar köket', { exact: true })).toBeVisible();
  const again = await exportJson(page);
  expect(describeFlow(again.json)).toEqual(before);
  expect(again.json.process.id).toBe(exported.json.process.id);

  // Importing the same file again never overwrites: it arrives as a second process.
  await page.getByRole('link', { name: 'Alla processer' }).click();
  await importFile(page, path);
  await expect(page.getByRole('main', { name: /Redigerare/ })).toBeVisible();
  await page.getByRole('link', { name: 'Alla processer' }).click();
  await expect(
    page.getByRole('link', { name: 'Starta restaurang: serveringstillstånd' }),
  ).toHaveCount(2);
});

const brokenFiles: [string, string, RegExp][] = [
  ['trasig.json', '{"formatVersion": 2, "process": {', /inte en processfil/],
  ['lista.json', '[1, 2, 3]', /inte en processfil från Flödesverkstan/],
  ['framtid.json', JSON.stringify({ formatVersion: 99, process: {} }), /nyare version/],
  [
    'ofullstandig.json',
    JSON.stringify({ formatVersion: 2, process: { id: 'x', title: 'Halv' } }),
    /skadad eller ofullständig/,
  ],
];

for (const [name, content, message] of brokenFiles) {
  test(`a broken file (${name}) shows an alert and leaves the library unchanged`, async ({
    page,
  }, info) => {
    await openLibrary(page);
    await createProcess(page, 'Befintlig process');
    await page.getByRole('link', { name: 'Alla processer' }).click();
    const path = info.outputPath(name);
    await writeFile(path, content);

    await importFile(page, path);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Inget har ändrats');
    await expect(page.getByRole('heading', { name: 'Processbibliotek' })).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(2);
    await page.reload();
    await expect(page.getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Befintlig process' })).toBeVisible();
  });
}
