import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('sends the first value at once and at most one per interval after', () => {
    const sent: number[] = [];
    const send = throttle((v: number) => sent.push(v), 100);
    for (let i = 0; i < 50; i++) {
      send(i);
      vi.advanceTimersByTime(10);
    }
    // 500 ms of moves at 100 Hz: about five sends, never more than one per 100 ms.
    expect(sent.length).toBeGreaterThanOrEqual(5);
    expect(sent.length).toBeLessThanOrEqual(6);
    expect(sent[0]).toBe(0);
  });
  it('sends the last value of a burst when the interval ends', () => {
    const sent: number[] = [];
    const send = throttle((v: number) => sent.push(v), 100);
    send(1);
    send(2);
    send(3);
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([1, 3]);
  });
  it('drops a waiting value on cancel', () => {
    const sent: number[] = [];
    const send = throttle((v: number) => sent.push(v), 100);
    send(1);
    send(2);
    send.cancel();
    vi.advanceTimersByTime(500);
    expect(sent).toEqual([1]);
  });
});
