// The library listing: summary columns only (never the process JSON), filtered in SQL to what the
// caller may read.
import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { AccessRole, Database } from '../db/schema';
import type { Db, SessionUser } from '../http/env';
import { isAdmin, principalsOf, rightOf, type ProcessRight } from '../rights';
import type { SharedLibraryItem } from '../../domain/model/summary';

export type LibraryItem = SharedLibraryItem;

/** Lower case by Swedish rules: what search_text holds and what ?q= is compared with. */
export const foldForSearch = (text: string): string =>
  text.normalize('NFC').toLocaleLowerCase('sv');

/** Access rows naming the caller (their id, groups or app roles). */
export function matchesCaller(
  eb: ExpressionBuilder<Database, 'process_access'>,
  user: SessionUser,
) {
  return eb.or(
    principalsOf(user).map((p) =>
      eb.and([
        eb('process_access.principal_type', '=', p.type),
        eb('process_access.principal_id', '=', p.id),
      ]),
    ),
  );
}

/** The caller's entries on one process or on all, as processId → roles. */
async function callerRoles(
  db: Db,
  user: SessionUser,
  processId?: string,
): Promise<Map<string, AccessRole[]>> {
  let query = db
    .selectFrom('process_access')
    .select(['process_id', 'role'])
    .where((eb) => matchesCaller(eb, user));
  if (processId !== undefined) query = query.where('process_id', '=', processId);
  const roles = new Map<string, AccessRole[]>();
  for (const row of await query.execute()) {
    roles.set(row.process_id, [...(roles.get(row.process_id) ?? []), row.role]);
  }
  return roles;
}

/** The caller's right on a live process; null when it is missing, deleted, or not theirs to read. */
export async function rightOn(
  db: Db,
  user: SessionUser,
  processId: string,
): Promise<ProcessRight | null> {
  const row = await db
    .selectFrom('processes')
    .select('id')
    .where('id', '=', processId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return null;
  const roles = await callerRoles(db, user, processId);
  return rightOf(user, roles.get(processId) ?? []);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export async function listLibrary(
  db: Db,
  user: SessionUser,
  opts: { q?: string; id?: string } = {},
): Promise<LibraryItem[]> {
  let query = db
    .selectFrom('processes as p')
    .innerJoin('users as o', 'o.id', 'p.owner_user_id')
    .innerJoin('users as c', 'c.id', 'p.changed_by_user_id')
    .select([
      'p.id',
      'p.title',
      'p.status',
      'p.category',
      'p.variant',
      'p.tags_json',
      'p.owner_user_id',
      'o.name as ownerName',
      'p.changed_at',
      'c.name as changedByName',
      'p.steps',
      'p.lanes',
      'p.revision',
    ])
    .where('p.deleted_at', 'is', null)
    .orderBy('p.changed_at', 'desc')
    .orderBy('p.id');
  if (!isAdmin(user)) {
    query = query.where('p.id', 'in', (eb) =>
      eb
        .selectFrom('process_access')
        .select('process_access.process_id')
        .where((inner) => matchesCaller(inner, user)),
    );
  }
  if (opts.id !== undefined) query = query.where('p.id', '=', opts.id);
  const q = foldForSearch(opts.q ?? '').trim();
  if (q !== '') {
    const pattern = `%${escapeLike(q)}%`;
    // An explicit escape character: SQLite has none by default, PostgreSQL's is the same one.
    query = query.where(sql<SqlBool>`p.search_text like ${pattern} escape '\\'`);
  }
  const [rows, roles] = await Promise.all([query.execute(), callerRoles(db, user, opts.id)]);
  return rows.flatMap((r) => {
    const role = rightOf(user, roles.get(r.id) ?? []);
    if (role === null) return [];
    return [
      {
        id: r.id,
        title: r.title,
        status: r.status,
        category: r.category,
        variant: r.variant,
        tags: JSON.parse(r.tags_json) as string[],
        ownerId: r.owner_user_id,
        ownerName: r.ownerName,
        changedAt: r.changed_at,
        changedByName: r.changedByName,
        steps: Number(r.steps),
        lanes: Number(r.lanes),
        revision: Number(r.revision),
        role,
      },
    ];
  });
}
