// The saved versions of a process that cannot be read, each restorable: the version's content
// is written in its place (same id), after what could be read was kept as a version of its own,
// so a restore loses nothing the recovery view showed.
import { useEffect, useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { Process } from '../../domain/model/types';
import { useDateTimeFormat, useVersionLabel, versionTitle } from '../../history/versionLabels';
import { useSessionStore } from '../../state/sessionStore';
import { writeProcess } from '../../storage/processRepository';
import {
  addRevision,
  getRevision,
  observeRevisions,
  type RevisionEntry,
} from '../../storage/revisionRepository';

export function RecoveryVersions({
  processId,
  salvaged,
  onRestored,
  onError,
}: {
  processId: string;
  salvaged: Process | null;
  onRestored(): void;
  onError(error: unknown): void;
}) {
  const t = useT();
  const format = useDateTimeFormat();
  const labelOf = useVersionLabel();
  const [list, setList] = useState<RevisionEntry[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(
    () =>
      observeRevisions(processId, setList, (error) => {
        console.error(error);
        setList([]);
      }),
    [processId],
  );

  const restore = async (entry: RevisionEntry) => {
    if (busy) return;
    setBusy(true);
    try {
      const read = await getRevision(entry.id);
      if (!read.ok) {
        useSessionStore.getState().showAlert({ key: 'history.unreadable' });
        return;
      }
      if (salvaged) await addRevision({ process: { ...salvaged, id: processId }, kind: 'restore' });
      const createdAt = salvaged?.createdAt ?? read.process.createdAt;
      await writeProcess({ ...read.process, id: processId, createdAt });
      useSessionStore.getState().showToast({ key: 'recovery.restored' });
      onRestored();
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="recovery-versions" aria-labelledby="recovery-versions-title">
      <h2 id="recovery-versions-title">{t('recovery.versions')}</h2>
      <p className="hint">{t('recovery.versionsHint')}</p>
      {list === null && <p className="hint">{t('history.loading')}</p>}
      {list?.length === 0 && <p>{t('recovery.noVersions')}</p>}
      {list && list.length > 0 && (
        <ol className="revision-list" aria-labelledby="recovery-versions-title">
          {list.map((entry) => (
            <li key={entry.id} className={`revision revision-${entry.kind}`}>
              <div className="revision-head">
                <strong>{versionTitle(t, entry)}</strong>
                <time dateTime={entry.createdAt}>{format.format(new Date(entry.createdAt))}</time>
              </div>
              <p className="hint">
                {t('history.counts', { steps: entry.steps, lanes: entry.lanes })}
              </p>
              <button
                className="button"
                disabled={busy}
                aria-label={t('recovery.restoreOf', { version: labelOf(entry) })}
                onClick={() => void restore(entry)}
              >
                {t('recovery.restore')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
