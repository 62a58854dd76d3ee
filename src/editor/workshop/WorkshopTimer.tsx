// A plain countdown for timeboxing in the room ("tio minuter på nuläget").
import { useEffect, useState } from 'react';
import { useT } from '../../platform/i18n/i18n';

export function WorkshopTimer() {
  const t = useT();
  const [minutes, setMinutes] = useState(10);
  const [left, setLeft] = useState(10 * 60);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const from = left;
    // Counted from the start time, not by ticks, so a busy tab does not make the timer slow.
    const timer = setInterval(() => {
      const next = Math.max(0, from - Math.floor((Date.now() - started) / 1000));
      setLeft(next);
      if (next === 0) setRunning(false);
    }, 250);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restart only on start/pause
  }, [running]);
  const mm = String(Math.floor(left / 60)).padStart(2, '0');
  const ss = String(left % 60).padStart(2, '0');
  return (
    <div className="workshop-timer" role="group" aria-label={t('workshop.timer')}>
      <label className="field inline">
        <span>{t('workshop.minutes')}</span>
        <input
          type="number"
          min={1}
          max={180}
          value={minutes}
          disabled={running}
          onChange={(e) => {
            const m = Math.max(1, Math.min(180, Number(e.target.value) || 1));
            setMinutes(m);
            setLeft(m * 60);
          }}
        />
      </label>
      <span role="timer" aria-live="off" className={left === 0 ? 'time time-up' : 'time'}>
        {mm}:{ss}
      </span>
      {left === 0 && <span role="status">{t('workshop.timeUp')}</span>}
      <button className="button" onClick={() => setRunning((r) => !r)} disabled={left === 0}>
        {running ? t('workshop.pause') : t('workshop.start')}
      </button>
      <button
        className="button"
        onClick={() => {
          setRunning(false);
          setLeft(minutes * 60);
        }}
      >
        {t('workshop.reset')}
      </button>
    </div>
  );
}
