// Where a co-edited process lives on the server: its Y document (table ydocs, base64) and, when the
// document's projection passes the load gate, the processes row the HTTP API serves. One store is
// one transaction, so a crash leaves either both or neither.
import { loadDocument } from '../../domain/load/loadDocument';
import type { Process, RegisterEntry } from '../../domain/model/types';
import { toProcessFile } from '../../formats/json/processFile';
import type { Db } from '../http/env';
import { writeAudit } from '../store/audit';
import { stored } from '../store/processes';
import { listRegister } from '../store/register';
import { keepStatusRevision } from '../store/revisions';

export async function readYState(db: Db, name: string): Promise<Uint8Array | null> {
  const row = await db
    .selectFrom('ydocs')
    .select('state')
    .where('name', '=', name)
    .executeTakeFirst();
  return row === undefined ? null : new Uint8Array(Buffer.from(row.state, 'base64'));
}

async function upsertYState(trx: Db, name: string, state: Uint8Array, now: string) {
  const text = Buffer.from(state).toString('base64');
  await trx
    .insertInto('ydocs')
    .values({ name, state: text, updated_at: now })
    .onConflict((oc) => oc.column('name').doUpdateSet({ state: text, updated_at: now }))
    .execute();
}

/** Stores a new document's first state, unless one is there already (then that one wins). */
export async function createYState(db: Db, name: string, state: Uint8Array): Promise<void> {
  await db
    .insertInto('ydocs')
    .values({
      name,
      state: Buffer.from(state).toString('base64'),
      updated_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

/** The stored process (live, not deleted) as the load gate reads it, or null. */
export async function readStoredProcess(
  db: Db,
  id: string,
): Promise<{ process: Process; register: RegisterEntry[] } | null> {
  const row = await db
    .selectFrom('processes')
    .select('json')
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return null;
  const loaded = loadDocument(row.json);
  return loaded.ok ? { process: loaded.file.process, register: loaded.file.register } : null;
}

export type StoreOutcome = 'stored' | 'unchanged' | 'invalid' | 'gone' | 'raced';

/**
 * Stores the Y state and, when `projection` is a valid process that differs from the stored JSON,
 * the processes row (revision + 1, changed by the last writer) with one 'process.collab' audit row.
 * `projection` null: the document did not project to a valid process; the JSON stays as it was.
 */
export async function storeCollab(
  db: Db,
  input: {
    name: string;
    processId: string;
    state: Uint8Array;
    projection: Process | null;
    userId: string | null;
    editors: string[];
  },
): Promise<StoreOutcome> {
  const now = new Date().toISOString();
  const serverRegister = await listRegister(db);
  return db.transaction().execute(async (trx) => {
    await upsertYState(trx, input.name, input.state, now);
    const row = await trx
      .selectFrom('processes')
      .select(['json', 'status', 'revision', 'changed_by_user_id'])
      .where('id', '=', input.processId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (row === undefined) return 'gone';
    if (input.projection === null) return 'invalid';
    // The register entries the process refers to: those stored with it, then the server's.
    const before = JSON.parse(row.json) as { register?: RegisterEntry[] };
    const own = before.register ?? [];
    const register = [...own, ...serverRegister.filter((e) => !own.some((o) => o.id === e.id))];
    // The same gate, and the same normal form, as an HTTP save (store/processes.ts).
    const gate = loadDocument(
      toProcessFile({ ...input.projection, id: input.processId }, register),
    );
    if (!gate.ok) return 'invalid';
    const next = stored(gate.file, input.processId);
    if (next.json === row.json) return 'unchanged';
    const { json } = next;
    const revision = Number(row.revision) + 1;
    const updated = await trx
      .updateTable('processes')
      .set({
        ...next.columns,
        json,
        changed_at: now,
        changed_by_user_id: input.userId ?? row.changed_by_user_id,
        revision,
      })
      .where('id', '=', input.processId)
      // An HTTP save that committed since the read above wins this round; it writes itself into
      // the Y document next (collab.httpSaved), whose store then holds both.
      .where('revision', '=', row.revision)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return 'raced';
    let statusRevision: string | undefined;
    if (row.status !== next.status) {
      // As an HTTP save does: a changed status keeps a 'status' revision of what was stored.
      statusRevision = await keepStatusRevision(trx, {
        processId: input.processId,
        status: next.status,
        json,
        authorId: input.userId ?? row.changed_by_user_id,
        now,
      });
    }
    await writeAudit(
      trx,
      {
        userId: input.userId,
        processId: input.processId,
        action: 'process.collab',
        detail: { revision, editors: input.editors, statusRevision },
      },
      now,
    );
    return 'stored';
  });
}
