// The top of workshop mode: the title for the room, quick entry, the timer, and the way out.
import { useT } from '../../platform/i18n/i18n';
import { useSessionStore } from '../../state/sessionStore';
import { QuickEntry } from '../quickEntry/QuickEntry';
import { WorkshopTimer } from './WorkshopTimer';

export function leaveWorkshop(): void {
  useSessionStore.getState().setView({ workshop: false });
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

export function enterWorkshop(): void {
  useSessionStore.getState().setView({ workshop: true });
  // Full screen where the browser allows it; the mode works without it too.
  void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function WorkshopBar({ title }: { title: string }) {
  const t = useT();
  const saveState = useSessionStore((s) => s.saveState);
  return (
    <div className="workshop-bar">
      <h1>{title}</h1>
      {/* Saving goes on in the room too, and the facilitator can see it. */}
      <span className={`save-state save-${saveState}`} role="status">
        {t(`save.${saveState}`)}
      </span>
      <QuickEntry />
      <WorkshopTimer />
      <button className="button" onClick={leaveWorkshop}>
        {t('workshop.exit')}
      </button>
    </div>
  );
}
