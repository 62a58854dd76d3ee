import { describe, expect, it } from 'vitest';
import { DIALECTS, seedUser, useHarness } from '../test/testApp';
import { counts, processFile, share } from '../test/fixtures';

describe.each(DIALECTS)('processes (%s)', (dialect) => {
  const h = useHarness(dialect);

  it('answers 401 signedOut to every route without a session', async () => {
    const anna = await seedUser(h().db, 'Anna');
    const id = await share(h(), anna);
    const routes: [string, string][] = [
      ['GET', '/api/library'],
      ['POST', '/api/processes'],
      ['GET', `/api/processes/${id}`],
      ['PUT', `/api/processes/${id}`],
      ['DELETE', `/api/processes/${id}`],
      ['GET', `/api/processes/${id}/access`],
      ['PUT', `/api/processes/${id}/access`],
      ['GET', `/api/processes/${id}/revisions`],
      ['POST', `/api/processes/${id}/revisions`],
      ['GET', '/api/users'],
      ['GET', '/api/register'],
      ['PUT', '/api/register/u-ksf'],
      ['DELETE', '/api/register/u-ksf'],
      ['GET', '/api/audit'],
    ];
    const before = await counts(h());
    for (const [method, path] of routes) {
      const res = await h().call(null, method, path, method === 'GET' ? undefined : {});
      expect([method, path, res.status]).toEqual([method, path, 401]);
      expect(await res.json()).toEqual({ error: 'signedOut' });
    }
    expect(await counts(h())).toEqual(before);
  });

  it('stores a file, keeps its well-formed id, and gives it back normalised', async () => {
    const anna = await seedUser(h().db, 'Anna');
    const file = processFile('Bygglov', ['Plan']);
    const res = await h().call(anna, 'POST', '/api/processes', file);
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      id: string;
      revision: number;
      item: Record<string, unknown>;
    };
    expect(body.id).toBe(file.process.id);
    expect(body.revision).toBe(1);
    expect(body.item).toMatchObject({
      id: file.process.id,
      title: 'Bygglov',
      tags: ['Plan'],
      ownerId: anna.id,
      ownerName: 'Anna',
      changedByName: 'Anna',
      steps: 2,
      lanes: 1,
      revision: 1,
      role: 'owner',
    });
    const got = await h().call(anna, 'GET', `/api/processes/${body.id}`);
    expect(got.status).toBe(200);
    expect(await got.json()).toEqual({ file, revision: 1, role: 'owner' });
  });

  it('gives a new id when the file id is taken or not a process id', async () => {
    const anna = await seedUser(h().db, 'Anna');
    const file = processFile('Bygglov');
    const first = await share(h(), anna, file);
    const second = await share(h(), anna, file);
    const odd = processFile('Odd');
    const third = await share(h(), anna, { ...odd, process: { ...odd.process, id: 'mine' } });
    expect(first).toBe(file.process.id);
    expect(second).not.toBe(first);
    expect(second).toMatch(/^p-[0-9a-f-]{36}$/);
    expect(third).toMatch(/^p-[0-9a-f-]{36}$/);
    const stored = await h().call(anna, 'GET', `/api/processes/${third}`);
    expect(((await stored.json()) as { file: { process: { id: string } } }).file.process.id).toBe(
      third,
    );
  });
});
