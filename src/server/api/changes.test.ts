// Saving against a revision, revisions, access lists, the register, and the audit trail.
import { describe, expect, it } from 'vitest';
import type { ProcessFile } from '../../domain/model/types';
import { DEFAULT_REGISTER } from '../../domain/register/defaultRegister';
import { processFile, share } from '../test/fixtures';
import { DIALECTS, seedUser, useHarness } from '../test/testApp';

const renamed = (file: ProcessFile, title: string, status = file.process.status): ProcessFile => ({
  ...file,
  process: { ...file.process, title, status },
});

describe.each(DIALECTS)('changes (%s)', (dialect) => {
  const h = useHarness(dialect);

  it('saves on the current revision and answers a stale one with 409 and the current file', async () => {
    const anna = await seedUser(h().db, 'Anna');
    const file = processFile('Bygglov');
    const id = await share(h(), anna, file);
    const first = await h().call(anna, 'PUT', `/api/processes/${id}`, {
      file: renamed(file, 'Bygglov 2'),
      baseRevision: 1,
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      revision: 2,
      item: { id, title: 'Bygglov 2', revision: 2 },
    });
    const stale = await h().call(anna, 'PUT', `/api/processes/${id}`, {
      file: renamed(file, 'Bygglov 3'),
      baseRevision: 1,
    });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: string; revision: number; file: ProcessFile };
    expect(body.error).toBe('stale');
    expect(body.revision).toBe(2);
    expect(body.file.process.title).toBe('Bygglov 2');
    const got = (await (await h().call(anna, 'GET', `/api/processes/${id}`)).json()) as {
      revision: number;
    };
    expect(got.revision).toBe(2);
  });

  it('lets only one of two saves from the same revision win', async () => {
    const anna = await seedUser(h().db, 'Anna');
    const file = processFile('Bygglov');
    const id = await share(h(), anna, file);
    const answers = await Promise.all(
      ['A', 'B'].map((t) =>
        h().call(anna, 'PUT', `/api/processes/${id}`, { file: renamed(file, t), baseRevision: 1 }),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('keeps named revisions and a status revision when the status changes', async () => {
    const anna = await seedUser(h().db, 'Anna');
    const file = processFile('Bygglov');
    const id = await share(h(), anna, file);
    const named = await h().call(anna, 'POST', `/api/processes/${id}/revisions`, {
      name: 'Före workshop',
    });
    expect(named.status).toBe(201);
    const revision = (await named.json()) as { id: string };
    expect(revision).toMatchObject({ kind: 'named', name: 'Före workshop', authorName: 'Anna' });
    await h().call(anna, 'PUT', `/api/processes/${id}`, {
      file: renamed(file, 'Bygglov', 'remiss'),
      baseRevision: 1,
    });
    // Same status again: no new status revision.
    await h().call(anna, 'PUT', `/api/processes/${id}`, {
      file: renamed(file, 'Bygglov 3', 'remiss'),
      baseRevision: 2,
    });
    const list = (await (await h().call(anna, 'GET', `/api/processes/${id}/revisions`)).json()) as {
      revisions: { id: string; kind: string; name: string }[];
    };
    expect(list.revisions.map((r) => [r.kind, r.name]).sort()).toEqual([
      ['named', 'Före workshop'],
      ['status', 'remiss'],
    ]);
    const old = await h().call(anna, 'GET', `/api/processes/${id}/revisions/${revision.id}`);
    expect(await old.json()).toEqual({ file });
    const status = list.revisions.find((r) => r.kind === 'status');
    const remiss = (await (
      await h().call(anna, 'GET', `/api/processes/${id}/revisions/${status?.id}`)
    ).json()) as { file: ProcessFile };
    expect([remiss.file.process.status, remiss.file.process.title]).toEqual(['remiss', 'Bygglov']);
    // A revision is reached only through its own process.
    const other = await share(h(), anna, processFile('Annan'));
    expect(
      (await h().call(anna, 'GET', `/api/processes/${other}/revisions/${revision.id}`)).status,
    ).toBe(404);
  });

  it('replaces the access list, keeping the owner and naming users', async () => {
    const anna = await seedUser(h().db, 'Anna');
    const bo = await seedUser(h().db, 'Bo');
    const id = await share(h(), anna);
    const put = (entries: unknown[]) =>
      h().call(anna, 'PUT', `/api/processes/${id}/access`, { entries });
    const res = await put([
      { principalType: 'user', principalId: anna.id, role: 'owner' },
      { principalType: 'user', principalId: bo.id, role: 'reader' },
      { principalType: 'user', principalId: bo.id, role: 'editor' },
      { principalType: 'group', principalId: 'Plan', role: 'reader' },
    ]);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { entries: unknown[] }).entries).toEqual([
      { principalType: 'user', principalId: anna.id, name: 'Anna', role: 'owner' },
      { principalType: 'user', principalId: bo.id, name: 'Bo', role: 'editor' },
      { principalType: 'group', principalId: 'Plan', name: 'Plan', role: 'reader' },
    ]);
    // An empty list takes every right away but the owner's.
    expect((await put([])).status).toBe(200);
    const after = (await (await h().call(anna, 'GET', `/api/processes/${id}/access`)).json()) as {
      entries: unknown[];
    };
    expect(after.entries).toEqual([
      { principalType: 'user', principalId: anna.id, name: 'Anna', role: 'owner' },
    ]);
    expect((await h().call(bo, 'GET', `/api/processes/${id}`)).status).toBe(404);
  });

  it('serves the default register until an admin changes it; only admins change it', async () => {
    const ada = await seedUser(h().db, 'Ada', ['admin']);
    const bo = await seedUser(h().db, 'Bo', ['editor']);
    const read = async () =>
      ((await (await h().call(bo, 'GET', '/api/register')).json()) as { entries: unknown[] })
        .entries;
    expect(await read()).toEqual(DEFAULT_REGISTER);
    const ksf = {
      ...DEFAULT_REGISTER.find((e) => e.id === 'u-ksf')!,
      name: 'Kommunledningskontoret',
    };
    expect((await h().call(bo, 'PUT', '/api/register/u-ksf', ksf)).status).toBe(403);
    expect((await h().call(bo, 'DELETE', '/api/register/u-ksf')).status).toBe(403);
    expect(await read()).toEqual(DEFAULT_REGISTER);
    const put = await h().call(ada, 'PUT', '/api/register/u-ksf', ksf);
    expect([put.status, await put.json()]).toEqual([200, { entry: ksf }]);
    expect(await read()).toEqual(DEFAULT_REGISTER.map((e) => (e.id === 'u-ksf' ? ksf : e)));
    const added = {
      id: 'r-hamn',
      kind: 'bolag',
      name: 'Hamnbolaget',
      shortName: 'HAM',
      color: '#a0b0c0',
    };
    expect((await h().call(ada, 'PUT', '/api/register/r-hamn', added)).status).toBe(200);
    expect((await h().call(ada, 'DELETE', '/api/register/kg-invanare')).status).toBe(204);
    const entries = (await read()) as { id: string }[];
    expect(entries.at(-1)).toEqual(added);
    expect(entries.some((e) => e.id === 'kg-invanare')).toBe(false);
    expect(entries).toHaveLength(DEFAULT_REGISTER.length);
  });

  it('writes one audit row per change, shown to admins only', async () => {
    const ada = await seedUser(h().db, 'Ada', ['admin', 'editor']);
    const bo = await seedUser(h().db, 'Bo', ['editor']);
    const file = processFile('Bygglov');
    const id = await share(h(), ada, file);
    await h().call(ada, 'PUT', `/api/processes/${id}`, {
      file: renamed(file, 'Ny', 'remiss'),
      baseRevision: 1,
    });
    await h().call(ada, 'PUT', `/api/processes/${id}`, { file, baseRevision: 1 });
    await h().call(ada, 'PUT', `/api/processes/${id}/access`, {
      entries: [{ principalType: 'user', principalId: bo.id, role: 'reader' }],
    });
    await h().call(ada, 'POST', `/api/processes/${id}/revisions`, { name: 'v1' });
    await h().call(bo, 'DELETE', `/api/processes/${id}`);
    await h().call(ada, 'PUT', '/api/register/u-ksf', {
      ...DEFAULT_REGISTER.find((e) => e.id === 'u-ksf')!,
      name: 'KLK',
    });
    await h().call(ada, 'DELETE', `/api/processes/${id}`);
    const other = await share(h(), bo);

    expect((await h().call(bo, 'GET', '/api/audit')).status).toBe(403);
    type Audit = {
      entries: { at: string; userName: string; processId: string | null; action: string }[];
    };
    const all = (await (await h().call(ada, 'GET', '/api/audit')).json()) as Audit;
    expect(all.entries.map((e) => [e.action, e.userName, e.processId]).reverse()).toEqual([
      ['process.create', 'Ada', id],
      ['process.update', 'Ada', id],
      ['access.set', 'Ada', id],
      ['revision.create', 'Ada', id],
      ['register.update', 'Ada', null],
      ['process.delete', 'Ada', id],
      ['process.create', 'Bo', other],
    ]);
    const one = (await (
      await h().call(ada, 'GET', `/api/audit?processId=${other}`)
    ).json()) as Audit;
    expect(one.entries.map((e) => e.action)).toEqual(['process.create']);
  });
});
