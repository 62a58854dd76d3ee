// The server is killed (SIGKILL: no shutdown code, no flush) while people are saving, and started
// again on the same database: everything it acknowledged is still there.
import { call, createShared, read, renamed, smallProcess, write } from './api';
import { expect, test } from './fixtures';
import { openShared } from './ui';

test('a server killed mid-save loses nothing it acknowledged', async ({ server, person }) => {
  const anna = await person('anna');
  const titles = [1, 2, 3].map((n) => `Parkeringstillstånd ${n}`);
  const ids = await Promise.all(
    titles.map((title) => createShared(anna.page, smallProcess(title))),
  );
  const base = smallProcess(titles[0]!);
  // Per process: the last revision the server answered 200 for, and the label it stored then.
  const acknowledged = new Map<string, { revision: number; label: string }>(
    ids.map((id) => [id, { revision: 1, label: base.process.steps[1]!.label }]),
  );
  const created: string[] = [];
  let saves = 0;
  let running = true;

  const keepSaving = async (id: string) => {
    let { revision } = acknowledged.get(id)!;
    const { file } = (await read(anna.page, id)).body;
    for (let n = 1; running; n++) {
      const label = `Sparning ${n} av ${id.slice(0, 8)}`;
      const answer = await write(anna.page, id, renamed(file, 1, label), revision).catch(
        () => null,
      );
      if (!answer) return; // the server is gone: this save was never acknowledged
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      revision = answer.body.revision;
      acknowledged.set(id, { revision, label });
      saves += 1;
    }
  };
  const keepCreating = async () => {
    for (let n = 1; running; n++) {
      const file = smallProcess(`Ny process ${n}`, 4);
      const answer = await call<{ id: string }>(anna.page, 'POST', '/api/processes', file).catch(
        () => null,
      );
      if (!answer) return;
      expect(answer.status).toBe(201);
      created.push(answer.body.id);
    }
  };

  const writers = [...ids.map(keepSaving), keepCreating()];
  await expect.poll(() => saves, { timeout: 20_000 }).toBeGreaterThan(30);
  await server.stop({ hard: true });
  running = false;
  await Promise.all(writers);
  await server.start();

  for (const [id, last] of acknowledged) {
    const stored = await read(anna.page, id);
    expect(stored.status).toBe(200);
    // The save in flight at the kill may have been written without its answer: one more is fine.
    expect(stored.body.revision).toBeGreaterThanOrEqual(last.revision);
    expect(stored.body.revision).toBeLessThanOrEqual(last.revision + 1);
    if (stored.body.revision === last.revision)
      expect(stored.body.file.process.steps[1]!.label).toBe(last.label);
  }
  const library = await call<{ processes: { id: string }[] }>(anna.page, 'GET', '/api/library');
  const listed = new Set(library.body.processes.map((p) => p.id));
  expect(created.length).toBeGreaterThan(0);
  for (const id of [...ids, ...created]) expect(listed.has(id), id).toBe(true);

  // A browser that was never on this machine opens it from Delat bibliotek: the stored state.
  const fresh = await person('anna');
  const [first] = ids;
  const stored = await read(fresh.page, first!);
  expect(stored.body.revision).toBeGreaterThanOrEqual(acknowledged.get(first!)!.revision);
  await openShared(fresh.page, titles[0]!);
  await expect(fresh.page.getByRole('main', { name: `Redigerare: ${titles[0]}` })).toBeVisible();
  await expect(
    fresh.page.getByText(stored.body.file.process.steps[1]!.label, { exact: true }),
  ).toBeVisible();

  // A link straight to a shared process opens it in a browser that has never had it, while the
  // app is still fetching the rest of the library.
  const linked = await person('anna');
  await linked.page.goto(`/p/${ids[1]}`);
  await expect(linked.page.getByRole('main', { name: `Redigerare: ${titles[1]}` })).toBeVisible();
});
