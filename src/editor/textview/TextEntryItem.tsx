// One numbered line of the text view: "5. Beslut: Komplett ansökan? – Barn- och
// utbildningsförvaltningen. Ja → 6, Nej → 7", its notes below, and an edit form for the label
// and the outcomes' words.
import { Fragment, memo, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../platform/i18n/i18n';
import {
  entryTail,
  noteLine,
  type TextEntry,
  type TextViewLabels,
} from '../../domain/analysis/textView';
import type { Operation } from '../../domain/operations/types';
import { LIMITS } from '../../domain/schema/limits';
import { CharCount } from '../panels/LimitHint';
import { documentSession } from '../../state/documentSession';
import { useSessionStore } from '../../state/sessionStore';

interface Props {
  entry: TextEntry;
  labels: TextViewLabels;
}

// Every edit makes a new text view; only the lines whose words changed render again (at 1,000
// steps a whole list is many thousands of elements).
export const TextEntryItem = memo(
  EntryItem,
  (a, b) => a.labels === b.labels && JSON.stringify(a.entry) === JSON.stringify(b.entry),
);

function EntryItem({ entry, labels }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const selected = useSessionStore(
    (s) => s.selectedStepIds.length === 1 && s.selectedStepIds[0] === entry.stepId,
  );
  const item = useRef<HTMLLIElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const tail = entryTail(entry, labels);
  const number = String(entry.number);

  // A step chosen on the canvas comes into view here, so the two can be read side by side.
  useEffect(() => {
    if (selected) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const close = () => {
    setEditing(false);
    // Back to where the person was, for the keyboard and the screen reader.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <li ref={item} className={selected ? 'text-view-entry selected' : 'text-view-entry'}>
      <span className="text-view-number">{number}.</span>
      <div className="text-view-body">
        {editing ? (
          <EntryForm entry={entry} onDone={close} />
        ) : (
          // Read as one sentence ("Beslut: Komplett ansökan? – Barn- och …. Ja → 6"), shown as
          // three lines: what, whose, where to.
          <p className="text-view-line">
            {entry.kindWord}:{' '}
            {/* A link into the diagram: it wraps with the line, where a button would not. */}
            <a
              href={`#${entry.stepId}`}
              className="text-view-step"
              onClick={(e) => {
                e.preventDefault();
                useSessionStore.getState().select([entry.stepId]);
              }}
            >
              {entry.label}
            </a>
            <span className="visually-hidden"> – </span>
            <span className="text-view-lane">{entry.lane}</span>
            {tail && (
              <>
                <span className="visually-hidden">. </span>
                <span className="text-view-tail">{tail}</span>
              </>
            )}
          </p>
        )}
        {entry.notes.length > 0 && (
          <ul className="text-view-notes">
            {entry.notes.map((n) => (
              <li key={n.stepId}>{noteLine(n)}</li>
            ))}
          </ul>
        )}
      </div>
      {!editing && (
        <button
          ref={editButton}
          type="button"
          className="button small text-view-edit"
          aria-label={t('textview.editStep', { number })}
          onClick={() => setEditing(true)}
        >
          {t('textview.edit')}
        </button>
      )}
    </li>
  );
}

/** The step's label and, where the flow branches, the words on each outcome. */
function EntryForm({ entry, onDone }: { entry: TextEntry; onDone(): void }) {
  const t = useT();
  // Outcomes have words where the flow branches (a decision, or a step that already names one).
  const outcomes =
    entry.kind === 'decision' || entry.targets.some((x) => x.label) ? entry.targets : [];
  // Read from the store, not a prop: the line renders again only when its own words change.
  const [label, setLabel] = useState(() => current(entry.stepId).step?.label ?? '');
  const countId = useId();
  const [words, setWords] = useState(() =>
    outcomes.map((x) => current(entry.stepId).connections.get(x.connectionId)?.label ?? ''),
  );

  const save = () => {
    // Compared with the document as it is when saved: another tab may have changed it.
    const { step, connections } = current(entry.stepId);
    const ops: Operation[] = [];
    const next = label.trim();
    if (step && next !== step.label.trim())
      ops.push({ type: 'step.update', id: step.id, patch: { label: next } });
    outcomes.forEach((x, i) => {
      const before = connections.get(x.connectionId);
      const after = words[i]!.trim();
      if (before && after !== before.label.trim())
        ops.push({ type: 'connection.update', id: x.connectionId, patch: { label: after } });
    });
    if (ops.length) documentSession.apply(ops);
    onDone();
  };

  return (
    <form
      className="text-view-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <label className="field">
        <span>{t('textview.label', { number: String(entry.number) })}</span>
        <input
          autoFocus
          value={label}
          maxLength={LIMITS.label}
          onChange={(e) => setLabel(e.target.value)}
          aria-describedby={countId}
        />
      </label>
      <CharCount id={countId} text={label} max={LIMITS.label} />
      {outcomes.map((x, i) => (
        <Fragment key={x.connectionId}>
          <label className="field">
            <span>
              {t('textview.outcome', {
                number: String(x.number),
                label: current(x.stepId).step?.label ?? '',
              })}
            </span>
            <input
              value={words[i]}
              maxLength={LIMITS.label}
              onChange={(e) => setWords((w) => w.map((v, j) => (j === i ? e.target.value : v)))}
              aria-describedby={`${countId}-${i}`}
            />
          </label>
          <CharCount id={`${countId}-${i}`} text={words[i] ?? ''} max={LIMITS.label} />
        </Fragment>
      ))}
      <div className="text-view-form-actions">
        <button type="submit" className="button primary small">
          {t('common.save')}
        </button>
        <button type="button" className="button small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function current(stepId: string) {
  const doc = documentSession.doc;
  return {
    step: doc?.steps.find((s) => s.id === stepId),
    connections: new Map(doc?.connections.map((c) => [c.id, c])),
  };
}
