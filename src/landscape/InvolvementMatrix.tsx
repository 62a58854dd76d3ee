// Processes × units: where each unit takes part, with how many steps and handovers. A to-be is
// the row under its as-is, indented and marked, as on the map above.
import { useMemo } from 'react';
import { useT } from '../platform/i18n/i18n';
import { involvementMatrix } from '../domain/analysis/involvement';
import type { Process } from '../domain/model/types';
import { useRegisterStore } from '../state/registerStore';
import { mapRows } from '../domain/analysis/mapRows';

export function InvolvementMatrix({ processes }: { processes: readonly Process[] | null }) {
  const t = useT();
  const register = useRegisterStore((s) => s.entries);
  const rows = useMemo(() => mapRows(processes ?? []), [processes]);
  const matrix = useMemo(
    () =>
      involvementMatrix(
        rows.map((r) => r.item),
        register,
      ),
    [rows, register],
  );
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
              {matrix.rows.map(({ process, cells }, index) => {
                const { toBe, nested } = rows[index]!;
                return (
                  <tr key={process.id} className={nested ? 'matrix-tobe' : undefined}>
                    <th scope="row">
                      <span className="landscape-title">{process.title}</span>
                      {toBe && <span className="landscape-badge">{t('landscape.toBe')}</span>}
                    </th>
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
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
