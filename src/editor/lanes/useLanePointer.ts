// Pointer gestures on a lane header: drag the header to reorder lanes, drag the bottom edge to
// resize. The document changes once, on release; meanwhile only this lane's preview moves.
// `moving` is in screen pixels (the header column is not zoomed), `resizing` in canvas units.
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useState, type PointerEvent } from 'react';
import { laneAt } from '../../domain/layout/projection';
import { moveLaneOp } from '../../domain/commands/lanes';
import { documentSession } from '../../state/documentSession';

type Gesture = { kind: 'move' | 'resize'; startY: number; zoom: number };

export function useLanePointer(laneId: string, height: number) {
  const store = useStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  const [gesture, setGesture] = useState<Gesture | null>(null);
  const [delta, setDelta] = useState(0);

  const start = (kind: Gesture['kind']) => (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0 || (kind === 'move' && (e.target as HTMLElement).closest('button'))) return;
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    setGesture({ kind, startY: e.clientY, zoom: store.getState().transform[2] });
    setDelta(0);
  };
  const move = (e: PointerEvent<HTMLElement>) => {
    if (gesture)
      setDelta((e.clientY - gesture.startY) / (gesture.kind === 'move' ? 1 : gesture.zoom));
  };
  const end = (e: PointerEvent<HTMLElement>) => {
    if (!gesture) return;
    const doc = documentSession.doc;
    setGesture(null);
    setDelta(0);
    if (!doc || Math.abs(delta) < 4) return;
    if (gesture.kind === 'resize') {
      documentSession.apply({ type: 'lane.resize', laneId, height: Math.max(40, height + delta) });
    } else {
      const target = laneAt(doc, screenToFlowPosition({ x: e.clientX, y: e.clientY }).y);
      const toIndex = doc.lanes.findIndex((l) => l.id === target?.id);
      const op = toIndex >= 0 ? moveLaneOp(doc, laneId, toIndex) : null;
      if (op) documentSession.apply(op);
    }
  };
  const handlers = (kind: Gesture['kind']) => ({
    onPointerDown: start(kind),
    onPointerMove: move,
    onPointerUp: end,
    onPointerCancel: () => setGesture(null),
  });
  return {
    moveHandlers: handlers('move'),
    resizeHandlers: handlers('resize'),
    moving: gesture?.kind === 'move' ? delta : 0,
    resizing: gesture?.kind === 'resize' ? delta : 0,
  };
}
