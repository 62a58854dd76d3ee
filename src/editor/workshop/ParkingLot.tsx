// The parking lot: notes the room wants to come back to. Kept with the process (it survives a
// reload and travels with the file); a note becomes a step through a dialog that asks where.
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../platform/i18n/i18n';
import type { Process } from '../../domain/model/types';
import { LIMITS } from '../../domain/schema/limits';
import { CharCount } from '../panels/LimitHint';
import { addItemOp } from '../../domain/commands/lists';
import { documentSession } from '../../state/documentSession';
import { ParkedStepDialog } from './ParkedStepDialog';

export function ParkingLot({ doc }: { doc: Process }) {
  const t = useT();
  const [text, setText] = useState('');
  // The note being turned into a step, by its id.
  const [toStep, setToStep] = useState<string | null>(null);
  const countId = useId();
  const park = (e: FormEvent) => {
    e.preventDefault();
    const note = text.trim();
    const current = documentSession.doc;
    if (!note || !current) return;
    const ops = [addItemOp(current, 'parkingLot', note)];
    // The newest notes are kept: the lot holds LIMITS.parkingLot.
    const full = current.parkingLot.length >= LIMITS.parkingLot;
    const oldest = current.parkingLot[0];
    if (full && oldest) ops.unshift({ type: 'item.remove', list: 'parkingLot', id: oldest.id });
    documentSession.apply(ops);
    setText('');
  };
  return (
    <section className="parking-lot" aria-labelledby="parking-title">
      <h2 id="parking-title">{t('workshop.parkingLot')}</h2>
      <form onSubmit={park} className="park-form">
        <input
          aria-label={t('workshop.parkLabel')}
          placeholder={t('workshop.parkPlaceholder')}
          value={text}
          maxLength={LIMITS.label}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={countId}
        />
        <CharCount id={countId} text={text} max={LIMITS.label} />
        <button className="button" type="submit">
          {t('workshop.park')}
        </button>
      </form>
      {doc.parkingLot.length === 0 ? (
        <p className="hint">{t('workshop.emptyLot')}</p>
      ) : (
        <ul className="notes">
          {doc.parkingLot.map(({ id, text: note }) => (
            <li key={id} className="note">
              <span>{note}</span>
              <span className="note-actions">
                <button
                  className="button small"
                  aria-label={t('workshop.toStep', { note })}
                  onClick={() => setToStep(id)}
                >
                  {t('workshop.toStepShort')}
                </button>
                <button
                  className="icon-button"
                  aria-label={t('workshop.remove', { note })}
                  onClick={() =>
                    documentSession.apply({ type: 'item.remove', list: 'parkingLot', id })
                  }
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {toStep !== null && <ParkedStepDialog noteId={toStep} onClose={() => setToStep(null)} />}
    </section>
  );
}
