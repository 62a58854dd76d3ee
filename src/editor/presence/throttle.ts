// At most one call per interval; the last value of an interval is sent at its end, so the
// others see where a pointer or a drag came to rest.
export interface Throttled<T> {
  (value: T): void;
  /** Drops a value still waiting (the gesture ended; its end is sent on its own). */
  cancel(): void;
}

export function throttle<T>(send: (value: T) => void, intervalMs: number): Throttled<T> {
  let last = -Infinity;
  let waiting: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    last = Date.now();
    send(value);
  };
  const throttled = (value: T) => {
    const now = Date.now();
    if (now - last >= intervalMs && !timer) {
      last = now;
      send(value);
      return;
    }
    waiting = { value };
    timer ??= setTimeout(flush, Math.max(0, intervalMs - (now - last)));
  };
  throttled.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    waiting = null;
  };
  return throttled;
}
