// When to remind a person to make a backup: browser storage is not a safe place for the only
// copy (every comparable tool's tracker is full of "all my diagrams are gone"), yet a reminder
// that nags is one people learn to ignore. So: only with something to lose, after a month
// without a backup, and quiet for a week once dismissed.

export const BACKUP_DUE_DAYS = 30;
export const SNOOZE_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

export interface ReminderFacts {
  processCount: number;
  /** ISO times from the workspace's meta table; missing or unreadable counts as never. */
  lastBackupAt: string | null;
  dismissedAt: string | null;
  now: number;
}

export function backupDue({
  processCount,
  lastBackupAt,
  dismissedAt,
  now,
}: ReminderFacts): boolean {
  if (processCount === 0) return false;
  const last = time(lastBackupAt);
  if (last !== null && now - last < BACKUP_DUE_DAYS * DAY) return false;
  const dismissed = time(dismissedAt);
  return dismissed === null || now - dismissed >= SNOOZE_DAYS * DAY;
}

function time(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}
