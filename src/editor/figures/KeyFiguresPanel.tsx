// The key figures beside the diagram, recomputed as it changes, with the handover highlight.
import { useMemo } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { keyFigures } from '../../domain/analysis/keyFigures';
import type { Process } from '../../domain/model/types';
import { useRegisterStore } from '../../state/registerStore';
import { useSessionStore } from '../../state/sessionStore';
import { figureRows } from './figureRows';
import { MethodChecks } from './MethodChecks';

export function KeyFiguresPanel({ doc }: { doc: Process }) {
  const t = useT();
  const register = useRegisterStore((s) => s.entries);
  const showHandovers = useSessionStore((s) => s.showHandovers);
  const figures = useMemo(() => keyFigures(doc, register), [doc, register]);
  const name = (id: string) => register.find((e) => e.id === id)?.name ?? id;
  return (
    <aside className="key-figures" aria-labelledby="key-figures-title">
      <h2 id="key-figures-title" className="panel-title">
        {t('figures.title')}
      </h2>
      <p className="hint">{t('figures.help')}</p>
      <ul className="figure-list">
        {figureRows(t, figures).map(([label, value]) => (
          <li key={label}>
            <span>{label}</span> <strong>{value}</strong>
          </li>
        ))}
      </ul>
      <label className="check">
        <input
          type="checkbox"
          checked={showHandovers}
          onChange={(e) => useSessionStore.getState().setView({ showHandovers: e.target.checked })}
        />
        {t('figures.showHandovers')}
      </label>
      <h3>{t('figures.pairs')}</h3>
      {figures.handoverPairs.length === 0 ? (
        <p className="hint">{t('figures.noPairs')}</p>
      ) : (
        <ul className="figure-list">
          {figures.handoverPairs.map((p) => (
            <li key={`${p.from}>${p.to}`}>
              <span>{t('figures.pair', { from: name(p.from), to: name(p.to) })}</span>{' '}
              <strong>{p.count}</strong>
            </li>
          ))}
        </ul>
      )}
      <MethodChecks doc={doc} />
    </aside>
  );
}
