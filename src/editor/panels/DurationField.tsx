// A time with its unit (minutes, hours, days, weeks): active or waiting time of a step. The
// amount commits as you type, like the other fields; the unit at once.
import { useState } from 'react';
import { useT } from '../../platform/i18n/i18n';
import type { Duration, TimeUnit } from '../../domain/model/types';
import { useLiveDraft } from './fields';

const UNITS: TimeUnit[] = ['min', 'h', 'd', 'w'];

export function DurationField({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: Duration | null;
  onCommit(value: Duration | null): void;
}) {
  const t = useT();
  const [unit, setUnit] = useState<TimeUnit>(value?.unit ?? 'h');
  const commit = (nextAmount: string, nextUnit: TimeUnit) => {
    const n = Number(nextAmount.replace(',', '.'));
    const next =
      nextAmount.trim() === '' || !Number.isFinite(n) || n < 0
        ? null
        : { value: n, unit: nextUnit };
    if (JSON.stringify(next) !== JSON.stringify(value)) onCommit(next);
  };
  // "1,5" typed stays "1,5" while the field has focus, though what is stored is 1.5.
  const amountField = useLiveDraft(value ? String(value.value) : '', (a) => commit(a, unit));
  const amount = amountField.draft;
  return (
    <fieldset className="field duration">
      <legend>{label}</legend>
      <input
        inputMode="decimal"
        aria-label={t('props.amount', { field: label })}
        value={amount}
        {...amountField.bind}
        onChange={(e) => amountField.change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') amountField.commitNow();
          if (e.key === 'Escape') amountField.revert();
        }}
      />
      <select
        aria-label={t('props.unit', { field: label })}
        value={unit}
        onChange={(e) => {
          const u = e.target.value as TimeUnit;
          setUnit(u);
          commit(amount, u);
        }}
      >
        {UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`unit.${u}`)}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
