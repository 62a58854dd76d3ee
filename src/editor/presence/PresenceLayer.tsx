// The others on the canvas: their selections outlined in their colour with a name tag, "Anna
// skriver…" on the step being typed in, the steps they drag, and their pointers. Decorations
// only (aria-hidden): the list "Här nu" is what assistive technology reads.
import {
  ViewportPortal,
  useReactFlow,
  useStore,
  useStoreApi,
  type ReactFlowState,
} from '@xyflow/react';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Process } from '../../domain/model/types';
import { useT } from '../../platform/i18n/i18n';
import { followedViewport, useFollow, viewDiffers } from './follow';
import { firstName, textOn } from './look';
import { layoutMarks, stepBoxes } from './marksLayout';
import { publishPointer, setCanvasSize, usePublishPresence, viewWithSize } from './publish';
import { marks, pointerPeople, sameMarks, sameRoster, usePeersSlice } from './slices';
import { setLocalPresence, usePresence } from './source';
import type { View } from './types';
import './presence.css';

// Memoised: the canvas renders on every frame of a drag, and this layer has nothing to redo then.
export const PresenceLayer = memo(function PresenceLayer({ doc }: { doc: Process }) {
  usePublishPresence();
  usePublishPointer();
  useFollowView();
  const zoomRef = useZoomVariable();
  return (
    <ViewportPortal>
      <div className="presence-layer" aria-hidden="true" ref={zoomRef}>
        <PeerMarks doc={doc} />
        <PeerPointers />
      </div>
    </ViewportPortal>
  );
});

/**
 * Name tags and pointers keep their size on screen at any zoom: the layer carries the zoom as
 * a CSS variable, written from React Flow's store without a render.
 */
function useZoomVariable() {
  const store = useStoreApi();
  const layer = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    let zoom = 0;
    const write = (s: ReactFlowState) => {
      const z = s.transform[2];
      if (z === zoom || !layer.current) return;
      zoom = z;
      layer.current.style.setProperty('--zoom', String(z));
    };
    write(store.getState());
    return store.subscribe(write);
  }, [store]);
  return useCallback(
    (el: HTMLDivElement | null) => {
      layer.current = el;
      el?.style.setProperty('--zoom', String(store.getState().transform[2]));
    },
    [store],
  );
}

function usePublishPointer() {
  const domNode = useStore((s) => s.domNode);
  const { screenToFlowPosition, getViewport } = useReactFlow();
  const self = usePresence((s) => s.self);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  // A room starts with an empty presence: it gets my view at once, for those who follow me; a
  // resized canvas (a window made smaller, a panel opened) is sent too.
  useEffect(() => {
    setCanvasSize(width, height);
    if (self) setLocalPresence({ view: viewWithSize(getViewport()) });
  }, [self, getViewport, width, height]);
  useEffect(() => {
    if (!domNode) return;
    const move = (e: PointerEvent) => {
      const p = screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false });
      publishPointer({ x: Math.round(p.x), y: Math.round(p.y) });
    };
    const leave = () => publishPointer(null);
    domNode.addEventListener('pointermove', move, { passive: true });
    domNode.addEventListener('pointerleave', leave);
    return () => {
      domNode.removeEventListener('pointermove', move);
      domNode.removeEventListener('pointerleave', leave);
    };
  }, [domNode, screenToFlowPosition]);
}

/** While I follow someone, my view takes theirs each time it changes. */
function useFollowView() {
  const flow = useReactFlow();
  const store = useStoreApi();
  const following = useFollow((s) => s.following);
  useEffect(() => {
    if (following === null) return;
    let applied: View | null = null;
    const apply = () => {
      const view = usePresence.getState().peers.find((p) => p.clientId === following)?.view;
      if (!view || (applied && !viewDiffers(applied, view))) return;
      applied = view;
      const { width, height, minZoom, maxZoom } = store.getState();
      const target = followedViewport(view, { width, height, minZoom, maxZoom });
      if (viewDiffers(target, flow.getViewport())) void flow.setViewport(target, { duration: 200 });
    };
    apply();
    return usePresence.subscribe(apply);
  }, [following, flow, store]);
}

function PeerMarks({ doc }: { doc: Process }) {
  const t = useT();
  const all = usePeersSlice(marks, sameMarks);
  const any = all.length > 0;
  // Worked out per document version only while someone has something marked.
  const boxes = useMemo(() => (any ? stepBoxes(doc) : null), [doc, any]);
  const layout = useMemo(() => (boxes ? layoutMarks(all, boxes) : null), [all, boxes]);
  if (!layout) return null;
  return (
    <>
      {layout.ghosts.map((g) => (
        <div
          key={g.key}
          className="peer-ghost"
          style={{ ...place(g.box), borderColor: g.color, color: g.color }}
        />
      ))}
      {layout.steps.map((s) => (
        <div key={s.stepId} className="peer-marked" style={place(s.box)}>
          {s.people.map((p, i) => (
            <div
              key={p.clientId}
              className="peer-outline"
              style={{ inset: -(4 + 4 * i), borderColor: p.color }}
            />
          ))}
          <div
            className="peer-tags"
            style={{ bottom: `calc(100% + ${6 + 4 * s.people.length}px)` }}
          >
            {s.people
              .filter((p) => p.tag)
              .map((p) => (
                <span
                  key={p.clientId}
                  className={p.typing ? 'peer-tag typing' : 'peer-tag'}
                  style={{ background: p.color, color: textOn(p.color) }}
                >
                  {p.typing ? t('presence.typing', { name: firstName(p.name) }) : firstName(p.name)}
                </span>
              ))}
          </div>
        </div>
      ))}
    </>
  );
}

function place(box: { x: number; y: number; width: number; height: number }) {
  return { transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height };
}

/** The pointers, moved by writing their transforms: a pointer's moves cost no React render,
 *  and one subscription places them all. */
function PeerPointers() {
  const people = usePeersSlice(pointerPeople, sameRoster);
  const refs = useRef(new Map<number, HTMLDivElement>());
  useLayoutEffect(() => {
    const move = () => {
      for (const peer of usePresence.getState().peers) {
        const el = peer.pointer && refs.current.get(peer.clientId);
        if (el) el.style.transform = `translate(${peer.pointer!.x}px, ${peer.pointer!.y}px)`;
      }
    };
    move();
    return usePresence.subscribe(move);
  }, [people]);
  return people.map((p) => (
    <div
      key={p.clientId}
      className="peer-pointer"
      ref={(el) => {
        if (el) refs.current.set(p.clientId, el);
        else refs.current.delete(p.clientId);
      }}
    >
      <div className="peer-pointer-body">
        <svg width="18" height="22" viewBox="0 0 18 22">
          <path
            d="M1 1 L1 18 L6 13.5 L9.5 21 L12.5 19.6 L9 12.3 L16 12.3 Z"
            fill={p.color}
            stroke="#fff"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
        </svg>
        <span className="peer-tag" style={{ background: p.color, color: textOn(p.color) }}>
          {firstName(p.name)}
        </span>
      </div>
    </div>
  ));
}
