// Whether the browser may evict our data, and how much space it uses. Only persistent storage
// is exempt from eviction (MDN StorageManager.persist), so we ask for it once work exists.
export interface StorageStatus {
  /** null: the browser cannot tell (no StorageManager). */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

function manager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

export async function storageStatus(): Promise<StorageStatus> {
  const m = manager();
  if (!m) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    m.persisted ? m.persisted().catch(() => null) : Promise.resolve(null),
    m.estimate ? m.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks for persistent storage; Chromium answers from its own heuristics without a prompt. */
export async function requestPersistence(): Promise<boolean | null> {
  const m = manager();
  if (!m?.persist) return null;
  try {
    return (await m.persisted?.()) || (await m.persist());
  } catch {
    return null;
  }
}
