// A full disk is told apart from other storage failures wherever a write can fail, features
// included, so the test sits here below them rather than in app/.
/** Dexie may report a full disk directly or wrapped inside an AbortError. */
export function isQuotaError(e: unknown): boolean {
  const named = (x: unknown) =>
    typeof x === 'object' && x !== null && (x as { name?: unknown }).name === 'QuotaExceededError';
  return (
    named(e) || (typeof e === 'object' && e !== null && named((e as { inner?: unknown }).inner))
  );
}
