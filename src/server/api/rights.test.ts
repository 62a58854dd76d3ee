// Every route's rights: owner, editor, reader, no right, admin × read, write, share, delete.
// A refused call changes nothing; an allowed change writes exactly one audit row.
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../http/env';
import { counts, processFile, share } from '../test/fixtures';
import { DIALECTS, seedUser, useHarness, type Harness } from '../test/testApp';

type Actor = 'owner' | 'editor' | 'reader' | 'none' | 'admin';
const ACTORS: Actor[] = ['owner', 'editor', 'reader', 'none', 'admin'];

interface Action {
  name: string;
  changes: boolean;
  expected: Record<Actor, number>;
  run(h: Harness, user: SessionUser, id: string): Promise<Response>;
}

async function revisionOf(h: Harness, id: string): Promise<number> {
  const row = await h.db
    .selectFrom('processes')
    .select('revision')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.revision);
}

const READ = { owner: 200, editor: 200, reader: 200, none: 404, admin: 200 };
const ACTIONS: Action[] = [
  {
    name: 'read the process',
    changes: false,
    expected: READ,
    run: (h, u, id) => h.call(u, 'GET', `/api/processes/${id}`),
  },
  {
    name: 'read its access',
    changes: false,
    expected: READ,
    run: (h, u, id) => h.call(u, 'GET', `/api/processes/${id}/access`),
  },
  {
    name: 'list its revisions',
    changes: false,
    expected: READ,
    run: (h, u, id) => h.call(u, 'GET', `/api/processes/${id}/revisions`),
  },
  {
    name: 'save it',
    changes: true,
    expected: { owner: 200, editor: 200, reader: 403, none: 404, admin: 200 },
    run: async (h, u, id) => {
      const file = processFile('Ändrad');
      return h.call(u, 'PUT', `/api/processes/${id}`, {
        file: { ...file, process: { ...file.process, id } },
        baseRevision: await revisionOf(h, id),
      });
    },
  },
  {
    name: 'name a revision',
    changes: true,
    expected: { owner: 201, editor: 201, reader: 403, none: 404, admin: 201 },
    run: (h, u, id) => h.call(u, 'POST', `/api/processes/${id}/revisions`, { name: 'Remiss 1' }),
  },
  {
    name: 'share it',
    changes: true,
    expected: { owner: 200, editor: 403, reader: 403, none: 404, admin: 200 },
    run: (h, u, id) =>
      h.call(u, 'PUT', `/api/processes/${id}/access`, {
        entries: [{ principalType: 'group', principalId: 'Plan', role: 'reader' }],
      }),
  },
  {
    name: 'delete it',
    changes: true,
    expected: { owner: 204, editor: 403, reader: 403, none: 404, admin: 204 },
    run: (h, u, id) => h.call(u, 'DELETE', `/api/processes/${id}`),
  },
];

describe.each(DIALECTS)('rights (%s)', (dialect) => {
  const h = useHarness(dialect);

  async function cast(): Promise<Record<Actor, SessionUser>> {
    const db = h().db;
    return {
      owner: await seedUser(db, 'Anna'),
      editor: await seedUser(db, 'Bo', ['reader']),
      reader: await seedUser(db, 'Rita', ['reader']),
      // An app editor may create processes, which gives no right on anyone else's.
      none: await seedUser(db, 'Cecilia', ['editor']),
      admin: await seedUser(db, 'Ada', ['admin']),
    };
  }

  async function sharedBy(who: Record<Actor, SessionUser>): Promise<string> {
    const id = await share(h(), who.owner);
    const res = await h().call(who.owner, 'PUT', `/api/processes/${id}/access`, {
      entries: [
        { principalType: 'user', principalId: who.editor.id, role: 'editor' },
        { principalType: 'user', principalId: who.reader.id, role: 'reader' },
      ],
    });
    expect(res.status).toBe(200);
    return id;
  }

  it.each(ACTIONS)('$name', async (action) => {
    const who = await cast();
    for (const actor of ACTORS) {
      const id = await sharedBy(who);
      const before = await counts(h());
      const res = await action.run(h(), who[actor], id);
      expect([actor, res.status]).toEqual([actor, action.expected[actor]]);
      const after = await counts(h());
      if (res.status >= 400) {
        expect(after).toEqual(before);
        const body = (await res.json()) as { error: string };
        // The same answer as for a process that does not exist: nothing is learnt.
        if (res.status === 404) expect(body).toEqual({ error: 'notFound' });
      } else {
        expect(after.audit - before.audit).toBe(action.changes ? 1 : 0);
      }
    }
  });

  it('answers a missing process exactly as one without a read right', async () => {
    const who = await cast();
    const id = await sharedBy(who);
    const hidden = await h().call(who.none, 'GET', `/api/processes/${id}`);
    const missing = await h().call(
      who.none,
      'GET',
      '/api/processes/p-00000000-0000-4000-8000-000000000000',
    );
    expect([hidden.status, await hidden.text()]).toEqual([missing.status, await missing.text()]);
  });

  it('refuses a create to someone without the editor or admin app role', async () => {
    const reader = await seedUser(h().db, 'Rita', ['reader']);
    const before = await counts(h());
    const res = await h().call(reader, 'POST', '/api/processes', processFile('Bygglov'));
    expect(res.status).toBe(403);
    expect(await counts(h())).toEqual(before);
  });

  it('hides a deleted process from everyone, its owner too', async () => {
    const who = await cast();
    const id = await sharedBy(who);
    expect((await h().call(who.owner, 'DELETE', `/api/processes/${id}`)).status).toBe(204);
    for (const actor of ACTORS) {
      expect((await h().call(who[actor], 'GET', `/api/processes/${id}`)).status).toBe(404);
    }
    const library = (await (await h().call(who.admin, 'GET', '/api/library')).json()) as {
      processes: unknown[];
    };
    expect(library.processes).toEqual([]);
  });
});
