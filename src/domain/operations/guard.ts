// `expect` on an update: the values the change assumes are there. A field whose value is no
// longer the expected one was changed by someone else since, and is left as they made it. This is
// what keeps an undo from taking back another tab's or person's edit of the same thing.
export const same = (a: unknown, b: unknown): boolean =>
  a === b || JSON.stringify(a) === JSON.stringify(b);

type Fields = Record<string, unknown>;

/** The patch's fields whose current value is the expected one (all of them without `expect`). */
export function guarded<T extends object>(current: T, patch: T, expect?: Partial<T>): T {
  if (!expect) return patch;
  const out: Fields = {};
  const now = current as Fields;
  const want = expect as Fields;
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in want) || same(now[key], want[key])) out[key] = value;
  }
  return out as T;
}

/** True when applying `patch` to `current` would change nothing. */
export function changesNothing(current: object, patch: object): boolean {
  const now = current as Fields;
  return Object.entries(patch).every(([key, value]) => same(now[key], value));
}
