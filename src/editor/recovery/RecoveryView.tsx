// A stored process the load gate refuses opens here instead of at a dead end: what could be
// read of it (salvaged part by part), a readable copy to go on with, its saved versions (each
// restorable), and the raw row as a file for whoever wants to mend it by hand.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { navigate, processPath } from '../../platform/router';
import { salvageProcess, type Salvage } from '../../domain/load/salvage';
import { fileNameFor } from '../../formats/json/processFile';
import { useSessionStore } from '../../state/sessionStore';
import { services } from '../../state/services';
import { downloadText } from '../../ui/download';
import { RecoveryVersions } from './RecoveryVersions';
import './RecoveryView.css';

/** Enough to recognise the process by; the copy has them all. */
const LISTED_STEPS = 30;

type Loaded = { row: unknown; salvage: Salvage | null } | 'loading' | 'gone';

export function RecoveryView({ id, onRestored }: { id: string; onRestored(): void }) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded>('loading');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let cancelled = false;
    void services()
      .readUnreadableRow(id)
      .then(
        (read) => {
          if (cancelled) return;
          setLoaded(read ? { row: read.row, salvage: salvageProcess(read.row) } : 'gone');
        },
        () => !cancelled && setLoaded('gone'),
      );
    return () => {
      cancelled = true;
    };
  }, [id]);
  useEffect(() => heading.current?.focus(), []);

  const salvage = typeof loaded === 'object' ? loaded.salvage : null;
  const title = salvage?.process.title ?? id;
  const failed = (error: unknown) => {
    console.error(error);
    useSessionStore.getState().showAlert({ key: 'recovery.failed' });
  };

  const saveCopy = async () => {
    if (!salvage || busy) return;
    setBusy(true);
    try {
      // Duplicating copies an unreadable row as far as it can be salvaged.
      const copyId = await services().duplicateProcess(id, t('recovery.copySuffix'));
      if (!copyId) throw new Error('Nothing to copy');
      useSessionStore.getState().showToast({ key: 'recovery.copySaved' });
      navigate(processPath(copyId));
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const exportRaw = () => {
    if (typeof loaded !== 'object') return;
    const text = JSON.stringify(loaded.row, null, 2);
    downloadText(
      fileNameFor(t('recovery.rawFileName', { title }), 'json'),
      text,
      'application/json',
    );
  };

  return (
    <main className="recovery" aria-label={t('recovery.aria', { title })}>
      <h1 ref={heading} tabIndex={-1}>
        {t('recovery.heading')}
      </h1>
      {loaded === 'loading' && <p className="hint">{t('common.loading')}</p>}
      {loaded === 'gone' && <p>{t('editor.missing')}</p>}
      {typeof loaded === 'object' && (
        <>
          <p>{t('recovery.intro')}</p>
          {salvage ? <Salvaged salvage={salvage} /> : <p>{t('recovery.nothing')}</p>}
          <div className="recovery-actions">
            <div>
              <button
                className="button primary"
                disabled={!salvage || busy}
                onClick={() => void saveCopy()}
              >
                {t('recovery.saveCopy')}
              </button>
              <p className="hint">{t('recovery.saveCopyHint')}</p>
            </div>
            <div>
              <button className="button" onClick={exportRaw}>
                {t('recovery.export')}
              </button>
              <p className="hint">{t('recovery.exportHint')}</p>
            </div>
          </div>
          <RecoveryVersions
            processId={id}
            salvaged={salvage?.process ?? null}
            onRestored={onRestored}
            onError={failed}
          />
        </>
      )}
      <button className="button ghost" onClick={() => navigate('/')}>
        ← {t('editor.back')}
      </button>
    </main>
  );
}

function Salvaged({ salvage }: { salvage: Salvage }) {
  const t = useT();
  const { found, kept, process } = salvage;
  const labels = useMemo(() => process.steps.map((s) => s.label).filter(Boolean), [process.steps]);
  return (
    <div className="recovery-found">
      <dl>
        <dt>{t('recovery.titleLabel')}</dt>
        <dd>{process.title}</dd>
      </dl>
      <p>
        {t('recovery.counts', {
          lanes: kept.lanes,
          lanesFound: found.lanes,
          steps: kept.steps,
          stepsFound: found.steps,
          connections: kept.connections,
          connectionsFound: found.connections,
        })}
      </p>
      {labels.length > 0 && (
        <>
          <h2>{t('recovery.stepList')}</h2>
          <ul className="recovery-steps">
            {labels.slice(0, LISTED_STEPS).map((label, i) => (
              <li key={i}>{label}</li>
            ))}
            {labels.length > LISTED_STEPS && (
              <li className="hint">
                {t('recovery.moreSteps', { count: labels.length - LISTED_STEPS })}
              </li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}
