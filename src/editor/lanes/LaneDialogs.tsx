// Add a lane, bind a lane to another unit ("rename"), or delete a lane and decide what becomes
// of its steps.
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../platform/i18n/i18n';
import type { RegisterKind } from '../../domain/model/types';
import { findEntryByName } from '../../domain/register/register';
import { LIMITS } from '../../domain/schema/limits';
import { CharCount } from '../panels/LimitHint';
import { documentSession, useDocument } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { Dialog } from '../../ui/Dialog';
import { addLaneOperation, resolveEntry } from './laneActions';
import { useLaneDialog } from './laneDialogStore';

const KINDS: RegisterKind[] = ['forvaltning', 'bolag', 'extern', 'kundgrupp'];

export function LaneDialogs() {
  const dialog = useLaneDialog((s) => s.dialog);
  if (!dialog) return null;
  if (dialog.mode === 'delete') return <DeleteLaneDialog laneId={dialog.laneId} />;
  return <LaneNameDialog laneId={dialog.mode === 'rename' ? dialog.laneId : null} />;
}

function LaneNameDialog({ laneId }: { laneId: string | null }) {
  const t = useT();
  const { entries, byId } = useRegisterStore();
  const doc = useDocument((s) => s.doc);
  const current = laneId
    ? byId.get(doc?.lanes.find((l) => l.id === laneId)?.registerId ?? '')
    : undefined;
  const [name, setName] = useState(current?.name ?? '');
  const countId = useId();
  const [kind, setKind] = useState<RegisterKind>('forvaltning');
  const close = useLaneDialog.getState().close;
  const existing = findEntryByName(entries, name);

  function submit(e: FormEvent) {
    e.preventDefault();
    const store = documentSession;
    if (!store.doc || !name.trim()) return;
    const { entry, isNew } = resolveEntry(entries, name, kind);
    const register = new Map(useRegisterStore.getState().byId).set(entry.id, entry);
    // A new unit is part of the edit that named it: one undo takes both back.
    const added = isNew ? [entry] : [];
    if (laneId)
      store.apply({ type: 'lane.rebind', laneId, registerId: entry.id }, { register: added });
    else store.apply(addLaneOperation(store.doc, register, entry).op, { register: added });
    close();
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      title={laneId ? t('lane.renameTitle') : t('lane.addTitle')}
      description={t('lane.help')}
    >
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>{t('lane.name')}</span>
          <input
            autoFocus
            required
            maxLength={LIMITS.label}
            list="register-names"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={countId}
          />
          <datalist id="register-names">
            {entries.map((e) => (
              <option key={e.id} value={e.name}>
                {e.shortName}
              </option>
            ))}
          </datalist>
        </label>
        <CharCount id={countId} text={name} max={LIMITS.label} />
        {name.trim() && !existing && (
          <label className="field">
            <span>{t('lane.newKind')}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as RegisterKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`registerKind.${k}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {existing && (
          <p className="hint">{t('lane.existing', { kind: t(`registerKind.${existing.kind}`) })}</p>
        )}
        {current && (
          <label className="field inline">
            <input
              type="color"
              value={current.color}
              onChange={(e) =>
                // One undo step for a whole pick, however many colours it passed through.
                documentSession.inGroup(`colour-${current.id}`, () =>
                  documentSession.apply([], { register: [{ ...current, color: e.target.value }] }),
                )
              }
            />
            <span>{t('lane.color', { name: current.name })}</span>
          </label>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!name.trim()}>
            {laneId ? t('common.save') : t('lane.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function DeleteLaneDialog({ laneId }: { laneId: string }) {
  const t = useT();
  const doc = useDocument((s) => s.doc);
  const byId = useRegisterStore((s) => s.byId);
  const close = useLaneDialog.getState().close;
  const others = doc?.lanes.filter((l) => l.id !== laneId) ?? [];
  const count = doc?.steps.filter((s) => s.laneId === laneId).length ?? 0;
  const [target, setTarget] = useState<string>(others[0]?.id ?? '');
  const nameOf = (registerId: string) => byId.get(registerId)?.name ?? t('editor.unknownUnit');
  const lane = doc?.lanes.find((l) => l.id === laneId);

  function remove(moveStepsTo: string | null) {
    documentSession.apply({ type: 'lane.remove', laneId, moveStepsTo });
    close();
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      title={t('lane.deleteTitle', { name: lane ? nameOf(lane.registerId) : '' })}
      description={count > 0 ? t('lane.deleteWithSteps', { count }) : t('lane.deleteEmpty')}
    >
      <div className="form">
        {count > 0 && others.length > 0 && (
          <label className="field">
            <span>{t('lane.moveStepsTo')}</span>
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              {others.map((l) => (
                <option key={l.id} value={l.id}>
                  {nameOf(l.registerId)}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
          {count > 0 && others.length > 0 && (
            <button type="button" className="button primary" onClick={() => remove(target)}>
              {t('lane.deleteMove')}
            </button>
          )}
          <button type="button" className="button danger" onClick={() => remove(null)}>
            {count > 0 ? t('lane.deleteWithStepsButton') : t('lane.delete')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
