// A plain countdown for timeboxing in the room ("tio minuter på nuläget"). Its state is in
// sharedTimer (one for the room when a live room shares it); this only shows and changes it.
import { useEffect, useState } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { changeTimer, useWorkshopTimer } from './sharedTimer';
import { MAX_MINUTES, leftNow, pause, reset, setMinutes, start } from './timerModel';

export function WorkshopTimer() {
  const t = useT();
  const timer = useWorkshopTimer((s) => s.timer);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer.running) return;
    setNow(Date.now());
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer.running]);
  const left = leftNow(timer, timer.running ? now : 0);
  const mm = String(Math.floor(left / 60)).padStart(2, '0');
  const ss = String(left % 60).padStart(2, '0');
  return (
    <div className="workshop-timer" role="group" aria-label={t('workshop.timer')}>
      <label className="field inline">
        <span>{t('workshop.minutes')}</span>
        <input
          type="number"
          min={1}
          max={MAX_MINUTES}
          value={timer.minutes}
          disabled={timer.running}
          onChange={(e) => changeTimer(setMinutes(timer, Number(e.target.value)))}
        />
      </label>
      <span role="timer" aria-live="off" className={left === 0 ? 'time time-up' : 'time'}>
        {mm}:{ss}
      </span>
      {left === 0 && <span role="status">{t('workshop.timeUp')}</span>}
      <button
        className="button"
        onClick={() =>
          changeTimer(timer.running ? pause(timer, Date.now()) : start(timer, Date.now()))
        }
        disabled={left === 0}
      >
        {timer.running && left > 0 ? t('workshop.pause') : t('workshop.start')}
      </button>
      <button className="button" onClick={() => changeTimer(reset(timer))}>
        {t('workshop.reset')}
      </button>
    </div>
  );
}
