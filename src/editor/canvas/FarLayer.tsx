// Far out, the whole flow is one SVG of a few dozen paths inside React Flow's viewport instead
// of hundreds of DOM nodes (farPaths.ts). It moves and scales with the viewport's own transform,
// so a pan or zoom frame renders nothing here; it is rebuilt only for a new document version or
// selection. A bitmap canvas was tried first: Chrome copied its whole bitmap to the compositor
// during pans (about 45 ms each time at 1,000 steps, bench overview). The selected steps are
// still React Flow nodes above it: focusable, draggable and named for screen readers.
import { useStoreApi, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { Routes } from '../../domain/layout/routing';
import type { Process } from '../../domain/model/types';
import { farPaths, type FarPath } from './farPaths';
import { FAR_LOOK, farScene } from './farScene';

const LINE = '#475569';
const ACCENT = '#1d4ed8';
/** Room around the flow for routes that leave the steps' box and for strokes. */
const MARGIN = 80;

/** Colours here; line widths in styles.css, in screen pixels through --far-unit. */
function paint(path: FarPath): { fill: string; stroke: string; className: string } {
  if (path.part === 'shape') {
    const look = FAR_LOOK[path.look as keyof typeof FAR_LOOK];
    return { fill: look.fill, stroke: look.stroke, className: 'far-shape' };
  }
  const colour = path.look === 'selected' ? ACCENT : LINE;
  if (path.part === 'arrow') return { fill: colour, stroke: 'none', className: 'far-arrow' };
  return { fill: 'none', stroke: colour, className: `far-line far-${path.look}` };
}

/**
 * One screen pixel in canvas units, for the line widths. Written on zoom frames only, without a
 * render: SVG's non-scaling stroke ignores the viewport's CSS scale.
 */
function useScreenUnit(svg: RefObject<SVGSVGElement | null>) {
  const store = useStoreApi();
  useLayoutEffect(() => {
    let zoom = NaN;
    const follow = (s: ReactFlowState) => {
      if (s.transform[2] === zoom || !svg.current) return;
      zoom = s.transform[2];
      svg.current.style.setProperty('--far-unit', `${1 / zoom}px`);
    };
    follow(store.getState());
    return store.subscribe(follow);
  }, [store, svg]);
}

interface Props {
  doc: Process;
  /** The routes worked out for this version, once they are (a large flow's come from a worker). */
  routes?: Routes;
  selectedConnections: ReadonlySet<string>;
  label: string;
}

export const FarLayer = memo(function FarLayer({ doc, routes, selectedConnections, label }: Props) {
  const scene = farScene(doc, routes);
  const svg = useRef<SVGSVGElement>(null);
  useScreenUnit(svg);
  const paths = useMemo(() => farPaths(scene, selectedConnections), [scene, selectedConnections]);
  const box = useMemo(() => {
    const all = [...scene.steps.map((s) => s.box), ...scene.connections.map((c) => c.box)];
    const x0 = Math.min(0, ...all.map((b) => b.x)) - MARGIN;
    const y0 = Math.min(0, ...all.map((b) => b.y)) - MARGIN;
    const x1 = Math.max(0, ...all.map((b) => b.x + b.width)) + MARGIN;
    const y1 = Math.max(0, ...all.map((b) => b.y + b.height)) + MARGIN;
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  }, [scene]);
  return (
    <ViewportPortal>
      <svg
        ref={svg}
        className="far-layer"
        role="img"
        aria-label={label}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        width={box.width}
        height={box.height}
        style={{ transform: `translate(${box.x}px, ${box.y}px)` }}
      >
        {paths.map((path) => {
          const p = paint(path);
          return (
            <path
              key={path.key}
              d={path.d}
              className={p.className}
              fill={p.fill}
              stroke={p.stroke}
            />
          );
        })}
      </svg>
    </ViewportPortal>
  );
});
