// The process landscape (processkarta): the municipality's processes by category, the main
// processes as a chain of chevrons from the customer's need to value for the customer. A to-be
// (önskat läge) stands under the as-is it was made from, not beside it as another process.
import { useMemo, useState } from 'react';
import { useLanguage, useT } from '../platform/i18n/i18n';
import { navigate, processPath } from '../platform/router';
import { useLibraryStore } from '../state/libraryStore';
import { useRegisterStore } from '../state/registerStore';
import { useSessionStore } from '../state/sessionStore';
import { InvolvementMatrix } from './InvolvementMatrix';
import { MAP_CATEGORIES, mapGroups, type MapItem } from '../domain/analysis/mapRows';
import { useLibraryProcesses } from './useLibraryProcesses';
import './landscape.css';

export function LandscapeScreen() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const summaries = useLibraryStore((s) => s.processes);
  const processes = useLibraryProcesses(summaries);
  const [exporting, setExporting] = useState(false);
  // The summaries show at once; which as-is a to-be belongs to comes with the whole processes.
  const groups = useMemo(() => {
    const asIs = new Map((processes ?? []).map((p) => [p.id, p.asIsId]));
    const items: MapItem[] = summaries.map((s) => ({ ...s, asIsId: asIs.get(s.id) }));
    return mapGroups(items);
  }, [summaries, processes]);

  const exportPdf = () => {
    if (!processes) return;
    setExporting(true);
    void import('./mapExport')
      .then(({ exportMapPdf }) =>
        exportMapPdf(processes, useRegisterStore.getState().entries, t, language),
      )
      .catch((error: unknown) => {
        console.error(error);
        useSessionStore.getState().showAlert({ key: 'export.failed' });
      })
      .finally(() => setExporting(false));
  };

  const link = (item: MapItem, className: string, toBe: boolean) => (
    <a
      className={className}
      href={processPath(item.id)}
      onClick={(e) => {
        e.preventDefault();
        navigate(processPath(item.id));
      }}
    >
      <span className="landscape-title">{item.title}</span>
      {toBe && <span className="landscape-badge">{t('landscape.toBe')}</span>}
    </a>
  );

  return (
    <main className="library landscape" aria-labelledby="landscape-heading">
      <div className="library-head">
        <h1 id="landscape-heading">{t('landscape.heading')}</h1>
        <div className="landscape-actions no-print">
          <button
            className="button primary"
            onClick={exportPdf}
            disabled={!processes || exporting}
            aria-busy={exporting}
          >
            {exporting ? t('landscape.exportingPdf') : t('landscape.exportPdf')}
          </button>
          <button className="button" onClick={() => window.print()}>
            {t('landscape.print')}
          </button>
        </div>
      </div>
      <p className="hint">{t('landscape.help')}</p>
      {MAP_CATEGORIES.map((category) => {
        const inBand = groups.get(category) ?? [];
        const main = category === 'huvudprocess';
        return (
          <section
            key={category}
            className={`landscape-band band-${category}`}
            aria-labelledby={`band-${category}`}
          >
            <h2 id={`band-${category}`}>{t(`landscape.${category}`)}</h2>
            <div className="landscape-row">
              {main && <span className="landscape-end">{t('landscape.need')}</span>}
              {inBand.length === 0 ? (
                <p className="hint">{t('landscape.empty')}</p>
              ) : (
                <ul className={main ? 'chevrons' : 'boxes'}>
                  {inBand.map(({ item, toBes }) => (
                    <li key={item.id}>
                      {link(item, 'landscape-process', item.variant === 'onskat')}
                      {toBes.length > 0 && (
                        <ul
                          className="landscape-tobes"
                          aria-label={t('landscape.toBeOf', { title: item.title })}
                        >
                          {toBes.map((toBe) => (
                            <li key={toBe.id}>{link(toBe, 'landscape-tobe', true)}</li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {main && <span className="landscape-end">{t('landscape.value')}</span>}
            </div>
          </section>
        );
      })}
      <InvolvementMatrix processes={processes} />
    </main>
  );
}
