// What this person tells the room: pointer (throttled), view (when a pan or zoom ends),
// selection, the field being typed in and the steps being dragged. None of it goes into the
// document, the undo stack or storage.
import type { OnMove, OnNodeDrag, Node } from '@xyflow/react';
import { useEffect } from 'react';
import { useSessionStore } from '../../state/sessionStore';
import { useFollow } from './follow';
import { setLocalPresence, usePresence } from './source';
import { throttle } from './throttle';
import type { Editing } from './types';

/** ~10 updates a second for pointer and drag (issue 20). */
export const PRESENCE_INTERVAL_MS = 100;

/** The pointer (the presence state sends it at most every 100 ms). */
export function publishPointer(pointer: { x: number; y: number } | null): void {
  setLocalPresence({ pointer });
}

const publishDrag = throttle(
  (dragging: { ids: string[]; dx: number; dy: number }) => setLocalPresence({ dragging }),
  PRESENCE_INTERVAL_MS,
);
let dragStart: { id: string; x: number; y: number } | null = null;

/** React Flow's drag handlers for the canvas: the others see the steps move; the drop is the
 *  normal operation, written once. */
export const presenceDrag = {
  start: ((_e, node: Node) => {
    dragStart = { id: node.id, x: node.position.x, y: node.position.y };
  }) as OnNodeDrag,
  move: ((_e, node: Node, nodes: Node[]) => {
    if (!dragStart || dragStart.id !== node.id) return;
    const ids = nodes.filter((n) => n.type === 'step').map((n) => n.id);
    if (ids.length === 0) return;
    const dx = Math.round(node.position.x - dragStart.x);
    const dy = Math.round(node.position.y - dragStart.y);
    publishDrag({ ids, dx, dy });
  }) as OnNodeDrag,
  end(): void {
    dragStart = null;
    publishDrag.cancel();
    setLocalPresence({ dragging: null });
  },
};

/** The canvas's size in pixels, sent with the view (kept current by the presence layer). */
let canvasSize = { w: 0, h: 0 };
export function setCanvasSize(w: number, h: number): void {
  canvasSize = { w: Math.round(w), h: Math.round(h) };
}
export function viewWithSize(view: { x: number; y: number; zoom: number }) {
  const { w, h } = canvasSize;
  return { x: view.x, y: view.y, zoom: view.zoom, ...(w > 0 && h > 0 ? { w, h } : {}) };
}

/** React Flow's move handlers: a pan of my own stops following; the view is sent at the end. */
export const presenceMove: { start: OnMove; end: OnMove } = {
  start(event) {
    // Programmatic moves (following, fitting the view) have no event.
    if (event) useFollow.getState().dispatch({ type: 'pannedMyself' });
  },
  end(_event, view) {
    setLocalPresence({ view: viewWithSize(view) });
  },
};

const TYPED = new Set(['text', 'search', 'number', 'email', 'url', 'tel', '']);
/** The step field a focused element edits in the properties panel, if it is one. */
export function panelEditing(el: Element | null, selected: readonly string[]): Editing | null {
  if (selected.length !== 1 || !el?.closest('.properties')) return null;
  const typed =
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && TYPED.has(el.getAttribute('type') ?? ''));
  if (!typed) return null;
  const label = (el as HTMLInputElement).labels?.[0]?.textContent?.trim();
  return { stepId: selected[0]!, field: label || 'field' };
}

function sameEditing(a: Editing | null, b: Editing | null): boolean {
  return a?.stepId === b?.stepId && a?.field === b?.field;
}

/** Sends typing while the editor is open; clears all of it when it closes. */
export function usePublishPresence(): void {
  useEffect(() => {
    let editing: Editing | null = null;
    const update = (force = false) => {
      const { editingStepId, selectedStepIds } = useSessionStore.getState();
      const next: Editing | null = editingStepId
        ? { stepId: editingStepId, field: 'label' }
        : panelEditing(document.activeElement, selectedStepIds);
      if (!force && sameEditing(editing, next)) return;
      editing = next;
      setLocalPresence({ editing });
    };
    // The selection and the inline label edit are sent by the presence state itself, which
    // also clears `editing` when the inline edit ends and starts empty when a room opens: then
    // the panel's field is sent again.
    const stopSession = useSessionStore.subscribe((now, before) =>
      update(now.editingStepId !== before.editingStepId),
    );
    const stopRoom = usePresence.subscribe((now, before) => {
      if (now.self !== before.self) update(true);
    });
    // focusout comes before focus lands elsewhere: look once the move is over, so moving from
    // one field to the next is one message, not "stopped typing" and "typing" again.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onFocus = () => {
      clearTimeout(timer);
      timer = setTimeout(() => update(), 0);
    };
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', onFocus);
    update();
    return () => {
      stopSession();
      stopRoom();
      clearTimeout(timer);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', onFocus);
      setLocalPresence({ editing: null, pointer: null, dragging: null });
    };
  }, []);
}
