// Issue 19's sharing journey: Anna (owner) shares a process with Bo (editor) and Rita (reader);
// Bo edits, Rita sees the edit and cannot change it, Cecilia (no right) learns nothing of it; an
// admin renames a unit in the register and everyone's lanes follow.
import {
  call,
  createShared,
  libraryTitles,
  read,
  renamed,
  share,
  smallProcess,
  usersByName,
  write,
} from './api';
import { expect, test } from './fixtures';

test('a shared process: the owner shares, an editor edits, a reader reads, no one else sees it', async ({
  people,
}) => {
  // Everyone signs in once first: the share dialog offers the people the server knows.
  const [anna, bo, rita, cecilia] = await people('anna', 'bo', 'rita', 'cecilia');
  const file = smallProcess('Ansöka om bygglov');
  const id = await createShared(anna.page, file);
  const users = await usersByName(anna.page);

  await test.step('Anna shares it with Bo (editor) and Rita (reader)', async () => {
    const answer = await share(anna.page, id, [
      { userId: users[bo.name]!, role: 'editor' },
      { userId: users[rita.name]!, role: 'reader' },
    ]);
    expect(answer.status).toBe(200);
  });

  await test.step('Bo edits it', async () => {
    const opened = await read(bo.page, id);
    expect(opened.body.role).toBe('editor');
    const saved = await write(
      bo.page,
      id,
      renamed(opened.body.file, 1, 'Granska bygglovsansökan'),
      opened.body.revision,
    );
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(opened.body.revision + 1);
  });

  await test.step('Rita sees the edit and cannot change it', async () => {
    const opened = await read(rita.page, id);
    expect(opened.body.role).toBe('reader');
    expect(opened.body.file.process.steps[1]!.label).toBe('Granska bygglovsansökan');
    const forced = await write(
      rita.page,
      id,
      renamed(opened.body.file, 1, 'Ritas ändring'),
      opened.body.revision,
    );
    expect(forced.status).toBe(403);
    const after = await read(anna.page, id);
    expect(after.body.revision).toBe(opened.body.revision);
    expect(after.body.file.process.steps[1]!.label).toBe('Granska bygglovsansökan');
  });

  await test.step('Cecilia does not see it and the API answers as if it did not exist', async () => {
    expect(await libraryTitles(cecilia.page)).not.toContain(file.process.title);
    expect((await read(cecilia.page, id)).status).toBe(404);
    expect((await write(cecilia.page, id, file, 2)).status).toBe(404);
    expect((await call(cecilia.page, 'GET', `/api/processes/${id}/access`)).status).toBe(404);
  });
});

test('an admin renames a unit and every signed-in person gets the new name', async ({ people }) => {
  const [alva, anna, bo] = await people('alva', 'anna', 'bo');
  const file = smallProcess('Anmäla flytt');
  const unitId = file.process.lanes[1]!.registerId;
  const id = await createShared(anna.page, file);
  const users = await usersByName(anna.page);
  expect((await share(anna.page, id, [{ userId: users[bo.name]!, role: 'editor' }])).status).toBe(
    200,
  );

  const register = await call<{ entries: { id: string; name: string }[] }>(
    alva.page,
    'GET',
    '/api/register',
  );
  const unit = register.body.entries.find((e) => e.id === unitId);
  expect(unit, `${unitId} in the server's register`).toBeDefined();
  const renamedUnit = { ...unit, name: 'Samhällsbyggnad (nytt namn)' };
  expect((await call(alva.page, 'PUT', `/api/register/${unitId}`, renamedUnit)).status).toBe(200);
  // Only an admin may: Anna's attempt changes nothing.
  expect(
    (await call(anna.page, 'PUT', `/api/register/${unitId}`, { ...unit, name: 'Annas namn' }))
      .status,
  ).toBe(403);

  for (const who of [anna, bo]) {
    const seen = await call<{ entries: { id: string; name: string }[] }>(
      who.page,
      'GET',
      '/api/register',
    );
    expect(seen.body.entries.find((e) => e.id === unitId)?.name).toBe(
      'Samhällsbyggnad (nytt namn)',
    );
  }
});
