// The workshop timer as data, so it can be shared by the room: what it was set to, whether it
// runs, the seconds left when it was last started, paused or reset, and when it was started.
// Counted from the start time, not by ticks, so a busy tab does not make it slow.
export interface TimerState {
  minutes: number;
  running: boolean;
  /** Seconds left at `since` (or now, when paused). */
  left: number;
  /** Epoch ms of the start, while running. */
  since: number | null;
}

export const MAX_MINUTES = 180;
export const initialTimer = (minutes = 10): TimerState => ({
  minutes,
  running: false,
  left: minutes * 60,
  since: null,
});

export function leftNow(s: TimerState, now: number): number {
  if (!s.running || s.since === null) return s.left;
  return Math.max(0, s.left - Math.floor(Math.max(0, now - s.since) / 1000));
}

export function start(s: TimerState, now: number): TimerState {
  return s.running || s.left === 0 ? s : { ...s, running: true, since: now };
}

export function pause(s: TimerState, now: number): TimerState {
  return s.running ? { ...s, running: false, left: leftNow(s, now), since: null } : s;
}

export function reset(s: TimerState): TimerState {
  return initialTimer(s.minutes);
}

export function setMinutes(s: TimerState, minutes: number): TimerState {
  if (s.running) return s;
  const m = Math.max(1, Math.min(MAX_MINUTES, Math.round(minutes) || 1));
  return initialTimer(m);
}

/** A timer state from someone else (a shared map): checked field by field, or null. */
export function readTimer(value: unknown): TimerState | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
  const minutes = num(v.minutes);
  const left = num(v.left);
  const since = v.since === null ? null : num(v.since);
  if (minutes === null || left === null || typeof v.running !== 'boolean') return null;
  if (minutes < 1 || minutes > MAX_MINUTES || left < 0 || left > MAX_MINUTES * 60) return null;
  if (v.running && since === null) return null;
  return { minutes, running: v.running, left: Math.floor(left), since: v.running ? since : null };
}
