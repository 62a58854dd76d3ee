// One version up close: its flow as a picture (read-only), or compared with the process as it
// is now, with the key figures and the steps that differ (as on the as-is/to-be screen).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../platform/i18n/i18n';
import { compareProcesses } from '../domain/analysis/compare';
import type { Process } from '../domain/model/types';
import { diagramImageUrl } from '../editor/export/exportActions';
import { changeGroups, comparisonRows } from '../editor/figures/comparisonText';
import { useDocument } from '../state/documentSession';
import { useRegisterStore } from '../state/registerStore';
import { services, type RevisionEntry } from '../state/services';
import { useVersionLabel } from './versionLabels';
import { ErrorBoundary } from '../ui/ErrorBoundary';

type Loaded = Process | 'loading' | 'unreadable';

export function RevisionView({
  entry,
  mode,
  onMode,
  onBack,
  onRestore,
}: {
  entry: RevisionEntry;
  mode: 'preview' | 'compare';
  onMode(mode: 'preview' | 'compare'): void;
  onBack(): void;
  onRestore(): void;
}) {
  const t = useT();
  const label = useVersionLabel()(entry);
  const [loaded, setLoaded] = useState<Loaded>('loading');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let cancelled = false;
    void services()
      .versions.read(entry.id)
      .then(
        (read) => !cancelled && setLoaded(read.ok ? read.process : 'unreadable'),
        () => !cancelled && setLoaded('unreadable'),
      );
    return () => {
      cancelled = true;
    };
  }, [entry.id]);
  useEffect(() => heading.current?.focus(), [mode]);

  return (
    <div className="revisions revision-view">
      <h3 ref={heading} tabIndex={-1}>
        {label}
      </h3>
      <p className="hint">{t('history.counts', { steps: entry.steps, lanes: entry.lanes })}</p>
      <div className="revision-actions">
        <button className="button" onClick={onBack}>
          ← {t('history.back')}
        </button>
        <button
          className="button"
          aria-pressed={mode === 'preview'}
          onClick={() => onMode('preview')}
        >
          {t('history.showPicture')}
        </button>
        <button
          className="button"
          aria-pressed={mode === 'compare'}
          onClick={() => onMode('compare')}
        >
          {t('history.compare')}
        </button>
        <button
          className="button primary"
          disabled={typeof loaded !== 'object'}
          onClick={onRestore}
        >
          {t('history.restoreThis')}
        </button>
      </div>
      {loaded === 'loading' && <p className="hint">{t('common.loading')}</p>}
      {loaded === 'unreadable' && <p role="alert">{t('history.unreadable')}</p>}
      {typeof loaded === 'object' && (
        // A version that cannot be drawn leaves the list and the other versions usable.
        <ErrorBoundary resetKey={`${entry.id}-${mode}`}>
          {mode === 'preview' ? (
            <Picture process={loaded} label={label} />
          ) : (
            <Comparison version={loaded} />
          )}
        </ErrorBoundary>
      )}
    </div>
  );
}

function Picture({ process, label }: { process: Process; label: string }) {
  const t = useT();
  const register = useRegisterStore((s) => s.entries);
  // An <img> of our own SVG: a picture cannot be edited or run anything, whatever a label says.
  const src = useMemo(() => diagramImageUrl(process, register, t), [process, register, t]);
  return (
    <figure className="share-figure revision-figure">
      <img className="share-diagram" src={src} alt={t('history.picture', { version: label })} />
    </figure>
  );
}

function Comparison({ version }: { version: Process }) {
  const t = useT();
  const register = useRegisterStore((s) => s.entries);
  const current = useDocument((s) => s.doc);
  const comparison = useMemo(
    () => (current ? compareProcesses(version, current, register) : null),
    [version, current, register],
  );
  if (!comparison) return null;
  const unit = (rid: string) => register.find((e) => e.id === rid)?.name ?? rid;
  const groups = changeGroups(t, comparison, unit).filter((g) => g.items.length > 0);
  return (
    <section aria-labelledby="revision-comparison">
      <h4 id="revision-comparison">{t('history.comparison')}</h4>
      <table className="process-table compare-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.figure')}</th>
            <th scope="col">{t('history.then')}</th>
            <th scope="col">{t('history.now')}</th>
          </tr>
        </thead>
        <tbody>
          {comparisonRows(t, comparison).map(([name, then, now]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{then}</td>
              <td>{now}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {groups.length === 0 && <p className="hint">{t('history.noChanges')}</p>}
      {groups.map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h5>{g.title}</h5>
          <ul>
            {g.items.map((item, i) => (
              <li key={`${i}-${item}`}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
