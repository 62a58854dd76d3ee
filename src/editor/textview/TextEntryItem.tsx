// One numbered line of the text view: "5. Beslut: Komplett ansökan? – Barn- och
// utbildningsförvaltningen. Ja → 6, Nej → 7", its notes below, and an edit form for the label
// and the outcomes' words.
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import {
  entryTail,
  noteLine,
  type TextEntry,
  type TextViewLabels,
} from '../../domain/analysis/textView';
import type { Operation } from '../../domain/operations/types';
import type { Process } from '../../domain/model/types';
import { useDocumentStore } from '../../state/documentStore';
import { useSessionStore } from '../../state/sessionStore';

interface Props {
  entry: TextEntry;
  labels: TextViewLabels;
  doc: Process;
}

export function TextEntryItem({ entry, labels, doc }: Props) {
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
          <EntryForm entry={entry} doc={doc} onDone={close} />
        ) : (
          <p className="text-view-line">
            {entry.kindWord}:{' '}
            <button
              type="button"
              className="text-view-step"
              onClick={() => useSessionStore.getState().select([entry.stepId])}
            >
              {entry.label}
            </button>{' '}
            – {entry.lane}
            {tail && `. ${tail}`}{' '}
            <button
              ref={editButton}
              type="button"
              className="button small ghost text-view-edit"
              aria-label={t('textview.editStep', { number })}
              onClick={() => setEditing(true)}
            >
              {t('textview.edit')}
            </button>
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
    </li>
  );
}

/** The step's label and, where the flow branches, the words on each outcome. */
function EntryForm({ entry, doc, onDone }: { entry: TextEntry; doc: Process; onDone(): void }) {
  const t = useT();
  const step = doc.steps.find((s) => s.id === entry.stepId);
  const connections = new Map(doc.connections.map((c) => [c.id, c]));
  // Outcomes have words where the flow branches (a decision, or a step that already names one).
  const outcomes =
    entry.kind === 'decision' || entry.targets.some((x) => x.label) ? entry.targets : [];
  const [label, setLabel] = useState(step?.label ?? '');
  const [words, setWords] = useState(() =>
    outcomes.map((x) => connections.get(x.connectionId)?.label ?? ''),
  );

  const save = () => {
    const ops: Operation[] = [];
    const next = label.trim();
    if (step && next !== step.label.trim())
      ops.push({ type: 'step.update', id: step.id, patch: { label: next } });
    outcomes.forEach((x, i) => {
      const before = connections.get(x.connectionId)?.label ?? '';
      const after = words[i]!.trim();
      if (after !== before.trim())
        ops.push({ type: 'connection.update', id: x.connectionId, patch: { label: after } });
    });
    if (ops.length) useDocumentStore.getState().apply(ops);
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
        <input autoFocus value={label} maxLength={500} onChange={(e) => setLabel(e.target.value)} />
      </label>
      {outcomes.map((x, i) => (
        <label key={x.connectionId} className="field">
          <span>{t('textview.outcome', { number: String(x.number) })}</span>
          <input
            value={words[i]}
            maxLength={500}
            onChange={(e) => setWords((w) => w.map((v, j) => (j === i ? e.target.value : v)))}
          />
        </label>
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
