// The method's checks in plain words; each one selects the step it is about. Warnings come
// first and identical tips are one line with a count that opens to the steps (or lanes).
import { useId, useMemo, useState } from 'react';
import { useT, type MessageKey } from '../../platform/i18n/i18n';
import type { CheckCode, Finding } from '../../domain/analysis/methodChecks';
import { methodChecks } from '../../domain/analysis/methodChecks';
import { groupFindings, type FindingGroup } from '../../domain/analysis/methodChecksGrouped';
import type { Process } from '../../domain/model/types';
import { useRegisterStore } from '../../state/registerStore';
import { useSessionStore } from '../../state/sessionStore';
import './MethodChecks.css';

// Only tips have a grouped wording; anything else with several findings is listed one by one.
const GROUP_KEYS: Partial<Record<CheckCode, MessageKey>> = {
  noObjects: 'checks.group.noObjects',
  emptyLane: 'checks.group.emptyLane',
};

interface Names {
  step(id?: string): string;
  lane(id?: string): string;
}

export function MethodChecks({ doc }: { doc: Process }) {
  const t = useT();
  const register = useRegisterStore((s) => s.entries);
  const groups = useMemo(() => groupFindings(methodChecks(doc, register)), [doc, register]);
  const names: Names = {
    step: (id) => doc.steps.find((s) => s.id === id)?.label || t('editor.unnamed'),
    lane: (id) => {
      const lane = doc.lanes.find((l) => l.id === id);
      return register.find((e) => e.id === lane?.registerId)?.name ?? t('editor.unknownUnit');
    },
  };
  return (
    <section aria-labelledby="checks-title">
      <h3 id="checks-title">{t('checks.title')}</h3>
      {groups.length === 0 ? (
        <p className="hint">{t('checks.none')}</p>
      ) : (
        <ul className="check-list">
          {groups.flatMap((g) => {
            const key = GROUP_KEYS[g.code];
            if (key && g.findings.length > 1)
              return [<GroupLine key={`group-${g.code}`} group={g} text={key} names={names} />];
            return g.findings.map((f, i) => (
              <li key={`${f.code}-${f.stepId ?? f.laneId ?? i}`} className={`check-${f.severity}`}>
                <FindingText finding={f} names={names} />
              </li>
            ));
          })}
        </ul>
      )}
    </section>
  );
}

function FindingText({ finding: f, names }: { finding: Finding; names: Names }) {
  const t = useT();
  const text = t(`checks.${f.code}`, { step: names.step(f.stepId), lane: names.lane(f.laneId) });
  if (!f.stepId) return text;
  return <SelectStep stepId={f.stepId}>{text}</SelectStep>;
}

function GroupLine(props: { group: FindingGroup; text: MessageKey; names: Names }) {
  const { group, names } = props;
  const t = useT();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <li className={`check-${group.severity}`}>
      <button
        className="link-button check-group"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {t(props.text, { count: group.findings.length })}
      </button>
      <ul id={listId} className="check-group-items" hidden={!open}>
        {group.findings.map((f, i) => (
          <li key={f.stepId ?? f.laneId ?? i}>
            {f.stepId ? (
              <SelectStep stepId={f.stepId}>{names.step(f.stepId)}</SelectStep>
            ) : (
              names.lane(f.laneId)
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}

function SelectStep({ stepId, children }: { stepId: string; children: string }) {
  return (
    <button className="link-button" onClick={() => useSessionStore.getState().select([stepId])}>
      {children}
    </button>
  );
}
