// The organisation register on the server: the default register until an admin changes it.
import { DEFAULT_REGISTER } from '../../domain/register/defaultRegister';
import type { RegisterEntry } from '../../domain/model/types';
import type { Db, SessionUser } from '../http/env';
import { writeAudit } from './audit';

const DEFAULT_ORDER = new Map(DEFAULT_REGISTER.map((e, i) => [e.id, i]));

/** The default register's order first (as the app shows it), then the added entries by name. */
function sorted(entries: RegisterEntry[]): RegisterEntry[] {
  const rank = (e: RegisterEntry) => DEFAULT_ORDER.get(e.id) ?? DEFAULT_ORDER.size;
  return entries.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'sv'));
}

export async function listRegister(db: Db): Promise<RegisterEntry[]> {
  const rows = await db.selectFrom('register_entries').select('json').execute();
  if (rows.length === 0) return [...DEFAULT_REGISTER];
  return sorted(rows.map((r) => JSON.parse(r.json) as RegisterEntry));
}

/** The first change stores the default register first, so changing one entry keeps the others. */
async function seedDefaults(trx: Db, now: string): Promise<void> {
  const any = await trx.selectFrom('register_entries').select('id').limit(1).executeTakeFirst();
  if (any !== undefined) return;
  await trx
    .insertInto('register_entries')
    .values(
      DEFAULT_REGISTER.map((e) => ({
        id: e.id,
        json: JSON.stringify(e),
        updated_at: now,
        updated_by_user_id: null,
      })),
    )
    .execute();
}

export async function putRegisterEntry(
  db: Db,
  user: SessionUser,
  entry: RegisterEntry,
): Promise<void> {
  const now = new Date().toISOString();
  const values = { json: JSON.stringify(entry), updated_at: now, updated_by_user_id: user.id };
  await db.transaction().execute(async (trx) => {
    await seedDefaults(trx, now);
    await trx
      .insertInto('register_entries')
      .values({ id: entry.id, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
    await writeAudit(
      trx,
      { userId: user.id, processId: null, action: 'register.update', detail: { id: entry.id } },
      now,
    );
  });
}

/** false: no such entry. */
export async function deleteRegisterEntry(db: Db, user: SessionUser, id: string): Promise<boolean> {
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    // Checked before seeding: a miss changes nothing, not even the seed.
    if (!(await listRegister(trx)).some((e) => e.id === id)) return false;
    await seedDefaults(trx, now);
    const result = await trx.deleteFrom('register_entries').where('id', '=', id).executeTakeFirst();
    if (Number(result.numDeletedRows) !== 1) return false;
    await writeAudit(
      trx,
      { userId: user.id, processId: null, action: 'register.delete', detail: { id } },
      now,
    );
    return true;
  });
}
