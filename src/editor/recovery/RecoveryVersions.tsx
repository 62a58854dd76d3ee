// The saved versions of a process that cannot be read, each restorable: the version's content
// is written in its place (same id), after what could be read was kept as a version of its own,
// so a restore loses nothing the recovery view showed.
import { useState } from 'react';
import { useT } from '../../platform/i18n/i18n';
import type { Process } from '../../domain/model/types';
import { useRevisions } from '../../history/useRevisions';
import { restoreOverUnreadable } from '../../history/versionActions';
import { useDateTimeFormat, useVersionLabel, versionTitle } from '../../history/versionLabels';
import type { RevisionEntry } from '../../state/services';

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
  const list = useRevisions(processId);
  const [busy, setBusy] = useState(false);

  const restore = async (entry: RevisionEntry) => {
    if (busy) return;
    setBusy(true);
    try {
      if (await restoreOverUnreadable(processId, entry.id, salvaged)) onRestored();
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
