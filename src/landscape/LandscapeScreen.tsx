// The process landscape (processkarta): the municipality's processes by category, the main
// processes as a chain of chevrons from the customer's need to value for the customer.
import { useT } from '../app/i18n/i18n';
import { navigate, processPath } from '../app/router';
import type { ProcessSummary } from '../domain/model/summary';
import type { Category } from '../domain/model/types';
import { useLibraryStore } from '../state/libraryStore';
import { InvolvementMatrix } from './InvolvementMatrix';

const BANDS: Category[] = ['ledningsprocess', 'huvudprocess', 'stodprocess'];

export function LandscapeScreen() {
  const t = useT();
  const processes = useLibraryStore((s) => s.processes);
  const byTitle = (a: ProcessSummary, b: ProcessSummary) => a.title.localeCompare(b.title, 'sv');
  return (
    <main className="library landscape" aria-labelledby="landscape-heading">
      <div className="library-head">
        <h1 id="landscape-heading">{t('landscape.heading')}</h1>
        {/* The browser's print dialog saves a PDF too; the print style drops the app's chrome. */}
        <button className="button no-print" onClick={() => window.print()}>
          {t('landscape.print')}
        </button>
      </div>
      <p className="hint">{t('landscape.help')}</p>
      {BANDS.map((category) => {
        const inBand = processes.filter((p) => p.category === category).sort(byTitle);
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
                  {inBand.map((p) => (
                    <li key={p.id}>
                      <a
                        href={processPath(p.id)}
                        onClick={(e) => {
                          e.preventDefault();
                          navigate(processPath(p.id));
                        }}
                      >
                        <span className="landscape-title">{p.title}</span>
                        {p.variant === 'onskat' && (
                          <span className="landscape-badge">{t('landscape.toBe')}</span>
                        )}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {main && <span className="landscape-end">{t('landscape.value')}</span>}
            </div>
          </section>
        );
      })}
      <InvolvementMatrix summaries={processes} />
    </main>
  );
}
