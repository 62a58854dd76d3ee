// What the shared library's UI decides from the server state: who may do what, which label a
// role has, which sync text shows, and the search over the shared list.
import type { MessageKey } from '../platform/i18n/i18n';
import type { AccessRole, ServerState, SharedItem, SyncState } from '../state/server/types';

type Role = AccessRole | 'admin';
type Account = Pick<ServerState, 'status' | 'user'>;

export function roleKey(role: Role): MessageKey {
  return `role.${role}`;
}

/** Is a server there at all (then the library gets its tabs and the header its sign-in)? */
export function hasServer(status: ServerState['status']): boolean {
  return status === 'signedIn' || status === 'signedOut' || status === 'offline';
}

/** The person the app knows, also while the server is out of reach. */
export function accountOf({ status, user }: Account): ServerState['user'] {
  return status === 'signedIn' || status === 'offline' ? user : null;
}

/** Sharing a local process needs a live session and the app role editor or admin. */
export function canShareToLibrary({ status, user }: Account): boolean {
  return status === 'signedIn' && !!user?.roles.some((r) => r === 'editor' || r === 'admin');
}

/**
 * The register on this device: as before without a session ('local'), written to the server by
 * admins ('server'), and only looked at by everyone else signed in ('readOnly').
 */
export function registerMode(account: Account): 'local' | 'server' | 'readOnly' {
  const user = accountOf(account);
  if (!user) return 'local';
  return user.roles.includes('admin') ? 'server' : 'readOnly';
}

/** A shared process opens read-only when the caller's right is to read it. */
export function isReadOnly(
  id: string,
  { sync, library }: Pick<ServerState, 'sync' | 'library'>,
): boolean {
  const role = sync[id]?.role ?? library.find((item) => item.id === id)?.role;
  return role === 'reader';
}

export function syncKey(
  status: ServerState['status'],
  state: SyncState,
): 'syncStatus.synced' | 'syncStatus.pending' | 'syncStatus.offline' | 'syncStatus.conflict' {
  if (state === 'conflict') return 'syncStatus.conflict';
  if (status === 'offline') return 'syncStatus.offline';
  return state === 'pending' ? 'syncStatus.pending' : 'syncStatus.synced';
}

/** Every word of the query in the title, the owner or a tag; newest change first. */
export function filterShared(items: readonly SharedItem[], query: string): SharedItem[] {
  const words = query.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  return items
    .filter((item) => {
      const text = [item.title, item.ownerName, ...item.tags].join(' ').toLocaleLowerCase('sv');
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => (a.changedAt < b.changedAt ? 1 : a.changedAt > b.changedAt ? -1 : 0));
}
