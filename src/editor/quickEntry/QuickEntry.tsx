// The quick-entry field: type "Lane: step text", press Enter, and a step appears connected after
// the selected step (or the last one added), in that lane. Unknown lanes are added.
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { useDocument } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { LIMITS } from '../../domain/schema/limits';
import { CharCount } from '../panels/LimitHint';
import { appendQuickEntry } from './appendQuickEntry';
import { parseQuickEntry } from './parseQuickEntry';

/** A lane name (parseQuickEntry reads up to 200 characters of it), ": " and the step text. */
const MAX_ENTRY = 200 + 2 + LIMITS.label;

export function QuickEntry() {
  const t = useT();
  const [value, setValue] = useState('');
  const countId = useId();
  // The count is of the step text, the part that becomes the label.
  const parsed = parseQuickEntry(value);
  const lanes = useDocument((s) => s.doc?.lanes);
  const byId = useRegisterStore((s) => s.byId);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (appendQuickEntry(value)) setValue('');
  }

  const names = (lanes ?? []).flatMap((l) => {
    const e = byId.get(l.registerId);
    return e ? [e.name, ...(e.shortName ? [e.shortName] : [])] : [];
  });

  return (
    <form className="quick-entry" onSubmit={(e) => void submit(e)}>
      <label className="field inline">
        <span>{t('editor.quickEntry')}</span>
        <input
          value={value}
          list="quick-entry-lanes"
          placeholder={t('editor.quickEntryPlaceholder')}
          onChange={(e) => setValue(e.target.value)}
          maxLength={MAX_ENTRY}
          aria-describedby={countId}
        />
      </label>
      <CharCount id={countId} text={parsed?.label ?? ''} max={LIMITS.label} />
      <datalist id="quick-entry-lanes">
        {names.map((n) => (
          <option key={n} value={`${n}: `} />
        ))}
      </datalist>
    </form>
  );
}
