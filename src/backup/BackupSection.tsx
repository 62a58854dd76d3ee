// Settings → Säkerhetskopia: the whole workspace to one file, and back from one. A file that is
// not a readable backup is refused with a reason before anything is shown or changed.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { formatDateTime, useLanguage, useT } from '../platform/i18n/i18n';
import { MAX_BACKUP_CHARS, parseBackup } from '../formats/backup/backupFile';
import { services } from '../state/services';
import { useSessionStore } from '../state/sessionStore';
import { nothingReadable } from '../domain/backup/restorePlan';
import { makeBackup } from './makeBackup';
import { RestoreDialog, type ChosenBackup } from './RestoreDialog';
import { undoReplace } from './undoReplace';

export function BackupSection() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const input = useRef<HTMLInputElement>(null);
  const [lastBackupAt, setLastBackupAt] = useState<string | null>(null);
  const [replacedAt, setReplacedAt] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ChosenBackup | null>(null);
  useEffect(
    () =>
      services().backup.observe(
        (status) => {
          setLastBackupAt(status.lastBackupAt);
          setReplacedAt(status.safetyCopyAt);
        },
        (e) => console.error(e),
      ),
    [],
  );

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const { showAlert } = useSessionStore.getState();
    showAlert(null);
    const fail = (code: string, version: number | string = '', count = 0) =>
      showAlert({ key: `backup.error.${code}`, params: { file: file.name, version, count } });
    // A backup is JSON, nearly all ASCII: more bytes than the decoder takes characters is too much.
    if (file.size > MAX_BACKUP_CHARS) return fail('tooLarge');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail('unreadable');
    }
    const result = parseBackup(text);
    if (!result.ok) return fail(result.error.code, result.error.version);
    // Neither way of restoring could do anything with it, and replacing would empty everything.
    if (nothingReadable(result.backup.workspace)) {
      const { processes, revisions, register } = result.backup.skipped;
      return fail('nothingReadable', '', processes + revisions + register);
    }
    try {
      await services().flush();
      const options = { copySuffix: t('backup.copySuffix') };
      const { workspace } = result.backup;
      const [merge, replace] = await Promise.all([
        services().workspace.previewRestore(workspace, 'merge', options),
        services().workspace.previewRestore(workspace, 'replace', options),
      ]);
      setChosen({ fileName: file.name, backup: result.backup, previews: { merge, replace } });
    } catch (error) {
      console.error(error);
      fail('restoreFailed');
    }
  }

  return (
    <section className="settings-section" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backup.heading')}</h2>
      <p className="hint">{t('backup.help')}</p>
      <p>
        {lastBackupAt
          ? t('backup.lastMade', { date: formatDateTime(language, lastBackupAt) })
          : t('backup.never')}
      </p>
      {replacedAt && (
        <p className="hint">
          {t('backup.safetyCopy', { date: formatDateTime(language, replacedAt) })}{' '}
          <button className="button small" onClick={() => void undoReplace()}>
            {t('backup.safetyCopyRestore')}
          </button>
        </p>
      )}
      <div className="toolbar">
        <button className="button primary" onClick={() => void makeBackup()}>
          {t('backup.make')}
        </button>
        <button className="button" onClick={() => input.current?.click()}>
          {t('backup.restore')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => void onFile(e)}
        />
      </div>
      {chosen && <RestoreDialog chosen={chosen} onClose={() => setChosen(null)} />}
    </section>
  );
}
