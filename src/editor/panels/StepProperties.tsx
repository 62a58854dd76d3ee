// Properties of the selected step: what it is, who does it, how long it takes, what it uses.
import { useT } from '../../platform/i18n/i18n';
import { stepLinks } from '../../domain/analysis/links';
import { withAttachedItems } from '../../domain/layout/attached';
import type { Process, Step, StepKind, StepProperties as Props } from '../../domain/model/types';
import { LIMITS, STEP_KINDS } from '../../domain/schema/process';
import { documentSession } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { useSessionStore } from '../../state/sessionStore';
import { attachOperation, type Attachment } from '../actions/attach';
import { DurationField } from './DurationField';
import { SelectField, TextField } from './fields';
import { charHint, keepFirst, LimitHint } from './LimitHint';
import { StepConnections } from './StepConnections';
import { SubprocessLink } from '../subprocess/SubprocessLink';

export function StepProperties({ doc, step }: { doc: Process; step: Step }) {
  const t = useT();
  const byId = useRegisterStore((s) => s.byId);
  const apply = documentSession.apply;
  const update = (patch: Partial<Props>) =>
    apply({ type: 'step.update', id: step.id, patch: { properties: patch } });
  const links = stepLinks(doc, step.id);
  const attach = (what: Attachment) => {
    const op = attachOperation(doc, step.id, what, '');
    if (!op || op.type !== 'step.add') return;
    apply(op);
    const added = op.steps[0]!.id;
    useSessionStore.getState().select([added]);
    useSessionStore.getState().setEditing(added);
  };
  const p = step.properties;

  return (
    <div className="panel-body" key={step.id}>
      <h2 className="panel-title">{t('props.stepHeading', { kind: t(`kind.${step.kind}`) })}</h2>
      <TextField
        label={t('props.label')}
        value={step.label}
        maxLength={LIMITS.label}
        hint={charHint(step.label, LIMITS.label)}
        onCommit={(label) =>
          apply({ type: 'step.update', id: step.id, patch: { label: label.trim() } })
        }
      />
      <SelectField<StepKind>
        label={t('props.kind')}
        value={step.kind}
        options={STEP_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        onChange={(kind) => apply({ type: 'step.update', id: step.id, patch: { kind } })}
      />
      <SelectField
        label={t('props.lane')}
        value={step.laneId}
        options={doc.lanes.map((l) => ({
          value: l.id,
          label: byId.get(l.registerId)?.name ?? t('editor.unknownUnit'),
        }))}
        onChange={(laneId) =>
          apply({
            type: 'step.move',
            placements: withAttachedItems(doc, [{ id: step.id, laneId, x: step.x, y: step.y }]),
          })
        }
      />
      {step.kind === 'subprocess' && <SubprocessLink doc={doc} step={step} />}
      <StepConnections doc={doc} step={step} />
      <TextField
        label={t('props.description')}
        value={p.description}
        multiline
        maxLength={LIMITS.text}
        hint={charHint(p.description, LIMITS.text)}
        onCommit={(description) => update({ description })}
      />
      <TextField
        label={t('props.responsibleRole')}
        value={p.responsibleRole}
        maxLength={LIMITS.label}
        hint={charHint(p.responsibleRole, LIMITS.label)}
        onCommit={(responsibleRole) => update({ responsibleRole: responsibleRole.trim() })}
      />
      <div className="field-row">
        <DurationField
          key={`a${JSON.stringify(p.activeTime)}`}
          label={t('props.activeTime')}
          value={p.activeTime}
          onCommit={(activeTime) => update({ activeTime })}
        />
        <DurationField
          key={`w${JSON.stringify(p.waitingTime)}`}
          label={t('props.waitingTime')}
          value={p.waitingTime}
          onCommit={(waitingTime) => update({ waitingTime })}
        />
      </div>
      <TextField
        label={t('props.itSystems')}
        value={p.itSystems.join(', ')}
        maxLength={LIMITS.text}
        hint={
          <LimitHint used={p.itSystems.length} max={LIMITS.itSystems} items>
            {t('props.commaHint')}
          </LimitHint>
        }
        onCommit={(text) => update({ itSystems: keepFirst(splitList(text), LIMITS.itSystems) })}
      />
      <fieldset className="field radio-row">
        <legend>{t('props.valueAdding')}</legend>
        {(
          [
            [true, 'props.yes'],
            [false, 'props.no'],
            [null, 'props.unknown'],
          ] as const
        ).map(([value, key]) => (
          <label key={String(value)}>
            <input
              type="radio"
              name={`value-adding-${step.id}`}
              checked={p.valueAdding === value}
              onChange={() => update({ valueAdding: value })}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
      <LinkList
        title={t('props.objectsIn')}
        steps={links.objectsIn}
        onAdd={() => attach('objectIn')}
        addLabel={t('props.addObjectIn')}
      />
      <LinkList
        title={t('props.objectsOut')}
        steps={links.objectsOut}
        onAdd={() => attach('objectOut')}
        addLabel={t('props.addObjectOut')}
      />
      <LinkList
        title={t('props.problems')}
        steps={links.problems}
        onAdd={() => attach('problem')}
        addLabel={t('props.addProblem')}
      />
      <LinkList
        title={t('props.improvements')}
        steps={links.improvements}
        onAdd={() => attach('improvement')}
        addLabel={t('props.addImprovement')}
      />
    </div>
  );
}

function LinkList({
  title,
  steps,
  onAdd,
  addLabel,
}: {
  title: string;
  steps: Step[];
  onAdd(): void;
  addLabel: string;
}) {
  const t = useT();
  return (
    <section className="link-list" aria-label={title}>
      <h3>{title}</h3>
      {steps.length > 0 ? (
        <ul>
          {steps.map((s) => (
            <li key={s.id}>
              <button
                className="link-button"
                onClick={() => useSessionStore.getState().select([s.id])}
              >
                {s.label || t('editor.unnamed')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('props.none')}</p>
      )}
      <button className="button small" onClick={onAdd}>
        {addLabel}
      </button>
    </section>
  );
}

function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
