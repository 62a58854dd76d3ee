// Who has which right on a process. The owner entry is set at creation and never replaced here.
import type { AccessRole, PrincipalType } from '../db/schema';
import type { Db, SessionUser } from '../http/env';
import { writeAudit } from './audit';

export interface AccessEntry {
  principalType: PrincipalType;
  principalId: string;
  name: string;
  role: AccessRole;
}

export interface AccessGrant {
  principalType: PrincipalType;
  principalId: string;
  role: 'editor' | 'reader';
}

const ORDER: Record<AccessRole, number> = { owner: 0, editor: 1, reader: 2 };

/** Users by their name; groups and app roles are their own names. */
export async function listAccess(db: Db, processId: string): Promise<AccessEntry[]> {
  const rows = await db
    .selectFrom('process_access')
    .leftJoin('users', (join) =>
      join
        .onRef('users.id', '=', 'process_access.principal_id')
        .on('process_access.principal_type', '=', 'user'),
    )
    .select([
      'process_access.principal_type',
      'process_access.principal_id',
      'process_access.role',
      'users.name',
    ])
    .where('process_access.process_id', '=', processId)
    .execute();
  return rows
    .map((r) => ({
      principalType: r.principal_type,
      principalId: r.principal_id,
      name: r.name ?? r.principal_id,
      role: r.role,
    }))
    .sort((a, b) => ORDER[a.role] - ORDER[b.role] || a.name.localeCompare(b.name, 'sv'));
}

export async function ownerOf(db: Db, processId: string): Promise<string | null> {
  const row = await db
    .selectFrom('processes')
    .select('owner_user_id')
    .where('id', '=', processId)
    .executeTakeFirst();
  return row?.owner_user_id ?? null;
}

/** The user ids among `ids` that no user has. */
export async function unknownUsers(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const known = await db.selectFrom('users').select('id').where('id', 'in', ids).execute();
  const found = new Set(known.map((r) => r.id));
  return ids.filter((id) => !found.has(id));
}

/** Replaces every entry but the owner's with `grants` (one per principal; the last one counts). */
export async function setAccess(
  db: Db,
  user: SessionUser,
  processId: string,
  ownerId: string,
  grants: readonly AccessGrant[],
): Promise<void> {
  const now = new Date().toISOString();
  const byPrincipal = new Map<string, AccessGrant>();
  for (const g of grants) {
    if (g.principalType === 'user' && g.principalId === ownerId) continue;
    byPrincipal.set(`${g.principalType}\u0000${g.principalId}`, g);
  }
  const rows = [...byPrincipal.values()].map((g) => ({
    process_id: processId,
    principal_type: g.principalType,
    principal_id: g.principalId,
    role: g.role,
  }));
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('process_access')
      .where('process_id', '=', processId)
      .where('role', '!=', 'owner')
      .execute();
    if (rows.length > 0) await trx.insertInto('process_access').values(rows).execute();
    await writeAudit(
      trx,
      { userId: user.id, processId, action: 'access.set', detail: { entries: rows.length } },
      now,
    );
  });
}
