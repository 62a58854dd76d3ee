// The app's view of the municipality's server (types.ts' ServerState), filled by the actions and
// the sync engine. Nothing here talks to the network.
import { create } from 'zustand';
import type { SyncRow } from './ports';
import type { ServerState } from './types';

export const useServer = create<ServerState>()(() => ({
  status: 'checking',
  mode: null,
  user: null,
  library: [],
  sync: {},
}));

/** The UI's view of the sync rows: a conflict shows until the person has looked. */
export function syncView(rows: Iterable<SyncRow>): ServerState['sync'] {
  const out: ServerState['sync'] = {};
  for (const row of rows)
    out[row.id] = {
      state: row.conflicts > 0 ? 'conflict' : row.dirty ? 'pending' : 'synced',
      role: row.role,
      conflicts: row.conflicts,
    };
  return out;
}
