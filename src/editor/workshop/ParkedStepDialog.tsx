// "Till steg": asks what the parked note becomes (kind, lane, the step it follows) instead of
// guessing from the last selection.
import { useState, type FormEvent } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { LIMITS } from '../../domain/schema/limits';
import type { RegisterEntry } from '../../domain/model/types';
import { documentSession, useDocument } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { useSessionStore } from '../../state/sessionStore';
import { Dialog } from '../../ui/Dialog';
import { resolveEntry } from '../lanes/laneActions';
import { previousCandidates } from '../quickEntry/previousStep';
import {
  initialChoice,
  PARKED_KINDS,
  parkedToStepOps,
  type ParkedChoice,
  type ParkedKind,
} from './parkedToStep';

const NEW_LANE = 'new-lane';

export function ParkedStepDialog({ noteId, onClose }: { noteId: string; onClose(): void }) {
  const t = useT();
  const doc = useDocument((s) => s.doc);
  const { entries, byId } = useRegisterStore();
  const [choice, setChoice] = useState<ParkedChoice | null>(() => {
    const note = doc?.parkingLot.find((n) => n.id === noteId)?.text;
    const selected = useSessionStore.getState().selectedStepIds.at(-1);
    return doc && note !== undefined ? initialChoice(doc, byId, note, selected) : null;
  });
  if (!doc || !choice) return null;
  const set = (patch: Partial<ParkedChoice>) => setChoice({ ...choice, ...patch });
  const laneName = (registerId: string) => byId.get(registerId)?.name ?? t('editor.unknownUnit');
  const laneOf = (laneId: string) => doc.lanes.find((l) => l.id === laneId);
  const isNeed = choice.kind === 'need';

  function submit(e: FormEvent) {
    e.preventDefault();
    const store = documentSession;
    if (!store.doc || !choice) return;
    let newLane;
    let newEntries: RegisterEntry[] = [];
    if (!choice.laneId && choice.newLaneName) {
      const { entry, isNew } = resolveEntry(entries, choice.newLaneName, 'forvaltning');
      if (isNew) newEntries = [entry];
      newLane = entry;
    }
    const register = new Map(useRegisterStore.getState().byId);
    for (const e of newEntries) register.set(e.id, e);
    const made = parkedToStepOps(store.doc, register, noteId, choice, newLane);
    if (!made) return;
    // The new unit, the lane, the step and the note taken off the lot: one undo step.
    store.apply(made.ops, { register: newEntries });
    useSessionStore.getState().select([made.stepId]);
    onClose();
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t('parked.title')}>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>{t('parked.text')}</span>
          <input
            required
            maxLength={LIMITS.label}
            value={choice.label}
            onChange={(e) => set({ label: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('parked.kind')}</span>
          <select
            autoFocus
            value={choice.kind}
            onChange={(e) => set({ kind: e.target.value as ParkedKind })}
          >
            {PARKED_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {choice.label.trim().endsWith('?') && choice.kind !== 'decision' && (
          <p className="hint">{t('parked.question')}</p>
        )}
        <label className="field">
          <span>{t('parked.lane')}</span>
          <select
            value={choice.laneId ?? NEW_LANE}
            onChange={(e) => set({ laneId: e.target.value === NEW_LANE ? null : e.target.value })}
          >
            {doc.lanes.map((l) => (
              <option key={l.id} value={l.id}>
                {laneName(l.registerId)}
              </option>
            ))}
            {choice.newLaneName && (
              <option value={NEW_LANE}>{t('parked.newLane', { name: choice.newLaneName })}</option>
            )}
          </select>
        </label>
        <label className="field">
          <span>{t('parked.after')}</span>
          <select
            disabled={isNeed}
            value={isNeed ? '' : (choice.afterId ?? '')}
            onChange={(e) => set({ afterId: e.target.value || null })}
          >
            <option value="">{t('parked.afterNone')}</option>
            {previousCandidates(doc).map((s) => (
              <option key={s.id} value={s.id}>
                {t('parked.afterOption', {
                  label: s.label || t('editor.unnamed'),
                  lane: laneName(laneOf(s.laneId)?.registerId ?? ''),
                })}
              </option>
            ))}
          </select>
        </label>
        {!choice.laneId && !choice.newLaneName && <p className="hint">{t('editor.needLane')}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button primary"
            disabled={!choice.label.trim() || (!choice.laneId && !choice.newLaneName)}
          >
            {t('parked.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
