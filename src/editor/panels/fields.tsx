// Form fields that commit on blur or Enter, so one edit is one undo step (not one per key).
import { useState, type ReactNode } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  hint?: ReactNode;
}

export function TextField({
  label,
  value,
  onCommit,
  multiline,
  maxLength = 500,
  placeholder,
  hint,
}: TextFieldProps) {
  // Keyed by the outside value: a change from elsewhere (undo, another step) resets the draft.
  return (
    <DraftField
      key={value}
      {...{ label, value, onCommit, multiline, maxLength, placeholder, hint }}
    />
  );
}

function DraftField({
  label,
  value,
  onCommit,
  multiline,
  maxLength,
  placeholder,
  hint,
}: TextFieldProps) {
  const [draft, setDraft] = useState(value);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    value: draft,
    maxLength,
    placeholder,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') setDraft(value);
      if (e.key === 'Enter' && (!multiline || e.ctrlKey)) {
        e.preventDefault();
        commit();
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
