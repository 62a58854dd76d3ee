// Real mouse input at 60 Hz through CDP (Input.dispatchMouseEvent, what Playwright's mouse uses),
// sent on a clock rather than after each event is handled: like a real mouse, it does not wait
// for a slow page, and Chromium coalesces what queues up into the next frame.
import type { CDPSession } from '@playwright/test';
import type { Point } from './view';

export const FRAME_MS = 1000 / 60;
const CTRL = 2;

type MouseType = 'mousePressed' | 'mouseMoved' | 'mouseReleased' | 'mouseWheel';

export interface Mouse {
  down(at: Point): Promise<void>;
  move(to: Point): Promise<void>;
  up(at: Point): Promise<void>;
  /** A wheel notch with Ctrl held: zoom in React Flow. */
  ctrlWheel(at: Point, deltaY: number): Promise<void>;
}

export function cdpMouse(cdp: CDPSession): Mouse {
  let pressed = false;
  const send = async (type: MouseType, at: Point, extra: Record<string, unknown> = {}) => {
    await cdp.send('Input.dispatchMouseEvent', {
      type,
      x: at.x,
      y: at.y,
      button: type === 'mouseMoved' || type === 'mouseWheel' ? (pressed ? 'left' : 'none') : 'left',
      buttons: pressed ? 1 : 0,
      pointerType: 'mouse',
      ...extra,
    });
  };
  return {
    async down(at) {
      pressed = true;
      await send('mousePressed', at, { clickCount: 1 });
    },
    move: (to) => send('mouseMoved', to),
    async up(at) {
      pressed = false;
      await send('mouseReleased', at, { clickCount: 1 });
    },
    ctrlWheel: (at, deltaY) => send('mouseWheel', at, { deltaX: 0, deltaY, modifiers: CTRL }),
  };
}

/** Sends input(i) for i < count every 16.7 ms, without waiting for each to be handled. */
export async function at60Hz(count: number, input: (i: number) => Promise<void>): Promise<void> {
  const start = performance.now();
  const sent: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    sent.push(input(i));
    const wait = start + (i + 1) * FRAME_MS - performance.now();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
  }
  await Promise.all(sent);
}
