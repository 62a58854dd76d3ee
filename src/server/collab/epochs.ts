// Compaction epochs (collaboration.md §8): a Y document only grows, so when a room is unloaded and
// its stored state is large, the server builds a fresh document from its validated projection
// (soft-deleted entities and every tombstone gone) and stores it as the next epoch's room. The old
// epoch's state stays read-only for devices that were offline across the change: they read its
// final state, merge their offline edits against it and write the result into the new room.
import * as Y from 'yjs';
import { parseRoom, roomName } from '../../domain/sync/rooms';
import type { Db } from '../http/env';
import { writeAudit } from '../store/audit';
import type { YMapping } from './collab';
import { readYState } from './store';

/** Room-wide state beside the process (the workshop timer: editor/workshop), carried over as it
 * is: plain values in a root map, which the projection does not see. */
const ROOM_MAPS = ['workshop'];

/** The process's current epoch, or null when it is gone (deleted or unknown). */
export async function currentEpoch(db: Db, processId: string): Promise<number | null> {
  const row = await db
    .selectFrom('processes')
    .select('epoch')
    .where('id', '=', processId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row === undefined ? null : Number(row.epoch);
}

/** Whether a retired room's final state is still kept. */
export async function isRetiredKept(db: Db, name: string): Promise<boolean> {
  const row = await db
    .selectFrom('ydocs')
    .select('retired_at')
    .where('name', '=', name)
    .executeTakeFirst();
  return row !== undefined && row.retired_at !== null;
}

export interface CompactPolicy {
  /** Rooms whose stored state is smaller are left alone. */
  minBytes: number;
  /** Compacted only when the fresh state is at most this share of the stored one: every epoch
   * keeps a retired copy and makes offline devices merge, so a small gain is not worth one. */
  maxRatio: number;
  /** Retired epochs older than this are deleted (devices offline longer merge from their base). */
  keepRetiredDays: number;
}

export const DEFAULT_POLICY: CompactPolicy = {
  minBytes: 512 * 1024,
  maxRatio: 0.75,
  keepRetiredDays: 90,
};

/**
 * The policy from the environment: COLLAB_COMPACT_BYTES, COLLAB_COMPACT_RATIO (0 < r ≤ 1; tests
 * force a compaction with bytes 0 and ratio 1) and COLLAB_KEEP_RETIRED_DAYS.
 */
export function policyFromEnv(env: Record<string, string | undefined>): CompactPolicy {
  const read = (name: string, fallback: number, ok: (n: number) => boolean) => {
    const n = Number(env[name]);
    return env[name] && Number.isFinite(n) && ok(n) ? n : fallback;
  };
  return {
    minBytes: read('COLLAB_COMPACT_BYTES', DEFAULT_POLICY.minBytes, (n) => n >= 0),
    maxRatio: read('COLLAB_COMPACT_RATIO', DEFAULT_POLICY.maxRatio, (n) => n > 0 && n <= 1),
    keepRetiredDays: read(
      'COLLAB_KEEP_RETIRED_DAYS',
      DEFAULT_POLICY.keepRetiredDays,
      (n) => n >= 0,
    ),
  };
}

export type CompactOutcome =
  | { kind: 'compacted'; epoch: number; before: number; after: number }
  | {
      kind: 'skipped';
      why: 'retired' | 'small' | 'invalid' | 'no-gain' | 'unequal' | 'raced';
      /** The stored state's size, when it was read. */
      bytes?: number;
    };

/**
 * Compacts the room `name` (not loaded right now) when the policy says so: the next epoch's room
 * gets a fresh document of the same projection, the process points at it and the old room is
 * retired, all in one transaction. `checked`: the size at which this room last gave no gain; it
 * is not built again until it has grown a tenth past that.
 */
export async function compactRoom(
  db: Db,
  mapping: YMapping,
  name: string,
  policy: CompactPolicy,
  checked = 0,
): Promise<CompactOutcome> {
  const room = parseRoom(name);
  if (room === null || (await currentEpoch(db, room.processId)) !== room.epoch)
    return { kind: 'skipped', why: 'retired' };
  const state = await readYState(db, name);
  if (state === null || state.length < Math.max(policy.minBytes, checked * 1.1))
    return { kind: 'skipped', why: 'small' };
  const old = new Y.Doc();
  Y.applyUpdate(old, state);
  const projection = mapping.project(old);
  // An invalid document keeps its history: what someone repairs there must not be cut off.
  if (projection === null) return (old.destroy(), { kind: 'skipped', why: 'invalid' });
  const fresh = mapping.create(projection);
  fresh.transact(() => {
    for (const name of ROOM_MAPS)
      for (const [key, value] of old.getMap(name).entries())
        if (!(value instanceof Y.AbstractType)) fresh.getMap(name).set(key, value);
  });
  old.destroy();
  const freshState = Y.encodeStateAsUpdate(fresh);
  const again = mapping.project(fresh);
  fresh.destroy();
  if (freshState.length >= state.length || freshState.length > state.length * policy.maxRatio)
    return { kind: 'skipped', why: 'no-gain', bytes: state.length };
  // The fresh document must show exactly what the old one showed, or nothing changes.
  if (JSON.stringify(again) !== JSON.stringify(projection))
    return { kind: 'skipped', why: 'unequal' };
  const epoch = room.epoch + 1;
  const now = new Date().toISOString();
  const cutoff = new Date(Date.now() - policy.keepRetiredDays * 86_400_000).toISOString();
  return db
    .transaction()
    .execute(async (trx): Promise<CompactOutcome> => {
      const moved = await trx
        .updateTable('processes')
        .set({ epoch })
        .where('id', '=', room.processId)
        .where('epoch', '=', room.epoch)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) return { kind: 'skipped', why: 'raced' };
      // Only a state stored after the read above would differ; then this round is skipped.
      const unchanged = await trx
        .updateTable('ydocs')
        .set({ retired_at: now })
        .where('name', '=', name)
        .where('state', '=', Buffer.from(state).toString('base64'))
        .executeTakeFirst();
      if (Number(unchanged.numUpdatedRows) !== 1) throw new RacedStore();
      await trx
        .insertInto('ydocs')
        .values({
          name: roomName(room.processId, epoch),
          state: Buffer.from(freshState).toString('base64'),
          updated_at: now,
        })
        .onConflict((oc) =>
          oc.column('name').doUpdateSet({
            state: Buffer.from(freshState).toString('base64'),
            updated_at: now,
            retired_at: null,
          }),
        )
        .execute();
      await trx.deleteFrom('ydocs').where('retired_at', '<', cutoff).execute();
      const detail = { epoch, bytesBefore: state.length, bytesAfter: freshState.length };
      await writeAudit(
        trx,
        { userId: null, processId: room.processId, action: 'process.compact', detail },
        now,
      );
      return { kind: 'compacted', epoch, before: state.length, after: freshState.length };
    })
    .catch((error: unknown) => {
      if (error instanceof RacedStore) return { kind: 'skipped', why: 'raced' } as const;
      throw error;
    });
}

/** Rolls the compaction's transaction back: the room was stored again meanwhile. */
class RacedStore extends Error {}
