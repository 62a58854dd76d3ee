// The choice before a restore: merge or replace, with what each would do to this workspace,
// worked out from the database as it is now (restorePlan). Nothing is written until "Återställ".
import { useState } from 'react';
import { formatDateTime, useLanguage, useT } from '../platform/i18n/i18n';
import { navigate } from '../platform/router';
import type { RestoreMode, RestorePreview } from '../domain/backup/restorePlan';
import type { WorkspaceBackup } from '../formats/backup/backupFile';
import { documentSession } from '../state/documentSession';
import { services } from '../state/services';
import { useSessionStore } from '../state/sessionStore';
import { Dialog } from '../ui/Dialog';
import { makeBackup } from './makeBackup';
import { undoReplace } from './undoReplace';

export interface ChosenBackup {
  fileName: string;
  backup: WorkspaceBackup;
  previews: Record<RestoreMode, RestorePreview>;
}

const SHOWN = 8;
const GROUPS = [
  ['added', 'backup.added'],
  ['replaced', 'backup.replaced'],
  ['removed', 'backup.removed'],
  ['copied', 'backup.copied'],
  ['unchanged', 'backup.unchanged'],
] as const;

function TitleList({ id, heading, titles }: { id: string; heading: string; titles: string[] }) {
  const t = useT();
  if (titles.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <ul>
        {titles.slice(0, SHOWN).map((title, i) => (
          <li key={i}>{title}</li>
        ))}
        {titles.length > SHOWN && <li>{t('backup.more', { count: titles.length - SHOWN })}</li>}
      </ul>
    </section>
  );
}

export function RestoreDialog({ chosen, onClose }: { chosen: ChosenBackup; onClose(): void }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  // Merge first: it cannot lose anything.
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [busy, setBusy] = useState(false);
  const { backup, fileName } = chosen;
  const preview = chosen.previews[mode];
  const skipped = backup.skipped.processes + backup.skipped.revisions + backup.skipped.register;

  async function restore() {
    const { showAlert, showToast } = useSessionStore.getState();
    setBusy(true);
    try {
      await services().flush();
      // The open process may be replaced or removed; it is read again when next opened.
      documentSession.load(null);
      const done = await services().workspace.restore(backup.workspace, mode, {
        copySuffix: t('backup.copySuffix'),
        backupCreatedAt: backup.createdAt,
      });
      onClose();
      showToast({
        key: 'backup.restored',
        params: {
          added: done.added.length,
          replaced: done.replaced.length,
          removed: done.removed.length,
          copied: done.copied.length,
        },
        // What a replace took away is kept; the toast offers it back at once.
        action:
          mode === 'replace' ? { key: 'common.undo', run: () => void undoReplace() } : undefined,
      });
      navigate('/');
    } catch (e) {
      console.error(e);
      setBusy(false);
      showAlert({ key: 'backup.error.restoreFailed' });
    }
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && !busy && onClose()}
      title={t('backup.dialogTitle')}
      description={t('backup.dialogFile', {
        file: fileName,
        date: formatDateTime(language, backup.createdAt),
        processes: backup.workspace.processes.length,
        revisions: backup.workspace.revisions.length,
      })}
    >
      <div className="form">
        {skipped > 0 && <p className="hint">{t('backup.skipped', { count: skipped })}</p>}
        <fieldset className="checks">
          <legend>{t('backup.mode')}</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <div key={m}>
              <label>
                <input
                  type="radio"
                  name="restore-mode"
                  checked={mode === m}
                  disabled={Boolean(chosen.previews[m].refused)}
                  onChange={() => setMode(m)}
                  aria-describedby={`restore-${m}-help`}
                />
                {t(m === 'merge' ? 'backup.merge' : 'backup.replace')}
              </label>
              <p className="hint" id={`restore-${m}-help`}>
                {chosen.previews[m].refused
                  ? t('backup.replaceRefused')
                  : t(m === 'merge' ? 'backup.mergeHelp' : 'backup.replaceHelp')}
              </p>
            </div>
          ))}
        </fieldset>
        <div className="link-list" role="group" aria-label={t('backup.preview')}>
          {GROUPS.map(([group, key]) => (
            <TitleList
              key={group}
              id={`restore-${group}`}
              heading={t(key, { count: preview[group].length })}
              titles={preview[group]}
            />
          ))}
          <p className="hint">
            {t('backup.revisions', {
              added: preview.revisionsAdded,
              removed: preview.revisionsRemoved,
            })}
          </p>
          <p className="hint">
            {t('backup.registerSummary', {
              units: preview.register.units,
              groups: preview.register.customerGroups,
            })}
          </p>
          <TitleList
            id="restore-register-added"
            heading={t('backup.registerAdded', { count: preview.register.added.length })}
            titles={preview.register.added}
          />
          <TitleList
            id="restore-register-removed"
            heading={t('backup.registerRemoved', { count: preview.register.removed.length })}
            titles={preview.register.removed}
          />
        </div>
        {mode === 'replace' && (
          <button type="button" className="button" onClick={() => void makeBackup()}>
            {t('backup.saveCurrentFirst')}
          </button>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" disabled={busy} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => void restore()}
          >
            {t('backup.doRestore')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
