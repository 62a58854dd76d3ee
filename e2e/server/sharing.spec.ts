// Issue 19's sharing journey: Anna (owner) shares a process with Bo (editor) and Rita (reader);
// Bo edits, Rita sees the edit and cannot change it (neither in the UI nor through the API),
// Cecilia (no right) learns nothing of it; an admin renames a unit in the register and the lanes
// of everyone signed in follow.
import { lane, quickEntry } from '../pages/library';
import { call, read, renamed, smallProcess, write } from './api';
import { expect, test } from './fixtures';
import { importToMine, openShared, openSharedLibrary, shareFromMine, syncStatus } from './ui';

test('the owner shares, an editor edits, a reader reads, no one else sees it; the register follows an admin', async ({
  people,
}, testInfo) => {
  test.setTimeout(120_000);
  // Everyone signs in first: the share dialog offers the people the server knows.
  const [anna, bo, rita, cecilia, alva] = await people('anna', 'bo', 'rita', 'cecilia', 'alva');
  const file = smallProcess('Ansöka om bygglov');
  const title = file.process.title;
  let id = '';

  await test.step('Anna shares it with Bo (editor) and Rita (reader)', async () => {
    await importToMine(anna.page, file, testInfo.outputPath('bygglov.json'));
    await shareFromMine(anna.page, title, { [bo.name]: 'Redigerare', [rita.name]: 'Läsare' });
    const library = await call<{ processes: { id: string; title: string }[] }>(
      anna.page,
      'GET',
      '/api/library',
    );
    id = library.body.processes.find((p) => p.title === title)?.id ?? '';
    expect(id).not.toBe('');
    const access = await call<{ entries: { name: string; role: string }[] }>(
      anna.page,
      'GET',
      `/api/processes/${id}/access`,
    );
    expect(access.body.entries.map((e) => `${e.name}: ${e.role}`).sort()).toEqual(
      [`${anna.name}: owner`, `${bo.name}: editor`, `${rita.name}: reader`].sort(),
    );
  });

  await test.step('Bo opens it from Delat bibliotek and adds a step', async () => {
    await openShared(bo.page, title);
    await expect(bo.page.getByRole('main', { name: `Redigerare: ${title}` })).toBeVisible();
    await quickEntry(bo.page, 'Invånare: Bo kompletterar ansökan');
    await expect(syncStatus(bo.page)).toHaveText('Synkat', { timeout: 15_000 });
    await expect
      .poll(async () => (await read(anna.page, id)).body.file.process.steps.map((s) => s.label))
      .toContain('Bo kompletterar ansökan');
  });

  await test.step('Rita sees the edit and cannot change it', async () => {
    await openShared(rita.page, title);
    await expect(rita.page.getByText('Endast läsning')).toBeVisible();
    await expect(rita.page.getByText('Bo kompletterar ansökan').first()).toBeVisible();
    await expect(rita.page.getByLabel('Snabbinmatning')).toHaveCount(0);
    await expect(rita.page.getByRole('button', { name: 'Lägg till simbana' })).toHaveCount(0);
    const opened = await read(rita.page, id);
    expect(opened.body.role).toBe('reader');
    const forced = await write(
      rita.page,
      id,
      renamed(opened.body.file, 1, 'Ritas ändring'),
      opened.body.revision,
    );
    expect(forced.status).toBe(403);
    expect((await read(anna.page, id)).body.revision).toBe(opened.body.revision);
  });

  await test.step('Cecilia does not see it, and the API answers as if it did not exist', async () => {
    await openSharedLibrary(cecilia.page);
    await expect(cecilia.page.getByText('Inga delade processer ännu')).toBeVisible();
    await expect(cecilia.page.getByRole('button', { name: title })).toHaveCount(0);
    expect((await read(cecilia.page, id)).status).toBe(404);
    expect((await write(cecilia.page, id, file, 2)).status).toBe(404);
  });

  await test.step('Alva renames a unit; Anna and Bo see the new name in their lanes', async () => {
    const unit = 'Kommunstyrelseförvaltningen';
    await expect(lane(bo.page, unit)).toBeVisible();
    await alva.page.goto('/register');
    const input = alva.page
      .getByRole('region', { name: 'Förvaltning' })
      .getByRole('group', { name: unit })
      .getByRole('textbox', { name: 'Namn' });
    await input.fill('Kommunledningskontoret');
    await input.blur();
    await expect(alva.page.getByRole('group', { name: 'Kommunledningskontoret' })).toBeVisible();
    // Only an admin may: Anna's attempt through the API is refused.
    const register = await call<{ entries: { id: string; name: string }[] }>(
      anna.page,
      'GET',
      '/api/register',
    );
    const entry = register.body.entries.find((e) => e.name === 'Kommunledningskontoret');
    expect(entry, 'the new name on the server').toBeDefined();
    expect(
      (await call(anna.page, 'PUT', `/api/register/${entry?.id}`, { ...entry, name: 'Annas namn' }))
        .status,
    ).toBe(403);

    for (const page of [anna.page, bo.page]) {
      await page.goto(`/p/${id}`);
      await expect(lane(page, 'Kommunledningskontoret')).toBeVisible();
      await expect(lane(page, unit)).toHaveCount(0);
    }
  });
});
