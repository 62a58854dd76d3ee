// The zoom that shows a whole flow, and how far out the canvas may zoom at all. Plain numbers,
// so the fit is the same wherever it is worked out (the button, the zoom limit) and testable.
import type { Box } from '../../domain/model/route';

export interface Size {
  width: number;
  height: number;
}
/** Room kept clear around the fitted flow, in screen pixels. */
export interface Pad {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Fitting never enlarges a small flow past its natural size. */
const MAX_FIT_ZOOM = 1;
/** The zoom limit for a flow that fits anyway: far enough out to see a large flow's shape. */
export const DEFAULT_MIN_ZOOM = 0.1;
/** Below this a step is under a screen pixel: no flow needs it to be seen whole. */
export const MIN_ZOOM_FLOOR = 0.005;

/** The largest zoom (at most 1) at which the box fits inside the padded canvas. */
export function fitZoom(bounds: Box, size: Size, pad: Pad): number {
  const width = Math.max(1, size.width - pad.left - pad.right);
  const height = Math.max(1, size.height - pad.top - pad.bottom);
  return Math.min(
    MAX_FIT_ZOOM,
    width / Math.max(1, bounds.width),
    height / Math.max(1, bounds.height),
  );
}

/**
 * How far out the canvas may zoom: the usual limit, or lower when the flow needs it to be seen
 * whole (a little lower still, so a smaller window or a wider panel does not cut it off).
 */
export function minZoomFor(bounds: Box, size: Size, pad: Pad): number {
  if (size.width <= 0 || size.height <= 0) return DEFAULT_MIN_ZOOM;
  const fit = fitZoom(bounds, size, pad) * 0.8;
  return Math.max(MIN_ZOOM_FLOOR, Math.min(DEFAULT_MIN_ZOOM, fit));
}

/**
 * The view that shows the box centred in the padded canvas. A flow too long even for the
 * smallest zoom is shown from its start, not from its middle.
 */
export function fitViewport(bounds: Box, size: Size, pad: Pad, minZoom: number): Viewport {
  const zoom = Math.max(minZoom, fitZoom(bounds, size, pad));
  const roomX = size.width - pad.left - pad.right;
  const roomY = size.height - pad.top - pad.bottom;
  const x =
    bounds.width * zoom > roomX
      ? pad.left - bounds.x * zoom
      : pad.left + (roomX - bounds.width * zoom) / 2 - bounds.x * zoom;
  const y =
    bounds.height * zoom > roomY
      ? pad.top - bounds.y * zoom
      : pad.top + (roomY - bounds.height * zoom) / 2 - bounds.y * zoom;
  return { x, y, zoom };
}
