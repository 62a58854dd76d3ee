// The audit log: one row per change, written in the change's own transaction.
import type { Db } from '../http/env';

export interface AuditInput {
  userId: string | null;
  processId: string | null;
  action: string;
  detail?: Record<string, unknown>;
}

export async function writeAudit(trx: Db, entry: AuditInput, at: string): Promise<void> {
  await trx
    .insertInto('audit')
    .values({
      at,
      user_id: entry.userId,
      process_id: entry.processId,
      action: entry.action,
      detail_json: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

export interface AuditView {
  at: string;
  userName: string | null;
  processId: string | null;
  action: string;
}

/** Newest first, at most `limit` rows. */
export async function listAudit(
  db: Db,
  processId: string | undefined,
  limit: number,
): Promise<AuditView[]> {
  let query = db
    .selectFrom('audit')
    .leftJoin('users', 'users.id', 'audit.user_id')
    .select(['audit.at', 'users.name as userName', 'audit.process_id', 'audit.action'])
    .orderBy('audit.id', 'desc')
    .limit(limit);
  if (processId !== undefined) query = query.where('audit.process_id', '=', processId);
  const rows = await query.execute();
  return rows.map((r) => ({
    at: r.at,
    userName: r.userName,
    processId: r.process_id,
    action: r.action,
  }));
}
