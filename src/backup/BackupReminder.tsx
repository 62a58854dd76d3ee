// A gentle note in the library when there is work to lose and no backup for a month: one click
// makes the backup, "later" hides it for a week (both noted in the workspace's meta table, so
// every tab agrees). The clock is a parameter so the rule can be seen working.
import { useEffect, useState } from 'react';
import { formatDateTime, useLanguage, useT } from '../platform/i18n/i18n';
import { backupDue } from '../domain/backup/reminder';
import { useLibraryStore } from '../state/libraryStore';
import { services, type BackupStatus } from '../state/services';

export function BackupReminder({ now = () => Date.now() }: { now?: () => number }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const loaded = useLibraryStore((s) => s.loaded);
  const processCount = useLibraryStore((s) => s.processes.length);
  const [status, setStatus] = useState<BackupStatus | null>(null);
  useEffect(() => services().backup.observe(setStatus, (e) => console.error(e)), []);

  if (!loaded || !status) return null;
  const { lastBackupAt } = status;
  const due = backupDue({
    processCount,
    lastBackupAt,
    dismissedAt: status.reminderDismissedAt,
    now: now(),
  });
  if (!due) return null;
  const date = lastBackupAt ? formatDateTime(language, lastBackupAt) : '';
  return (
    <section className="library-head" aria-label={t('backup.reminderLabel')}>
      <p>{date ? t('backup.reminderOld', { date }) : t('backup.reminderNever')}</p>
      <div className="toolbar">
        <button
          className="button primary"
          onClick={() =>
            // Backup code loads on demand: the reminder is on the start screen.
            void import('./makeBackup').then((m) => m.makeBackup(new Date(now())))
          }
        >
          {t('backup.reminderNow')}
        </button>
        <button
          className="button"
          onClick={() => void services().backup.dismissReminder(new Date(now()))}
        >
          {t('backup.reminderLater')}
        </button>
      </div>
    </section>
  );
}
