// The names of co-editing rooms, shared by the server (server/collab), the client (state/collab)
// and the device's store (storage/collabRepository): a process's room in a compaction epoch is
// `process:<id>@<epoch>`, and epoch 0 keeps the name rooms had before epochs (collaboration.md §8).

export const ROOM_PREFIX = 'process:';
/** The token a client sends to read a retired epoch's final state (read-only). */
export const RETIRED_TOKEN = 'retired';
/** The refusal of a room that is not the process's current epoch: `epoch:<current>`. */
export const EPOCH_REASON = 'epoch:';

const EPOCH = '(0|[1-9][0-9]{0,8})';
const WITH_EPOCH = new RegExp(`^(.+)@${EPOCH}$`);

export interface RoomName {
  processId: string;
  epoch: number;
}

/** A process's room in an epoch; an id that itself looks epoched keeps its epoch written out. */
export function roomName(processId: string, epoch = 0): string {
  return epoch === 0 && !WITH_EPOCH.test(processId)
    ? ROOM_PREFIX + processId
    : `${ROOM_PREFIX}${processId}@${epoch}`;
}

/** The process and epoch a room name speaks of, or null for any other name. */
export function parseRoom(name: string): RoomName | null {
  if (!name.startsWith(ROOM_PREFIX)) return null;
  const rest = name.slice(ROOM_PREFIX.length);
  const m = WITH_EPOCH.exec(rest);
  if (m) return { processId: m[1]!, epoch: Number(m[2]) };
  return rest === '' ? null : { processId: rest, epoch: 0 };
}

/** The epoch of a room name (0 without one). */
export function epochOfRoom(room: string): number {
  return parseRoom(room)?.epoch ?? 0;
}

/** Whether a room name names its epoch. */
export function hasEpoch(room: string): boolean {
  return WITH_EPOCH.test(room.slice(ROOM_PREFIX.length));
}

/** The current epoch a refusal names (`epoch:<n>`), or null for any other refusal. */
export function epochFromReason(reason: string): number | null {
  if (!reason.startsWith(EPOCH_REASON)) return null;
  const n = reason.slice(EPOCH_REASON.length);
  return new RegExp(`^${EPOCH}$`).test(n) ? Number(n) : null;
}

/** The room's name without its epoch (`process:<id>`), the key a device lists its rooms by. */
export function roomWithoutEpoch(room: string): string {
  const parsed = parseRoom(room);
  return parsed ? ROOM_PREFIX + parsed.processId : room;
}
