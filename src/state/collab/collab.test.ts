import { describe, expect, it } from 'vitest';
import { createLocalSession } from '../../document/localSession';
import { useServer } from '../server/store';
import { isLive, startCollab } from './collab';

describe('which processes the HTTP sync leaves alone', () => {
  it('those live on this device before, while the server offers co-editing (remembered offline)', async () => {
    startCollab({
      // No document open: no room is opened here.
      session: createLocalSession(),
      bind: () => () => undefined,
      storage: {
        openDoc: () => Promise.reject(new Error('no room expected')),
        readOffered: async () => true,
        readSyncBase: async () => null,
        rooms: async () => ['process:p-old', 'register:org'],
        writeOffered: async () => undefined,
      },
    });
    await new Promise((r) => setTimeout(r, 0));
    // Offline start: the server has not said; the remembered offer counts.
    expect(useServer.getState().collab).toBeUndefined();
    expect(isLive('p-old')).toBe(true);
    expect(isLive('p-never-live')).toBe(false);
    expect(isLive('org')).toBe(false);
    // A server without co-editing: the HTTP sync carries every shared process again.
    useServer.setState({ collab: false });
    expect(isLive('p-old')).toBe(false);
    useServer.setState({ collab: true });
    expect(isLive('p-old')).toBe(true);
  });
});
