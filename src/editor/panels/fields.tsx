// Form fields that commit as you type (a moment after the last key), on blur and on Enter; all
// the commits of one visit to a field are one undo step. Until a commit, every keystroke is
// journaled as a draft, so text typed without leaving the field survives a crash.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { documentSession } from '../../state/documentSession';

/** How long after the last key a field commits. */
export const COMMIT_DELAY_MS = 400;

let visits = 0;

export interface LiveDraft<T> {
  draft: T;
  /** Props for the input (or textarea) that edits the draft. */
  bind: {
    onFocus(): void;
    onBlur(): void;
  };
  change(next: T): void;
  /** Commits the draft now (Enter). */
  commitNow(): void;
  /** Puts back the value the field had when it got focus (Escape). */
  revert(): void;
}

/**
 * The draft of a field editing `value`: it follows `value` while the field does not have focus,
 * and belongs to the person while it has. `commit` applies a draft through the document store.
 */
export function useLiveDraft<T>(
  value: T,
  commit: (draft: T) => void,
  equal: (a: T, b: T) => boolean = Object.is,
): LiveDraft<T> {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [synced, setSynced] = useState<{ value: T } | null>({ value });
  if (!editing && (!synced || !equal(synced.value, value))) {
    setSynced({ value });
    setDraft(value);
  }
  // The timer and unmount see the newest draft and commit function, not the first render's.
  // `typed`: the person changed the text in this visit (a visit without typing commits nothing,
  // so it never puts back a value another tab changed meanwhile).
  // `docId`: the document the visit edits; a commit left over when another one has been opened
  // meanwhile (browser back) is dropped rather than applied to the wrong document.
  const latest = useRef({
    draft,
    commit,
    start: value,
    group: id,
    typed: false,
    docId: null as string | null,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current.commit = commit;
  });

  const run = (next: T) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { group, docId } = latest.current;
    const store = documentSession;
    if (store.doc?.id !== docId) return store.draft(group, null);
    try {
      store.inGroup(group, () => latest.current.commit(next));
    } catch (e) {
      // The thing edited is gone (removed here or in another tab); the draft goes with it.
      console.error(e);
    }
    store.draft(group, null);
  };
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  // Leaving the panel with a commit still waiting (another step chosen): commit it now.
  useEffect(
    () => () => {
      if (timer.current) runRef.current(latest.current.draft);
    },
    [],
  );

  const change = (next: T) => {
    setDraft(next);
    latest.current.draft = next;
    latest.current.typed = true;
    const { group } = latest.current;
    documentSession.draft(group, () => latest.current.commit(next));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => runRef.current(latest.current.draft), COMMIT_DELAY_MS);
  };

  return {
    draft,
    bind: {
      onFocus() {
        latest.current.group = `${id}:${++visits}`;
        latest.current.start = value;
        latest.current.draft = draft;
        latest.current.typed = false;
        latest.current.docId = documentSession.doc?.id ?? null;
        setEditing(true);
      },
      onBlur() {
        if (latest.current.typed) run(latest.current.draft);
        setEditing(false);
        setSynced(null);
      },
    },
    change,
    commitNow: () => latest.current.typed && run(latest.current.draft),
    revert() {
      const { start, typed } = latest.current;
      if (!typed) return;
      setDraft(start);
      latest.current.draft = start;
      run(start);
    },
  };
}

interface TextFieldProps {
  label: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  hint?: ReactNode;
}

export function TextField(props: TextFieldProps) {
  return <DraftField {...props} />;
}

function DraftField({
  label,
  value,
  onCommit,
  multiline,
  maxLength = 500,
  placeholder,
  hint,
}: TextFieldProps) {
  const field = useLiveDraft(value, (draft) => {
    if (draft !== value) onCommit(draft);
  });
  const common = {
    value: field.draft,
    maxLength,
    placeholder,
    ...field.bind,
    onChange: (e: { target: { value: string } }) => field.change(e.target.value),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') field.revert();
      if (e.key === 'Enter' && (!multiline || e.ctrlKey)) {
        e.preventDefault();
        field.commitNow();
      }
    },
  };
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? <textarea rows={3} {...common} /> : <input {...common} />}
      {hint && <small className="hint">{hint}</small>}
    </label>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
}: SelectFieldProps<T>) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
