// Named versions of a shared process (and the automatic ones at a status change).
import { newId } from '../../domain/model/ids';
import type { Db, SessionUser } from '../http/env';
import { writeAudit } from './audit';

export interface RevisionView {
  id: string;
  createdAt: string;
  kind: string;
  name: string;
  authorName: string;
}

export async function listRevisions(db: Db, processId: string): Promise<RevisionView[]> {
  const rows = await db
    .selectFrom('revisions')
    .innerJoin('users', 'users.id', 'revisions.author_user_id')
    .select([
      'revisions.id',
      'revisions.created_at',
      'revisions.kind',
      'revisions.name',
      'users.name as authorName',
    ])
    .where('revisions.process_id', '=', processId)
    .orderBy('revisions.created_at', 'desc')
    .orderBy('revisions.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    kind: r.kind,
    name: r.name,
    authorName: r.authorName,
  }));
}

/** The current JSON kept under `name`; null when the process is gone. */
export async function createRevision(
  db: Db,
  user: SessionUser,
  processId: string,
  name: string,
): Promise<RevisionView | null> {
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('processes')
      .select('json')
      .where('id', '=', processId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (current === undefined) return null;
    const id = newId('r');
    await trx
      .insertInto('revisions')
      .values({
        id,
        process_id: processId,
        created_at: now,
        kind: 'named',
        name,
        json: current.json,
        author_user_id: user.id,
      })
      .execute();
    await writeAudit(
      trx,
      { userId: user.id, processId, action: 'revision.create', detail: { revisionId: id } },
      now,
    );
    return { id, createdAt: now, kind: 'named', name, authorName: user.name };
  });
}

export async function readRevision(
  db: Db,
  processId: string,
  revisionId: string,
): Promise<unknown> {
  const row = await db
    .selectFrom('revisions')
    .select('json')
    .where('id', '=', revisionId)
    .where('process_id', '=', processId)
    .executeTakeFirst();
  return row === undefined ? null : JSON.parse(row.json);
}

/**
 * The automatic revision a changed status keeps (kind 'status', named after the new status),
 * written in the change's transaction by every writer of a process: HTTP saves and co-editing.
 */
export async function keepStatusRevision(
  trx: Db,
  at: { processId: string; status: string; json: string; authorId: string; now: string },
): Promise<string> {
  const id = newId('r');
  await trx
    .insertInto('revisions')
    .values({
      id,
      process_id: at.processId,
      created_at: at.now,
      kind: 'status',
      name: at.status,
      json: at.json,
      author_user_id: at.authorId,
    })
    .execute();
  return id;
}
