// The selected step's outgoing connections, each with its label (a decision's outcomes), and a
// way to connect it to any other step by choosing from a list: no mouse needed.
import { useState } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { newConnection } from '../../domain/model/factories';
import type { Process, Step } from '../../domain/model/types';
import { documentSession } from '../../state/documentSession';
import { LIMITS } from '../../domain/schema/limits';
import { TextField } from './fields';
import { charHint } from './LimitHint';

export function StepConnections({ doc, step }: { doc: Process; step: Step }) {
  const t = useT();
  const apply = documentSession.apply;
  const [target, setTarget] = useState('');
  // The list names every other step: at a thousand steps, rendering it on each edit (a drag,
  // a keystroke) costs more than the rest of the editor. It is filled when it gets focus.
  const [listing, setListing] = useState(false);
  const labelOf = (id: string) => doc.steps.find((s) => s.id === id)?.label || t('editor.unnamed');
  const outgoing = doc.connections.filter((c) => c.from === step.id);
  const candidates = doc.steps.filter(
    (s) => s.id !== step.id && !outgoing.some((c) => c.to === s.id),
  );

  return (
    <section className="link-list" aria-label={t('props.outgoing')}>
      <h3>{t('props.outgoing')}</h3>
      {outgoing.length === 0 && <p className="hint">{t('props.none')}</p>}
      {outgoing.map((c) => (
        <div key={c.id} className="outgoing">
          <TextField
            label={t('props.outcomeLabel', { target: labelOf(c.to) })}
            value={c.label}
            maxLength={LIMITS.label}
            hint={charHint(c.label, LIMITS.label)}
            placeholder={step.kind === 'decision' ? t('props.outcomePlaceholder') : ''}
            onCommit={(label) =>
              apply({ type: 'connection.update', id: c.id, patch: { label: label.trim() } })
            }
          />
          <button
            className="icon-button"
            aria-label={t('props.removeConnection', { target: labelOf(c.to) })}
            onClick={() => apply({ type: 'connection.remove', ids: [c.id] })}
          >
            ✕
          </button>
        </div>
      ))}
      <div className="connect-to">
        <label className="field grow">
          <span>{t('props.connectTo')}</span>
          <select
            value={target}
            onFocus={() => setListing(true)}
            onPointerDown={() => setListing(true)}
            onChange={(e) => setTarget(e.target.value)}
          >
            <option value="">{t('props.chooseStep')}</option>
            {(listing ? candidates : []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.label || t('editor.unnamed')} ({t(`kind.${s.kind}`)})
              </option>
            ))}
          </select>
        </label>
        <button
          className="button small"
          disabled={!target}
          onClick={() => {
            apply({ type: 'connection.add', connection: newConnection(step.id, target) });
            setTarget('');
          }}
        >
          {t('props.connect')}
        </button>
      </div>
    </section>
  );
}
