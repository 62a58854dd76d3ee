// People as the server knows them: one row per (issuer, subject), refreshed at every sign-in so
// app roles and groups follow the identity provider.
import { randomUUID } from 'node:crypto';
import type { AppRole, UserRow } from '../db/schema';
import type { Db, SessionUser } from '../http/env';

const APP_ROLES: readonly AppRole[] = ['admin', 'editor', 'reader'];

export function appRoles(values: unknown): AppRole[] {
  if (!Array.isArray(values)) return [];
  const found = new Set<AppRole>();
  for (const v of values) {
    const role = typeof v === 'string' ? v.trim().toLowerCase() : '';
    if ((APP_ROLES as readonly string[]).includes(role)) found.add(role as AppRole);
  }
  return APP_ROLES.filter((r) => found.has(r));
}

function strings(values: unknown, max: number): string[] {
  if (!Array.isArray(values)) return [];
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0).slice(0, max);
}

function parseJsonArray(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return [];
  }
}

export function toSessionUser(row: Pick<UserRow, 'id' | 'name' | 'roles_json' | 'groups_json'>) {
  const user: SessionUser = {
    id: row.id,
    name: row.name,
    roles: appRoles(parseJsonArray(row.roles_json)),
    groups: strings(parseJsonArray(row.groups_json), 1000),
  };
  return user;
}

export interface SignedInPerson {
  issuer: string;
  subject: string;
  name: string;
  email?: string | null;
  roles: AppRole[];
  groups: string[];
}

export async function upsertUser(db: Db, person: SignedInPerson): Promise<UserRow> {
  const now = new Date().toISOString();
  const fields = {
    name: person.name,
    email: person.email ?? null,
    roles_json: JSON.stringify(person.roles),
    groups_json: JSON.stringify(person.groups),
    last_seen_at: now,
  };
  const find = () =>
    db
      .selectFrom('users')
      .selectAll()
      .where('issuer', '=', person.issuer)
      .where('subject', '=', person.subject)
      .executeTakeFirst();
  for (let attempt = 0; attempt < 2; attempt++) {
    const existing = await find();
    if (existing) {
      await db.updateTable('users').set(fields).where('id', '=', existing.id).execute();
      return { ...existing, ...fields };
    }
    const row: UserRow = {
      id: `u-${randomUUID()}`,
      issuer: person.issuer,
      subject: person.subject,
      created_at: now,
      ...fields,
    };
    try {
      await db.insertInto('users').values(row).execute();
      return row;
    } catch (error) {
      // The same person signing in twice at once: the other insert won, so update theirs.
      if (attempt > 0 || !(await find())) throw error;
    }
  }
  throw new Error('upsertUser: unreachable');
}
