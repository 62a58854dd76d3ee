// The method's checks in plain words; each one selects the step it is about.
import { useMemo } from 'react';
import { useT } from '../../app/i18n/i18n';
import { methodChecks } from '../../domain/analysis/methodChecks';
import type { Process } from '../../domain/model/types';
import { useRegisterStore } from '../../state/registerStore';
import { useSessionStore } from '../../state/sessionStore';

export function MethodChecks({ doc }: { doc: Process }) {
  const t = useT();
  const register = useRegisterStore((s) => s.entries);
  const findings = useMemo(() => methodChecks(doc, register), [doc, register]);
  const stepLabel = (id?: string) =>
    doc.steps.find((s) => s.id === id)?.label || t('editor.unnamed');
  const laneName = (id?: string) => {
    const lane = doc.lanes.find((l) => l.id === id);
    return register.find((e) => e.id === lane?.registerId)?.name ?? t('editor.unknownUnit');
  };
  return (
    <section aria-labelledby="checks-title">
      <h3 id="checks-title">{t('checks.title')}</h3>
      {findings.length === 0 ? (
        <p className="hint">{t('checks.none')}</p>
      ) : (
        <ul className="check-list">
          {findings.map((f, i) => {
            const text = t(`checks.${f.code}`, {
              step: stepLabel(f.stepId),
              lane: laneName(f.laneId),
            });
            return (
              <li key={`${f.code}-${f.stepId ?? f.laneId ?? i}`} className={`check-${f.severity}`}>
                {f.stepId ? (
                  <button
                    className="link-button"
                    onClick={() => useSessionStore.getState().select([f.stepId!])}
                  >
                    {text}
                  </button>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
