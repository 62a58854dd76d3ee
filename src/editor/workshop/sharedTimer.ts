// The timer everyone in the room sees. Locally it is this tab's; a live room can give it a
// channel (setTimerChannel) so the facilitator's start, pause and reset reach every laptop.
// The timer never goes into the process, its undo or its saved versions.
import type * as Y from 'yjs';
import { create } from 'zustand';
import { initialTimer, readTimer, type TimerState } from './timerModel';

export interface TimerChannel {
  read(): TimerState | null;
  write(state: TimerState): void;
  subscribe(changed: () => void): () => void;
}

export const useWorkshopTimer = create<{ timer: TimerState }>(() => ({ timer: initialTimer() }));

let channel: TimerChannel | null = null;
let unsubscribe: (() => void) | null = null;

export function changeTimer(next: TimerState): void {
  useWorkshopTimer.setState({ timer: next });
  channel?.write(next);
}

/** Shares the timer through a room's channel (null: back to this tab's own). */
export function setTimerChannel(next: TimerChannel | null): void {
  unsubscribe?.();
  unsubscribe = null;
  channel = next;
  if (!next) return;
  const pull = () => {
    const shared = next.read();
    if (shared) useWorkshopTimer.setState({ timer: shared });
  };
  pull();
  unsubscribe = next.subscribe(pull);
}

const KEY = 'timer';
/** A channel over a Y.Map of the room's doc (outside the process's own maps). */
export function yMapTimerChannel(map: Y.Map<unknown>): TimerChannel {
  return {
    read: () => readTimer(map.get(KEY)),
    write: (state) => map.set(KEY, { ...state }),
    subscribe(changed) {
      const observer = (e: Y.YMapEvent<unknown>) => {
        if (e.keysChanged.has(KEY)) changed();
      };
      map.observe(observer);
      return () => map.unobserve(observer);
    },
  };
}
