// The quick-entry field: type "Lane: step text", press Enter, and a step appears connected after
// the selected step (or the last one added), in that lane. Unknown lanes are added.
import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n/i18n';
import { useDocumentStore } from '../../state/documentStore';
import { useRegisterStore } from '../../state/registerStore';
import { services } from '../../state/services';
import { useSessionStore } from '../../state/sessionStore';
import { addStepOperation } from '../actions/addStep';
import { addLaneOperation, findLaneByName, resolveEntry } from '../lanes/laneActions';
import { parseQuickEntry } from './parseQuickEntry';

export function QuickEntry() {
  const t = useT();
  const [value, setValue] = useState('');
  const lanes = useDocumentStore((s) => s.doc?.lanes);
  const byId = useRegisterStore((s) => s.byId);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseQuickEntry(value);
    const store = useDocumentStore.getState();
    const session = useSessionStore.getState();
    let doc = store.doc;
    if (!parsed || !doc) return;
    const selectedId = session.selectedStepIds[session.selectedStepIds.length - 1];
    const after = doc.steps.find((s) => s.id === selectedId) ?? doc.steps[doc.steps.length - 1];
    let laneId = parsed.lane
      ? findLaneByName(doc, useRegisterStore.getState().byId, parsed.lane)
      : after?.laneId;
    if (!laneId && parsed.lane) {
      const { entry, isNew } = resolveEntry(
        useRegisterStore.getState().entries,
        parsed.lane,
        'forvaltning',
      );
      if (isNew) await services().addRegisterEntries([entry]);
      const added = addLaneOperation(doc, useRegisterStore.getState().byId, entry);
      store.apply(added.op);
      laneId = added.laneId;
      doc = useDocumentStore.getState().doc!;
    }
    laneId ??= doc.lanes[0]?.id;
    if (!laneId) {
      session.showAlert({ key: 'editor.needLane' });
      return;
    }
    const { op, stepId } = addStepOperation(doc, {
      kind: 'activity',
      laneId,
      label: parsed.label,
      afterId: after?.id,
    });
    store.apply(op);
    session.select([stepId]);
    setValue('');
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
