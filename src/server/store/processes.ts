// Storing process files: every write updates the summary columns the library lists, bumps the
// revision, and writes its audit row in the same transaction.
import { newId } from '../../domain/model/ids';
import type { ProcessFile } from '../../domain/model/types';
import { toProcessFile } from '../../formats/json/processFile';
import type { Db, SessionUser } from '../http/env';
import { writeAudit } from './audit';
import { foldForSearch } from './library';
import { keepStatusRevision } from './revisions';

const PROCESS_ID = /^p-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What is stored: the file as the app would export it, and the columns the library reads. Every
 * writer of a processes row uses it (the HTTP API here, co-editing in collab/store.ts).
 */
export function stored(file: ProcessFile, id: string) {
  const normal = toProcessFile({ ...file.process, id }, file.register);
  const p = normal.process;
  return {
    json: JSON.stringify(normal),
    status: p.status,
    columns: {
      title: p.title,
      status: p.status,
      category: p.category,
      variant: p.variant,
      tags_json: JSON.stringify(p.tags),
      search_text: foldForSearch([p.title, ...p.tags].join('\n')),
      steps: p.steps.length,
      lanes: p.lanes.length,
    },
  };
}

/** Keeps the file's id when well formed and never used on this server (deleted ones count). */
export async function createProcess(
  db: Db,
  user: SessionUser,
  file: ProcessFile,
): Promise<{ id: string }> {
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const wanted = file.process.id;
    const taken =
      !PROCESS_ID.test(wanted) ||
      (await trx
        .selectFrom('processes')
        .select('id')
        .where('id', '=', wanted)
        .executeTakeFirst()) !== undefined;
    const id = taken ? newId('p') : wanted;
    const { json, columns } = stored(file, id);
    await trx
      .insertInto('processes')
      .values({
        id,
        ...columns,
        owner_user_id: user.id,
        created_at: now,
        changed_at: now,
        changed_by_user_id: user.id,
        revision: 1,
        json,
        deleted_at: null,
      })
      .execute();
    await trx
      .insertInto('process_access')
      .values({ process_id: id, principal_type: 'user', principal_id: user.id, role: 'owner' })
      .execute();
    await writeAudit(
      trx,
      { userId: user.id, processId: id, action: 'process.create', detail: { fileId: wanted } },
      now,
    );
    return { id };
  });
}

export interface CurrentProcess {
  revision: number;
  file: unknown;
}

export async function readProcess(db: Db, id: string): Promise<CurrentProcess | null> {
  const row = await db
    .selectFrom('processes')
    .select(['revision', 'json'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row === undefined ? null : { revision: Number(row.revision), file: JSON.parse(row.json) };
}

export type UpdateResult =
  { ok: true; revision: number } | { ok: false; current: CurrentProcess | null };

/**
 * Stores the file when `baseRevision` is still the current revision. The check is in the UPDATE
 * itself, so two saves from the same base cannot both win. A changed status also keeps a
 * 'status' revision (remiss, fastställd) of what was stored.
 */
export async function updateProcess(
  db: Db,
  user: SessionUser,
  id: string,
  file: ProcessFile,
  baseRevision: number,
): Promise<UpdateResult> {
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('processes')
      .select(['status'])
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (before === undefined) return { ok: false, current: null };
    const next = stored(file, id);
    const result = await trx
      .updateTable('processes')
      .set({
        ...next.columns,
        json: next.json,
        changed_at: now,
        changed_by_user_id: user.id,
        revision: baseRevision + 1,
      })
      .where('id', '=', id)
      .where('revision', '=', baseRevision)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1)
      return { ok: false, current: await readProcess(trx, id) };
    let statusRevision: string | undefined;
    if (before.status !== next.status) {
      statusRevision = await keepStatusRevision(trx, {
        processId: id,
        status: next.status,
        json: next.json,
        authorId: user.id,
        now,
      });
    }
    const revision = baseRevision + 1;
    await writeAudit(
      trx,
      {
        userId: user.id,
        processId: id,
        action: 'process.update',
        detail: { revision, statusRevision },
      },
      now,
    );
    return { ok: true, revision };
  });
}

/** Soft delete: the row stays (its id is never given out again), the library no longer lists it. */
export async function deleteProcess(db: Db, user: SessionUser, id: string): Promise<boolean> {
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('processes')
      .set({ deleted_at: now })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await writeAudit(trx, { userId: user.id, processId: id, action: 'process.delete' }, now);
    return true;
  });
}
