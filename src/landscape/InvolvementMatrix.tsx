// Processes × units: where each unit takes part, with how many steps and handovers.
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../app/i18n/i18n';
import { involvementMatrix } from '../domain/analysis/involvement';
import type { ProcessSummary } from '../domain/model/summary';
import type { Process } from '../domain/model/types';
import { useRegisterStore } from '../state/registerStore';
import { services } from '../state/services';

export function InvolvementMatrix({ summaries }: { summaries: ProcessSummary[] }) {
  const t = useT();
  const register = useRegisterStore((s) => s.entries);
  const [processes, setProcesses] = useState<Process[]>([]);
  useEffect(() => {
    let cancelled = false;
    void Promise.all(summaries.map((p) => services().readProcess(p.id))).then((all) => {
      if (!cancelled) setProcesses(all.filter((p): p is Process => p !== null));
    });
    return () => {
      cancelled = true;
    };
  }, [summaries]);
  const matrix = useMemo(() => involvementMatrix(processes, register), [processes, register]);
  return (
    <section aria-labelledby="matrix-heading" className="matrix">
      <h2 id="matrix-heading">{t('matrix.heading')}</h2>
      <p className="hint">{t('matrix.help')}</p>
      {matrix.units.length === 0 ? (
        <p className="hint">{t('matrix.empty')}</p>
      ) : (
        <div className="matrix-scroll">
          <table className="process-table matrix-table">
            <thead>
              <tr>
                <th scope="col">{t('matrix.process')}</th>
                {matrix.units.map((u) => (
                  <th key={u.id} scope="col" title={u.name}>
                    {u.shortName || u.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map(({ process, cells }) => (
                <tr key={process.id}>
                  <th scope="row">{process.title}</th>
                  {matrix.units.map((u) => {
                    const c = cells.get(u.id);
                    return (
                      <td
                        key={u.id}
                        aria-label={
                          c
                            ? t('matrix.cellLabel', {
                                unit: u.name,
                                process: process.title,
                                steps: c.steps,
                                handovers: c.handovers,
                              })
                            : undefined
                        }
                        style={c ? { background: u.color } : undefined}
                      >
                        {c ? t('matrix.cell', { steps: c.steps, handovers: c.handovers }) : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
