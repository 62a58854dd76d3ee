// Storing a co-edited process: the Y state always, the JSON only when the projection passes the
// gate and differs, one audit row per store, and a status change keeps a status revision.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { processFile, share } from '../test/fixtures';
import { DIALECTS, seedUser, useHarness } from '../test/testApp';
import { readStoredProcess, readYState, storeCollab } from './store';

describe.each(DIALECTS)('storeCollab (%s)', (dialect) => {
  const h = useHarness(dialect);

  async function setup() {
    const anna = await seedUser(h().db, 'Anna');
    const id = await share(h(), anna, processFile('Bygglov'));
    const row = async () =>
      h()
        .db.selectFrom('processes')
        .select(['json', 'revision', 'status'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    const auditCount = async () =>
      (
        await h()
          .db.selectFrom('audit')
          .select('id')
          .where('action', '=', 'process.collab')
          .execute()
      ).length;
    const base = { name: `process:${id}`, processId: id, userId: anna.id, editors: [anna.id] };
    return { anna, id, row, auditCount, base };
  }

  it('keeps the JSON when the projection is invalid, but stores the Y state', async () => {
    const { row, auditCount, base } = await setup();
    const before = await row();
    const state = new Uint8Array([1, 2, 3]);
    expect(await storeCollab(h().db, { ...base, state, projection: null })).toBe('invalid');
    expect(await row()).toEqual(before);
    expect(await auditCount()).toBe(0);
    expect(await readYState(h().db, base.name)).toEqual(state);
  });

  it('changes nothing but the state when the projection equals the stored JSON', async () => {
    const { id, row, auditCount, base } = await setup();
    const before = await row();
    const current = await readStoredProcess(h().db, id);
    const outcome = await storeCollab(h().db, {
      ...base,
      state: new Uint8Array([0]),
      projection: current!.process,
    });
    expect(outcome).toBe('unchanged');
    expect(await row()).toEqual(before);
    expect(await auditCount()).toBe(0);
  });

  it('stores a changed projection with revision + 1, one audit row, a status revision', async () => {
    const { id, row, auditCount, base } = await setup();
    const current = await readStoredProcess(h().db, id);
    const projection = { ...current!.process, title: 'Ny titel', status: 'remiss' as const };
    const outcome = await storeCollab(h().db, { ...base, state: new Uint8Array([0]), projection });
    expect(outcome).toBe('stored');
    const after = await row();
    expect(Number(after.revision)).toBe(2);
    expect(JSON.parse(after.json).process.title).toBe('Ny titel');
    expect(await auditCount()).toBe(1);
    const revisions = await h()
      .db.selectFrom('revisions')
      .select(['kind', 'name'])
      .where('process_id', '=', id)
      .execute();
    expect(revisions).toEqual([{ kind: 'status', name: 'remiss' }]);
  });
});
