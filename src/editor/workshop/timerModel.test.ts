import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { changeTimer, setTimerChannel, useWorkshopTimer, yMapTimerChannel } from './sharedTimer';
import { initialTimer, leftNow, pause, readTimer, reset, setMinutes, start } from './timerModel';

describe('timer model', () => {
  it('counts down from the start time and stops at zero', () => {
    const running = start(initialTimer(1), 1_000);
    expect(leftNow(running, 1_000 + 25_400)).toBe(35);
    expect(leftNow(running, 1_000 + 600_000)).toBe(0);
  });
  it('pauses with the seconds left and resumes from them', () => {
    const paused = pause(start(initialTimer(2), 0), 30_000);
    expect(paused).toMatchObject({ running: false, left: 90, since: null });
    expect(leftNow(start(paused, 100_000), 110_000)).toBe(80);
  });
  it('resets to the minutes and changes minutes only while stopped', () => {
    const running = start(setMinutes(initialTimer(), 5), 0);
    expect(setMinutes(running, 20)).toBe(running);
    expect(reset(running)).toEqual(initialTimer(5));
    expect(setMinutes(initialTimer(), 999).minutes).toBe(180);
  });
  it('reads only a well-formed timer from someone else', () => {
    expect(readTimer({ minutes: 5, running: false, left: 300, since: null })).not.toBeNull();
    expect(readTimer({ minutes: 5, running: true, left: 300, since: null })).toBeNull();
    expect(readTimer({ minutes: 0, running: false, left: 0, since: null })).toBeNull();
    expect(readTimer({ minutes: 5, running: 'yes', left: 300, since: null })).toBeNull();
    expect(readTimer('x')).toBeNull();
  });
});

describe('shared timer', () => {
  it('a start on one laptop reaches another through the room’s doc', () => {
    const here = new Y.Doc();
    const there = new Y.Doc();
    here.on('update', (u: Uint8Array) => Y.applyUpdate(there, u));
    const theirs = yMapTimerChannel(there.getMap('workshop'));
    setTimerChannel(yMapTimerChannel(here.getMap('workshop')));
    try {
      changeTimer(start(initialTimer(3), 5_000));
      expect(theirs.read()).toEqual({ minutes: 3, running: true, left: 180, since: 5_000 });
      // And back: their pause shows here.
      there.on('update', (u: Uint8Array) => Y.applyUpdate(here, u));
      theirs.write(pause(theirs.read()!, 65_000));
      expect(useWorkshopTimer.getState().timer).toMatchObject({ running: false, left: 120 });
    } finally {
      setTimerChannel(null);
    }
  });
});
