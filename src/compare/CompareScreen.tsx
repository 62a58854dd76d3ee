// A to-be beside the as-is it was made from: the key figures before and after, what changed,
// and both flows. Read-only; each flow opens in the editor.
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../app/i18n/i18n';
import { navigate, processPath } from '../app/router';
import { compareProcesses } from '../domain/analysis/compare';
import type { Process } from '../domain/model/types';
import { diagramImageUrl } from '../editor/export/exportActions';
import { changeGroups, comparisonRows } from '../editor/figures/comparisonText';
import { useRegisterStore } from '../state/registerStore';
import { services } from '../state/services';

type Loaded = { toBe: Process; asIs: Process | null } | 'loading' | 'missing';

export function CompareScreen({ id }: { id: string }) {
  const t = useT();
  const register = useRegisterStore((s) => s.entries);
  const [loaded, setLoaded] = useState<Loaded>('loading');
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const toBe = await services().readProcess(id);
      const asIs = toBe?.asIsId ? await services().readProcess(toBe.asIsId) : null;
      if (!cancelled) setLoaded(toBe ? { toBe, asIs } : 'missing');
    })();
    return () => {
      cancelled = true;
    };
  }, [id]);
  const comparison = useMemo(
    () =>
      typeof loaded === 'object' && loaded.asIs
        ? compareProcesses(loaded.asIs, loaded.toBe, register)
        : null,
    [loaded, register],
  );

  const pictures = useMemo(
    () =>
      typeof loaded === 'object'
        ? new Map(
            [loaded.toBe, ...(loaded.asIs ? [loaded.asIs] : [])].map((p) => [
              p.id,
              diagramImageUrl(p, register, t),
            ]),
          )
        : new Map<string, string>(),
    [loaded, register, t],
  );

  if (loaded === 'loading') return <main className="editor-message">{t('common.loading')}</main>;
  if (loaded === 'missing' || !loaded.asIs || !comparison) {
    return (
      <main className="editor-message">
        <h1>{t(loaded === 'missing' ? 'editor.missing' : 'compare.missing')}</h1>
        <button className="button primary" onClick={() => navigate('/')}>
          {t('editor.back')}
        </button>
      </main>
    );
  }
  const { asIs, toBe } = loaded;
  const unit = (rid: string) => register.find((e) => e.id === rid)?.name ?? rid;
  const rows = comparisonRows(t, comparison);
  const groups = changeGroups(t, comparison, unit);
  const nothing =
    comparison.removed.length +
      comparison.added.length +
      comparison.movedUnit.length +
      comparison.relabelled.length ===
    0;

  return (
    <main className="library compare" aria-labelledby="compare-title">
      <h1 id="compare-title">
        {t('compare.heading')}: {toBe.title}
      </h1>
      <section aria-labelledby="compare-figures">
        <h2 id="compare-figures">{t('compare.figures')}</h2>
        <table className="process-table compare-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.figure')}</th>
              <th scope="col">{t('compare.asIs')}</th>
              <th scope="col">{t('compare.toBe')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, b, a]) => (
              <tr key={name} aria-label={`${name} ${t('compare.delta', { before: b, after: a })}`}>
                <th scope="row">{name}</th>
                <td>{b}</td>
                <td>{a}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="compare-changes">
        <h2 id="compare-changes">{t('compare.changes')}</h2>
        {nothing && <p className="hint">{t('compare.noChanges')}</p>}
        {groups.map((g) => (
          <ChangeList key={g.title} title={g.title} items={g.items} />
        ))}
      </section>
      <section aria-labelledby="compare-diagrams">
        <h2 id="compare-diagrams">{t('compare.diagrams')}</h2>
        {[asIs, toBe].map((p) => (
          <figure key={p.id} className="share-figure">
            <figcaption>
              <strong>{t(p.id === asIs.id ? 'compare.asIs' : 'compare.toBe')}</strong>{' '}
              <a
                href={processPath(p.id)}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(processPath(p.id));
                }}
              >
                {t('compare.openProcess', { title: p.title })}
              </a>
            </figcaption>
            <img className="share-diagram" src={pictures.get(p.id)} alt={p.title} />
          </figure>
        ))}
      </section>
    </main>
  );
}

function ChangeList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={`${i}-${item}`}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
