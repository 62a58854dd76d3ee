// Moving the view with real input (Ctrl+wheel zooms, a drag on empty ground pans) and finding
// where to point: the same code drives the app and the baseline pages, only the selectors differ.
import type { Page } from '@playwright/test';

export interface Selectors {
  /** A step's React Flow node. */
  step: string;
  /** A lane's React Flow node. */
  lane: string;
}
export interface Point {
  x: number;
  y: number;
}
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The flow's canvas on screen. */
export async function canvasBox(page: Page): Promise<Box> {
  const box = await page.locator('.react-flow').first().boundingBox();
  if (!box) throw new Error('no React Flow canvas on the page');
  return box;
}

/** React Flow's view as drawn: translation in screen px and zoom. */
export async function readView(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const m = new DOMMatrix(viewport ? getComputedStyle(viewport).transform : undefined);
    return viewport ? { x: m.e, y: m.f, zoom: m.a } : { x: NaN, y: NaN, zoom: NaN };
  });
}

export const readZoom = async (page: Page) => (await readView(page)).zoom;

export const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));

/** Ctrl+wheel at a point until the zoom is within 1% of the target (clamped to min/max zoom). */
export async function zoomTo(page: Page, target: number, at: Point): Promise<number> {
  await page.mouse.move(at.x, at.y);
  await page.keyboard.down('Control');
  try {
    for (let attempt = 0; attempt < 6; attempt++) {
      const zoom = await readZoom(page);
      if (Math.abs(zoom / target - 1) < 0.01) break;
      // React Flow (d3-zoom) scales by 2^(-deltaY * 0.002) per wheel event.
      let deltaY = -Math.log2(target / zoom) / 0.002;
      while (Math.abs(deltaY) > 1) {
        const step = Math.sign(deltaY) * Math.min(Math.abs(deltaY), 400);
        await page.mouse.wheel(0, step);
        deltaY -= step;
      }
      await nextFrame(page);
      await nextFrame(page);
      if (target <= 0.1 && (await readZoom(page)) <= 0.1001) break;
    }
  } finally {
    await page.keyboard.up('Control');
  }
  return readZoom(page);
}

/** The middle of the lanes in view (zooming there keeps the flow on screen), and their top. */
export async function lanesCentre(
  page: Page,
  selectors: Selectors,
): Promise<{ centre: Point; top: Point }> {
  const canvas = await canvasBox(page);
  const span = await page.evaluate((laneSelector) => {
    const rects = [...document.querySelectorAll(laneSelector)].map((n) =>
      n.getBoundingClientRect(),
    );
    if (rects.length === 0) return null;
    return {
      top: Math.min(...rects.map((r) => r.top)),
      bottom: Math.max(...rects.map((r) => r.bottom)),
    };
  }, selectors.lane);
  const top = Math.max(canvas.y + 20, span?.top ?? canvas.y);
  const bottom = Math.min(canvas.y + canvas.height - 20, span?.bottom ?? canvas.y + canvas.height);
  const x = canvas.x + canvas.width / 2;
  return { centre: { x, y: (top + bottom) / 2 }, top: { x, y: top } };
}

/**
 * Empty ground (the pane or a lane's band, no step, edge or panel) nearest to a wanted point,
 * where a drag pans the view.
 */
export async function emptyGround(page: Page, selectors: Selectors, near: Point): Promise<Point> {
  const canvas = await canvasBox(page);
  const found = await page.evaluate(
    ({ canvas, near, lane }) => {
      const isGround = (x: number, y: number) => {
        const el = document.elementFromPoint(x, y);
        if (!el || el.closest('.react-flow__panel, .react-flow__edge, .react-flow__minimap'))
          return false;
        if (el.classList.contains('react-flow__pane')) return true;
        const node = el.closest('.react-flow__node');
        return !!node && node.matches(lane);
      };
      const inCanvas = (x: number, y: number) =>
        x > canvas.x + 40 &&
        x < canvas.x + canvas.width - 40 &&
        y > canvas.y + 40 &&
        y < canvas.y + canvas.height - 40;
      // Rings around the wanted point, nearest first.
      for (let r = 0; r < 1200; r += 4) {
        const points = Math.max(1, Math.round((2 * Math.PI * r) / 4));
        for (let k = 0; k < points; k++) {
          const x = Math.round(near.x + r * Math.cos((2 * Math.PI * k) / points));
          const y = Math.round(near.y + r * Math.sin((2 * Math.PI * k) / points));
          if (inCanvas(x, y) && isGround(x, y)) return { x, y };
        }
      }
      return null;
    },
    { canvas, near, lane: selectors.lane },
  );
  if (!found) throw new Error('no empty ground on the canvas to pan with');
  return found;
}

/**
 * A step well inside the canvas near its middle, and a point in the middle of the lane below it
 * (above it, for the last lane): where a drag takes it.
 */
export async function stepToMove(
  page: Page,
  selectors: Selectors,
): Promise<{ from: Point; to: Point }> {
  const canvas = await canvasBox(page);
  const found = await page.evaluate(
    ({ canvas, selectors }) => {
      const margin = 160;
      const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
      const lanes = [...document.querySelectorAll(selectors.lane)]
        .map((n) => n.getBoundingClientRect())
        .sort((a, b) => a.top - b.top);
      let best: { from: { x: number; y: number }; to: { x: number; y: number } } | null = null;
      let bestDistance = Infinity;
      for (const node of document.querySelectorAll(selectors.step)) {
        const r = node.getBoundingClientRect();
        const from = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        const inside =
          r.left > canvas.x + margin &&
          r.right < canvas.x + canvas.width - margin &&
          r.top > canvas.y + 40 &&
          r.bottom < canvas.y + canvas.height - 40;
        const d = Math.hypot(from.x - centre.x, from.y - centre.y);
        const lane = lanes.findIndex((l) => from.y >= l.top && from.y < l.bottom);
        const other = lanes[lane + 1] ?? lanes[lane - 1];
        const landing = other ? other.top + other.height / 2 : NaN;
        const landsInside = landing > canvas.y + 40 && landing < canvas.y + canvas.height - 40;
        if (!inside || lane < 0 || !landsInside || d >= bestDistance) continue;
        bestDistance = d;
        best = { from, to: { x: from.x + 40, y: landing } };
      }
      return best;
    },
    { canvas, selectors },
  );
  if (!found) throw new Error('no step in view to drag');
  return found;
}

/** A step near the middle of the canvas, to click on. */
export async function stepNearCentre(page: Page, selectors: Selectors): Promise<Point> {
  return (await stepToMove(page, selectors)).from;
}
