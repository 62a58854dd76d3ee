// Lane order as fractional-index keys: a lane's place is its `order` string, so two people
// moving lanes at once each change one lane's key and no lane is ever duplicated or lost (with
// array positions, two moves could). Lanes sort by (order, id); equal keys from two people
// inserting at the same place still sort the same everywhere.
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import type { Lane, Process } from '../model/types';
import { LIMITS } from '../schema/limits';

export function compareOrder(
  a: { order?: string; id: string },
  b: { order?: string; id: string },
): number {
  const x = a.order ?? '';
  const y = b.order ?? '';
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A key between two others (either may be missing); never throws on keys out of order. */
export function keyBetween(before: string | null | undefined, after: string | null | undefined) {
  const a = before || null;
  const b = after || null;
  // Keys come from files too; the normaliser respreads invalid ones, this only must not throw.
  try {
    if (a !== null && b !== null && a >= b) return generateKeyBetween(a, null);
    return generateKeyBetween(a, b);
  } catch {
    return isOrderKey(a) ? generateKeyBetween(a, null) : generateKeyBetween(null, null);
  }
}

/** A key fractional-indexing accepts (a file may hold any string of the right characters). */
export function isOrderKey(key: string | null | undefined): key is string {
  // The library checks the key's head, not every character: the schema's rule is checked here.
  if (!key || key.length > LIMITS.orderKey || !/^[0-9A-Za-z]+$/.test(key)) return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

export function spreadKeys(n: number): string[] {
  return generateNKeysBetween(null, null, n);
}

/**
 * The key that puts `laneId` (a lane being moved, or a new one) at `index` among the other
 * lanes, as the lane list would show it after the move.
 */
export function laneOrderAt(doc: Process, index: number, laneId?: string): string {
  const others = doc.lanes.filter((l) => l.id !== laneId);
  const at = Math.max(0, Math.min(Math.round(index), others.length));
  return keyBetween(others[at - 1]?.order, others[at]?.order);
}

/** The key for a lane added below all others. */
export function laneOrderAfterLast(lanes: readonly Lane[]): string {
  return keyBetween(lanes[lanes.length - 1]?.order, null);
}
