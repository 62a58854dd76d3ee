// Whether two versions of a process hold the same work. The change time is not work, and the key
// order of an object depends on where it came from (a stored row, an edit), so neither counts.
import type { Process } from '../model/types';

export function sameContent(a: Process, b: Process): boolean {
  if (a === b) return true;
  const { changedAt: _a, ...restA } = a;
  const { changedAt: _b, ...restB } = b;
  return equalValues(restA, restB);
}

function equalValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => equalValues(x, other[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  // A key holding undefined is the same as a missing key (a stored row drops it).
  const keys = (r: Record<string, unknown>) => Object.keys(r).filter((k) => r[k] !== undefined);
  const ka = keys(ra);
  if (ka.length !== keys(rb).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && equalValues(ra[k], rb[k]));
}
