import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_DUE_DAYS, SNOOZE_DAYS, backupDue } from './reminder';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-06-01T12:00:00Z');
const daysAgo = (d: number) => new Date(now - d * DAY).toISOString();

describe('backupDue', () => {
  it('is quiet with nothing to lose', () => {
    expect(backupDue({ processCount: 0, lastBackupAt: null, dismissedAt: null, now })).toBe(false);
  });

  it('reminds when no backup was ever made, or the last is older than 30 days', () => {
    expect(backupDue({ processCount: 1, lastBackupAt: null, dismissedAt: null, now })).toBe(true);
    const at = (d: number) =>
      backupDue({ processCount: 3, lastBackupAt: daysAgo(d), dismissedAt: null, now });
    expect(at(BACKUP_DUE_DAYS - 0.01)).toBe(false);
    expect(at(BACKUP_DUE_DAYS)).toBe(true);
    expect(at(400)).toBe(true);
  });

  it('stays quiet for 7 days after it was dismissed, then reminds again', () => {
    const dismissed = (d: number) =>
      backupDue({ processCount: 1, lastBackupAt: daysAgo(90), dismissedAt: daysAgo(d), now });
    expect(dismissed(0)).toBe(false);
    expect(dismissed(SNOOZE_DAYS - 0.01)).toBe(false);
    expect(dismissed(SNOOZE_DAYS)).toBe(true);
  });

  it('reads unreadable stored times as never', () => {
    expect(
      backupDue({ processCount: 1, lastBackupAt: 'garbage', dismissedAt: 'also garbage', now }),
    ).toBe(true);
  });

  it('a recent backup always silences it; without processes it is always silent', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 10_000 }),
        fc.option(fc.double({ min: 0, max: 1000, noNaN: true })),
        fc.double({ min: 0, max: BACKUP_DUE_DAYS - 0.001, noNaN: true }),
        (count, dismissedDays, backupDays) => {
          const dismissedAt = dismissedDays === null ? null : daysAgo(dismissedDays);
          expect(
            backupDue({ processCount: count, lastBackupAt: daysAgo(backupDays), dismissedAt, now }),
          ).toBe(false);
          expect(backupDue({ processCount: 0, lastBackupAt: null, dismissedAt, now })).toBe(false);
        },
      ),
    );
  });
});
