// The quick-entry field: type "Lane: step text", press Enter, and a step appears connected after
// the selected step (or the last one added), in that lane. Unknown lanes are added.
import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n/i18n';
import { useDocumentStore } from '../../state/documentStore';
import { useRegisterStore } from '../../state/registerStore';
import { appendQuickEntry } from './appendQuickEntry';

export function QuickEntry() {
  const t = useT();
  const [value, setValue] = useState('');
  const lanes = useDocumentStore((s) => s.doc?.lanes);
  const byId = useRegisterStore((s) => s.byId);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await appendQuickEntry(value)) setValue('');
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
          maxLength={700}
        />
      </label>
      <datalist id="quick-entry-lanes">
        {names.map((n) => (
          <option key={n} value={`${n}: `} />
        ))}
      </datalist>
    </form>
  );
}
