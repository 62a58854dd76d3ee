// The overview map in the corner: lanes and steps drawn once per document change on a canvas,
// with a frame for what is in view that moves on its own. React Flow's MiniMap re-rendered an
// SVG of every step on each pan frame — about a third of the cost of panning at 1,000 steps.
import { useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, type PointerEvent } from 'react';
import { laneBands, lanesHeight, stepBox } from '../../domain/layout/projection';
import type { Process, RegisterEntry } from '../../domain/model/types';
import { sameGeometry } from './sameGeometry';
import { BAND_LEFT, contentWidth } from './toFlow';

const WIDTH = 200;
const HEIGHT = 120;
const STEP_COLOUR = '#334155';

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
  scale: number;
  /** Margins that centre the drawing in the map. */
  ox: number;
  oy: number;
}

function boundsOf(doc: Process): Bounds {
  const width = contentWidth(doc) - BAND_LEFT;
  const height = Math.max(1, lanesHeight(doc));
  const scale = Math.min(WIDTH / width, HEIGHT / height);
  return {
    x: BAND_LEFT,
    y: 0,
    width,
    height,
    scale,
    ox: (WIDTH - width * scale) / 2,
    oy: (HEIGHT - height * scale) / 2,
  };
}

const sameBounds = (a: Bounds, b: Bounds) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.scale === b.scale;

function draw(
  canvas: HTMLCanvasElement,
  doc: Process,
  register: ReadonlyMap<string, RegisterEntry>,
  b: Bounds,
) {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = WIDTH * ratio;
  canvas.height = HEIGHT * ratio;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(
    ratio * b.scale,
    0,
    0,
    ratio * b.scale,
    (b.ox - b.x * b.scale) * ratio,
    (b.oy - b.y * b.scale) * ratio,
  );
  ctx.clearRect(b.x, b.y, b.width, b.height);
  const bands = laneBands(doc.lanes);
  for (const band of bands) {
    ctx.fillStyle = register.get(band.lane.registerId)?.color ?? '#e2e8f0';
    ctx.fillRect(b.x, band.top, b.width, band.height);
  }
  ctx.fillStyle = STEP_COLOUR;
  const tops = new Map(bands.map((band) => [band.lane.id, band.top]));
  for (const s of doc.steps) {
    const box = stepBox(doc, s, tops);
    ctx.fillRect(box.x, box.y, box.width, box.height);
  }
}

/**
 * Draws the view's frame on the map, from React Flow's transform and size. On a canvas of its
 * own: a moved and resized element cost a style recalculation, a layout and a paint on every
 * zoom frame (bench: a tenth of the canvas's work per zoom frame).
 */
function drawFrame(canvas: HTMLCanvasElement, s: ReactFlowState, b: Bounds) {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== WIDTH * ratio) {
    canvas.width = WIDTH * ratio;
    canvas.height = HEIGHT * ratio;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const [tx, ty, zoom] = s.transform;
  const x = b.ox + (-tx / zoom - b.x) * b.scale;
  const y = b.oy + (-ty / zoom - b.y) * b.scale;
  const w = (s.width / zoom) * b.scale;
  const h = (s.height / zoom) * b.scale;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = FRAME_FILL;
  ctx.fillRect(x, y, w, h);
  ctx.lineWidth = 2;
  ctx.strokeStyle = FRAME_COLOUR;
  ctx.strokeRect(x + 1, y + 1, Math.max(w - 2, 0), Math.max(h - 2, 0));
}
const FRAME_COLOUR = '#1d4ed8';
const FRAME_FILL = 'rgba(29, 78, 216, 0.08)';

export const OverviewMap = memo(function OverviewMap({
  doc,
  register,
  label,
}: {
  doc: Process;
  register: ReadonlyMap<string, RegisterEntry>;
  label: string;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<HTMLCanvasElement>(null);
  const bounds = useMemo(() => boundsOf(doc), [doc]);
  // A version that moved nothing (a renamed step) draws the same map: it is not drawn again.
  const lastDrawn = useRef<{ doc: Process; register: unknown; bounds: Bounds } | null>(null);
  useEffect(() => {
    const last = lastDrawn.current;
    if (
      last &&
      last.register === register &&
      sameBounds(last.bounds, bounds) &&
      sameGeometry(last.doc, doc)
    )
      return;
    if (!canvasRef.current) return;
    draw(canvasRef.current, doc, register, bounds);
    lastDrawn.current = { doc, register, bounds };
  }, [doc, register, bounds]);

  // The frame follows the view without React: a pan or zoom frame renders nothing here.
  const store = useStoreApi();
  useLayoutEffect(() => {
    // The store changes for other reasons too (every frame of a drag): draw only on a new view.
    let drawn: unknown[] = [];
    const follow = (s: ReactFlowState) => {
      const view = [s.transform[0], s.transform[1], s.transform[2], s.width, s.height];
      if (!frameRef.current || view.every((v, i) => v === drawn[i])) return;
      drawn = view;
      drawFrame(frameRef.current, s, bounds);
    };
    follow(store.getState());
    return store.subscribe(follow);
  }, [store, bounds]);

  const flow = useReactFlow();
  const moveTo = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - box.left - bounds.ox) / bounds.scale + bounds.x;
    const y = (e.clientY - box.top - bounds.oy) / bounds.scale + bounds.y;
    void flow.setCenter(x, y, { zoom: store.getState().transform[2] });
  };

  return (
    <div
      className="overview-map nopan nowheel"
      role="img"
      aria-label={label}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId)) moveTo(e);
      }}
    >
      <canvas ref={canvasRef} style={{ width: WIDTH, height: HEIGHT }} />
      <canvas className="overview-frame" ref={frameRef} style={{ width: WIDTH, height: HEIGHT }} />
    </div>
  );
});
