import { describe, expect, it } from 'vitest';
import { collabStatus, setRoomStatus, useCollab } from './store';

const facts = (over: Partial<Parameters<typeof collabStatus>[0]>) => ({
  connection: 'connected',
  synced: true,
  unsyncedChanges: 0,
  triedBefore: true,
  ...over,
});

describe('collab status', () => {
  it('is synced only when connected, synced and nothing waits', () => {
    expect(collabStatus(facts({}))).toBe('synced');
    expect(collabStatus(facts({ unsyncedChanges: 2 }))).toBe('pending');
    expect(collabStatus(facts({ synced: false }))).toBe('pending');
  });

  it('is pending on the first connect and offline once the socket has dropped', () => {
    expect(collabStatus(facts({ connection: 'connecting', triedBefore: false }))).toBe('pending');
    expect(collabStatus(facts({ connection: 'connecting' }))).toBe('offline');
    expect(collabStatus(facts({ connection: 'disconnected', triedBefore: false }))).toBe('offline');
  });

  it('keeps one entry per live room and removes it when the room closes', () => {
    setRoomStatus('p-1', 'pending');
    setRoomStatus('p-1', 'synced');
    expect(useCollab.getState().rooms).toEqual({ 'p-1': 'synced' });
    setRoomStatus('p-1', null);
    expect(useCollab.getState().rooms).toEqual({});
  });
});
