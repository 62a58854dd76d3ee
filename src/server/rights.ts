// Who may do what with a shared process (docs/server-api.md, "Rights"). Pure: the routes load the
// caller's matching access entries and ask here.
import type { AccessRole, AppRole, PrincipalType } from './db/schema';
import type { SessionUser } from './http/env';

/** The caller's right on one process; 'admin' when it comes from the app role alone. */
export type ProcessRight = AccessRole | 'admin';

export interface Principal {
  type: PrincipalType;
  id: string;
}

/** Everything an access entry can name the caller by: their id, their groups, their app roles. */
export function principalsOf(user: SessionUser): Principal[] {
  return [
    { type: 'user', id: user.id },
    ...user.groups.map((id) => ({ type: 'group' as const, id })),
    ...user.roles.map((id) => ({ type: 'role' as const, id })),
  ];
}

export const isAdmin = (user: SessionUser): boolean => user.roles.includes('admin');
export const canCreate = (user: SessionUser): boolean =>
  user.roles.some((r: AppRole) => r === 'admin' || r === 'editor');

const RANK: Record<AccessRole, number> = { reader: 1, editor: 2, owner: 3 };

/**
 * The highest entry among those matching the caller; an admin who is not the owner gets 'admin'
 * (which may do all an owner may). null: no read right.
 */
export function rightOf(user: SessionUser, matching: readonly AccessRole[]): ProcessRight | null {
  const best = matching.reduce<AccessRole | null>(
    (top, role) => (top === null || RANK[role] > RANK[top] ? role : top),
    null,
  );
  if (best === 'owner') return best;
  if (isAdmin(user)) return 'admin';
  return best;
}

export const canWrite = (right: ProcessRight | null): boolean =>
  right === 'owner' || right === 'editor' || right === 'admin';
export const canShare = (right: ProcessRight | null): boolean =>
  right === 'owner' || right === 'admin';
