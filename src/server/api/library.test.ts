// The library lists only what the caller may read: by user, group and app-role entries.
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../http/env';
import { processFile, share } from '../test/fixtures';
import { DIALECTS, seedUser, useHarness } from '../test/testApp';

interface Item {
  id: string;
  title: string;
  role: string;
}

describe.each(DIALECTS)('library (%s)', (dialect) => {
  const h = useHarness(dialect);

  async function library(user: SessionUser, q?: string): Promise<Item[]> {
    const path = q === undefined ? '/api/library' : `/api/library?q=${encodeURIComponent(q)}`;
    const res = await h().call(user, 'GET', path);
    expect(res.status).toBe(200);
    return ((await res.json()) as { processes: Item[] }).processes;
  }
  const ids = (items: Item[]) => items.map((i) => i.id).sort();

  it('lists by user, group and app-role entries, admins everything', async () => {
    const db = h().db;
    const anna = await seedUser(db, 'Anna');
    const bo = await seedUser(db, 'Bo', ['reader']);
    const gun = await seedUser(db, 'Gun', ['reader'], ['Plan', 'Miljö']);
    const rolf = await seedUser(db, 'Rolf', ['editor']);
    const cecilia = await seedUser(db, 'Cecilia', ['reader'], ['Skola']);
    const ada = await seedUser(db, 'Ada', ['admin']);
    const grant = async (id: string, principalType: string, principalId: string, role: string) => {
      const res = await h().call(anna, 'PUT', `/api/processes/${id}/access`, {
        entries: [{ principalType, principalId, role }],
      });
      expect(res.status).toBe(200);
    };
    const toBo = await share(h(), anna, processFile('Till Bo'));
    const toPlan = await share(h(), anna, processFile('Till Plan'));
    const toEditors = await share(h(), anna, processFile('Till redaktörer'));
    const own = await share(h(), anna, processFile('Annas egen'));
    await grant(toBo, 'user', bo.id, 'editor');
    await grant(toPlan, 'group', 'Plan', 'reader');
    await grant(toEditors, 'role', 'editor', 'editor');

    expect(ids(await library(anna))).toEqual([toBo, toPlan, toEditors, own].sort());
    expect(await library(bo)).toMatchObject([{ id: toBo, role: 'editor' }]);
    expect(await library(gun)).toMatchObject([{ id: toPlan, role: 'reader' }]);
    expect(await library(rolf)).toMatchObject([{ id: toEditors, role: 'editor' }]);
    expect(await library(cecilia)).toEqual([]);
    const all = await library(ada);
    expect(ids(all)).toEqual([toBo, toPlan, toEditors, own].sort());
    expect(new Set(all.map((i) => i.role))).toEqual(new Set(['admin']));
  });

  it('searches title and tags, folding case by Swedish rules, wildcards taken literally', async () => {
    const anna = await seedUser(h().db, 'Anna');
    const bygglov = await share(h(), anna, processFile('Bygglov', ['Plan']));
    const arende = await share(h(), anna, processFile('Ärendehantering', ['Miljö', '50%']));
    expect(ids(await library(anna, 'ÄRENDE'))).toEqual([arende]);
    expect(ids(await library(anna, 'miljö'))).toEqual([arende]);
    expect(ids(await library(anna, 'plan'))).toEqual([bygglov]);
    expect(ids(await library(anna, '50%'))).toEqual([arende]);
    expect(await library(anna, '%')).toHaveLength(1);
    expect(await library(anna, '_')).toEqual([]);
    expect(ids(await library(anna, '  '))).toEqual([bygglov, arende].sort());
  });

  it('searches only within what the caller may read', async () => {
    const anna = await seedUser(h().db, 'Anna');
    const bo = await seedUser(h().db, 'Bo');
    await share(h(), anna, processFile('Hemlig utredning'));
    const mine = await share(h(), bo, processFile('Öppen utredning'));
    expect(ids(await library(bo, 'utredning'))).toEqual([mine]);
  });

  it('names the people and groups a process can be shared with', async () => {
    const db = h().db;
    const anna = await seedUser(db, 'Anna', ['editor'], ['Plan']);
    await seedUser(db, 'Bo', ['reader'], ['Plan', 'Miljö']);
    const res = await h().call(anna, 'GET', '/api/users');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { users: { id: string; name: string }[]; groups: string[] };
    expect(body.users.map((u) => u.name)).toEqual(['Anna', 'Bo']);
    expect(body.users[0]).toEqual({ id: anna.id, name: 'Anna' });
    expect(body.groups).toEqual(['Miljö', 'Plan']);
  });
});
