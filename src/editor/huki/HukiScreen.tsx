// The HUKI matrix of a process, worked out from the flow and editable cell by cell. Edits go
// through the same door as every other edit (undo, autosave).
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { navigate, processPath } from '../../platform/router';
import { hukiMatrix, manualCell, type HukiValue } from '../../domain/analysis/huki';
import { documentSession, useDocument } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { services } from '../../state/services';
import { useSessionStore } from '../../state/sessionStore';

const VALUES: HukiValue[] = ['H', 'U', 'K', 'I', 'HU', '-'];

export function HukiScreen({ id }: { id: string }) {
  const t = useT();
  const [state, setState] = useState<'loading' | 'ok' | 'missing'>('loading');
  const doc = useDocument((s) => s.doc);
  const register = useRegisterStore((s) => s.entries);
  const saveState = useSessionStore((s) => s.saveState);
  useEffect(() => {
    let cancelled = false;
    void services()
      .openProcess(id)
      .then((r) => !cancelled && setState(r === 'ok' ? 'ok' : 'missing'));
    return () => {
      cancelled = true;
    };
  }, [id]);
  const matrix = useMemo(() => (doc ? hukiMatrix(doc, register) : null), [doc, register]);
  // What the diagram alone says, shown as the "auto" choice of each cell.
  const auto = useMemo(
    () => (doc ? hukiMatrix({ ...doc, huki: {} }, register) : null),
    [doc, register],
  );
  if (state === 'missing') {
    return (
      <main className="editor-message">
        <h1>{t('editor.missing')}</h1>
      </main>
    );
  }
  if (state === 'loading' || !doc || doc.id !== id || !matrix) {
    return <main className="editor-message">{t('common.loading')}</main>;
  }
  const set = (stepId: string, unit: string, value: HukiValue | '') => {
    const cell = value === '' ? null : value;
    documentSession.apply({ type: 'huki.set', stepId, registerId: unit, value: cell });
  };
  return (
    <main className="library huki" aria-labelledby="huki-heading">
      <a
        className="button ghost no-print"
        href={processPath(id)}
        onClick={(e) => {
          e.preventDefault();
          navigate(processPath(id));
        }}
      >
        ← {t('huki.back')}
      </a>
      <h1 id="huki-heading">{t('huki.heading', { title: doc.title })}</h1>
      <span className={`save-state save-${saveState} no-print`} role="status">
        {t(`save.${saveState}`)}
      </span>
      <p className="hint">{t('huki.help')}</p>
      <table className="process-table huki-table">
        <thead>
          <tr>
            <th scope="col">{t('huki.step')}</th>
            {matrix.units.map((u) => (
              <th key={u.id} scope="col">
                {u.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map(({ step, cells }) => (
            <tr key={step.id}>
              <th scope="row">{step.label || t('editor.unnamed')}</th>
              {matrix.units.map((u) => {
                const cell = cells.get(u.id)!;
                const worked =
                  auto?.rows.find((r) => r.step.id === step.id)?.cells.get(u.id)?.value ?? '';
                const manual = manualCell(doc.huki, step.id, u.id) ?? '';
                return (
                  <td key={u.id} className={cell.manual ? 'huki-manual' : undefined}>
                    <span className="huki-value" aria-hidden="true">
                      {cell.value}
                    </span>
                    <select
                      className="no-print"
                      aria-label={t('huki.cell', { unit: u.name, step: step.label })}
                      value={manual}
                      onChange={(e) => set(step.id, u.id, e.target.value as HukiValue | '')}
                    >
                      <option value="">
                        {t('huki.auto', { value: worked || t('huki.none') })}
                      </option>
                      {VALUES.map((v) => (
                        <option key={v} value={v}>
                          {v === '-' ? t('huki.none') : v}
                        </option>
                      ))}
                    </select>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
