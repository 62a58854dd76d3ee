// A time with its unit (minutes, hours, days, weeks): active or waiting time of a step.
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { Duration, TimeUnit } from '../../domain/model/types';

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
  const [amount, setAmount] = useState(value ? String(value.value) : '');
  const [unit, setUnit] = useState<TimeUnit>(value?.unit ?? 'h');
  const commit = (nextAmount: string, nextUnit: TimeUnit) => {
    const n = Number(nextAmount.replace(',', '.'));
    const next =
      nextAmount.trim() === '' || !Number.isFinite(n) || n < 0
        ? null
        : { value: n, unit: nextUnit };
    if (JSON.stringify(next) !== JSON.stringify(value)) onCommit(next);
  };
  return (
    <fieldset className="field duration">
      <legend>{label}</legend>
      <input
        inputMode="decimal"
        aria-label={t('props.amount', { field: label })}
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        onBlur={() => commit(amount, unit)}
        onKeyDown={(e) => e.key === 'Enter' && commit(amount, unit)}
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
