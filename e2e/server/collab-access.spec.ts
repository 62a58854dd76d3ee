// Co-editing's rights on the wire (issue 20 (f), (g)): a reader's connection is read-only however
// she writes, and revoking a right closes the person's connection. The writes are forced from Node
// peers carrying each person's own session cookie (api.ts collabPeer), past any editor UI.
import { collabPeer, createShared, read, relabel, share, smallProcess, usersByName } from './api';
import { expect, test } from './fixtures';
import { openLive, openShared, stepOn } from './ui';

test('a reader’s forced write reaches no one; an editor’s does', async ({ server, people }) => {
  const [anna, bo, rita] = await people('anna', 'bo', 'rita');
  const title = 'Ansöka om bygglov';
  const id = await createShared(anna.page, smallProcess(title));
  const users = await usersByName(anna.page);
  await share(anna.page, id, [
    { userId: users[bo.name]!, role: 'editor' },
    { userId: users[rita.name]!, role: 'reader' },
  ]);
  await openLive(anna.page, title);
  // Rita reads in the app: her view follows the room (read-only), not the 15 s library pull.
  await openShared(rita.page, title);
  await expect(rita.page.getByText('Endast läsning')).toBeVisible();
  const annaPeer = await collabPeer(anna.context, server.url, id);
  const ritaPeer = await collabPeer(rita.context, server.url, id);
  const boPeer = await collabPeer(bo.context, server.url, id);
  try {
    // Rita writes first; Bo's later write is the proof the channel carries edits at all.
    ritaPeer.edit(relabel(0, 'Rita skriver ändå'));
    boPeer.edit(relabel(1, 'Bo skriver'));
    await expect.poll(() => annaPeer.projected()?.steps[1]?.label).toBe('Bo skriver');
    await expect.poll(() => boPeer.projected()?.steps[1]?.label).toBe('Bo skriver');
    // A barrier on Rita's own socket: the server handles a connection's messages in order, so
    // once Anna has Rita's presence sent after the edit, the edit has been dealt with too.
    ritaPeer.provider.setAwarenessField('barrier', 'after-edit');
    await expect
      .poll(() => annaPeer.provider.awareness?.getStates().get(ritaPeer.doc.clientID)?.barrier)
      .toBe('after-edit');
    expect(annaPeer.projected()?.steps[0]?.label).not.toBe('Rita skriver ändå');
    expect(boPeer.projected()?.steps[0]?.label).not.toBe('Rita skriver ändå');
    await expect(stepOn(rita.page, 'Bo skriver')).toBeVisible({ timeout: 5_000 });
    // Anna's editor shows Bo's edit and not Rita's.
    await expect(stepOn(anna.page, 'Bo skriver')).toBeVisible();
    await expect(stepOn(anna.page, 'Rita skriver ändå')).toHaveCount(0);
    await expect(stepOn(anna.page, 'Granska faktura')).toBeVisible();

    // Nor is it in the server's document: a new connection and the stored JSON lack it.
    const fresh = await collabPeer(anna.context, server.url, id);
    expect(fresh.projected()?.steps[0]?.label).not.toBe('Rita skriver ändå');
    expect(fresh.projected()?.steps[1]?.label).toBe('Bo skriver');
    fresh.close();
    await expect
      .poll(async () => (await read(anna.page, id)).body.file.process.steps[1]?.label)
      .toBe('Bo skriver');
    const stored = (await read(anna.page, id)).body.file.process.steps.map((s) => s.label);
    expect(stored).not.toContain('Rita skriver ändå');
  } finally {
    for (const peer of [annaPeer, ritaPeer, boPeer]) peer.close();
  }
});

test('revoking Bo’s right closes his connection and his edits stop arriving', async ({
  server,
  people,
}) => {
  const [anna, bo] = await people('anna', 'bo');
  const title = 'Förnya serveringstillstånd';
  const id = await createShared(anna.page, smallProcess(title));
  const users = await usersByName(anna.page);
  await share(anna.page, id, [{ userId: users[bo.name]!, role: 'editor' }]);
  await openLive(bo.page, title);
  const annaPeer = await collabPeer(anna.context, server.url, id);
  const boPeer = await collabPeer(bo.context, server.url, id);
  try {
    boPeer.edit(relabel(0, 'Bo hinner skriva'));
    await expect.poll(() => annaPeer.projected()?.steps[0]?.label).toBe('Bo hinner skriva');
    await expect(stepOn(bo.page, 'Bo hinner skriva')).toBeVisible();

    expect((await share(anna.page, id, [])).status).toBe(200);
    // The server closes Bo's connection; authenticating again is refused.
    await expect
      .poll(() => boPeer.events.filter((e) => e !== 'synced'), { timeout: 5_000 })
      .toContainEqual(expect.stringMatching(/^(close|authenticationFailed:.*)$/));

    // Bo's open editor says so: his room is closed.
    await expect(bo.page.getByText(/Du har inte längre rätt att redigera/)).toBeVisible();

    boPeer.edit(relabel(1, 'Bo efter återkallandet'));
    // Nor does anything reach Bo's open editor any more. Anna's later edit reaching the server
    // bounds the wait: Bo's earlier one would have been stored by then.
    annaPeer.edit(relabel(0, 'Anna efter återkallandet'));
    await expect
      .poll(async () => JSON.stringify((await read(anna.page, id)).body), { timeout: 10_000 })
      .toContain('Anna efter återkallandet');
    expect(JSON.stringify((await read(anna.page, id)).body)).not.toContain(
      'Bo efter återkallandet',
    );
    expect(annaPeer.projected()?.steps[1]?.label).not.toBe('Bo efter återkallandet');
    await expect(stepOn(bo.page, 'Anna efter återkallandet')).toHaveCount(0);
    await expect(stepOn(bo.page, 'Bo hinner skriva')).toBeVisible();
    expect((await read(bo.page, id)).status).toBe(404);
    // A new connection of his is refused outright.
    await expect(collabPeer(bo.context, server.url, id)).rejects.toThrow(/no sync/);
  } finally {
    annaPeer.close();
    boPeer.close();
  }
});
