import { describe, expect, it } from 'vitest';
import { translate } from '../platform/i18n/i18n';
import type { ServerState, SharedItem } from '../state/server/types';
import {
  accountOf,
  canShareToLibrary,
  filterShared,
  hasServer,
  isReadOnly,
  registerMode,
  roleKey,
  syncKey,
} from './roles';

const user = (roles: ('admin' | 'editor' | 'reader')[]) => ({
  id: 'u1',
  name: 'Anna',
  roles,
  groups: [],
});

function item(patch: Partial<SharedItem>): SharedItem {
  return {
    id: 'p1',
    title: 'Bygglov',
    status: 'utkast',
    category: 'huvudprocess',
    variant: 'nulage',
    tags: [],
    ownerId: 'u1',
    ownerName: 'Anna Berg',
    changedAt: '2026-01-01T10:00:00Z',
    changedByName: 'Anna Berg',
    steps: 3,
    lanes: 2,
    revision: 1,
    role: 'owner',
    ...patch,
  };
}

describe('shared library roles', () => {
  it('labels every role in both languages', () => {
    expect(translate('sv', roleKey('owner'))).toBe('Ägare');
    expect(translate('sv', roleKey('editor'))).toBe('Redigerare');
    expect(translate('sv', roleKey('reader'))).toBe('Läsare');
    expect(translate('sv', roleKey('admin'))).toBe('Admin');
    expect(translate('en', roleKey('reader'))).toBe('Reader');
  });

  it('shows server UI only when a server answered or was seen', () => {
    expect(hasServer('none')).toBe(false);
    expect(hasServer('checking')).toBe(false);
    expect(['signedIn', 'signedOut', 'offline'].every((s) => hasServer(s as 'offline'))).toBe(true);
  });

  it('lets only signed-in editors and admins share', () => {
    expect(canShareToLibrary({ status: 'signedIn', user: user(['editor']) })).toBe(true);
    expect(canShareToLibrary({ status: 'signedIn', user: user(['admin']) })).toBe(true);
    expect(canShareToLibrary({ status: 'signedIn', user: user(['reader']) })).toBe(false);
    expect(canShareToLibrary({ status: 'offline', user: user(['editor']) })).toBe(false);
    expect(canShareToLibrary({ status: 'signedOut', user: null })).toBe(false);
  });

  it('keeps the account while offline and forgets it when signed out', () => {
    expect(accountOf({ status: 'offline', user: user(['reader']) })?.name).toBe('Anna');
    expect(accountOf({ status: 'signedOut', user: user(['reader']) })).toBeNull();
  });

  it('gives the register to admins on the server, read-only to others, local without a session', () => {
    expect(registerMode({ status: 'none', user: null })).toBe('local');
    expect(registerMode({ status: 'signedOut', user: null })).toBe('local');
    expect(registerMode({ status: 'signedIn', user: user(['admin']) })).toBe('server');
    expect(registerMode({ status: 'signedIn', user: user(['editor']) })).toBe('readOnly');
    expect(registerMode({ status: 'offline', user: user(['reader']) })).toBe('readOnly');
  });

  it('opens read-only for a reader, by the sync row or else the listed role', () => {
    const state: Pick<ServerState, 'sync' | 'library'> = {
      sync: { a: { state: 'synced', role: 'reader', conflicts: 0 } },
      library: [item({ id: 'b', role: 'reader' }), item({ id: 'c', role: 'editor' })],
    };
    expect(isReadOnly('a', state)).toBe(true);
    expect(isReadOnly('b', state)).toBe(true);
    expect(isReadOnly('c', state)).toBe(false);
    expect(isReadOnly('local', state)).toBe(false);
  });

  it('says conflict first, then offline, then syncing or synced', () => {
    expect(syncKey('offline', 'conflict')).toBe('syncStatus.conflict');
    expect(syncKey('offline', 'synced')).toBe('syncStatus.offline');
    expect(syncKey('signedIn', 'pending')).toBe('syncStatus.pending');
    expect(syncKey('signedIn', 'synced')).toBe('syncStatus.synced');
  });

  it('searches title, owner and tags by every word, newest first', () => {
    const items = [
      item({ id: '1', title: 'Bygglov', changedAt: '2026-01-01T00:00:00Z', tags: ['miljö'] }),
      item({ id: '2', title: 'Färdtjänst', ownerName: 'Bo Ek', changedAt: '2026-03-01T00:00:00Z' }),
      item({ id: '3', title: 'Bygglov, förenklat', changedAt: '2026-02-01T00:00:00Z' }),
    ];
    expect(filterShared(items, '').map((i) => i.id)).toEqual(['2', '3', '1']);
    expect(filterShared(items, 'BYGGLOV').map((i) => i.id)).toEqual(['3', '1']);
    expect(filterShared(items, 'bygglov miljö').map((i) => i.id)).toEqual(['1']);
    expect(filterShared(items, 'ek').map((i) => i.id)).toEqual(['2']);
    expect(filterShared(items, 'saknas')).toEqual([]);
  });
});
