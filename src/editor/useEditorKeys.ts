// Keyboard shortcuts and clipboard of the editor. Keys typed into a field belong to the field.
import { useEffect } from 'react';
import { documentSession } from '../state/documentSession';
import { useRegisterStore } from '../state/registerStore';
import { useSessionStore } from '../state/sessionStore';
import { copySteps, parseClipboard, planPaste, serializeClipboard } from './actions/clipboard';
import { neighbourStep, type Direction } from './actions/navigate';
import { addNextStep } from './actions/nextStep';
import { pastePlainLines } from './quickEntry/appendQuickEntry';
import { looksLikeTable } from '../formats/table/looksLikeTable';
import { focusStep } from './a11y/focusStep';
import { removalNotice } from './actions/removalNotice';
import { applyOperation } from '../domain/operations/applyOperation';
import { planStepRemoval } from '../domain/operations/removeStepsJoining';
import type { Operation } from '../domain/operations/types';

const ARROWS: Record<string, Direction | undefined> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}
/** Enter, Space and arrows on a button, link or slider belong to that control. */
function isControl(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.closest?.('button, a[href], [role="separator"], [role="slider"], [role="menuitem"]');
}
const CONTROL_KEYS = new Set(['Enter', ' ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);
const dialogOpen = () => !!document.querySelector('[role="dialog"], [role="menu"]');

/**
 * Delete removes at once, as everywhere in the editor, and says what else it did: a middle
 * step's neighbours are joined and its attached items go with it. Asking first would stop the
 * room on every Delete; the notice carries an undo, and Ctrl+Z takes it all back in one step.
 */
function deleteSelection(): boolean {
  const session = useSessionStore.getState();
  const store = documentSession;
  if (!store.doc) return false;
  const ops: Operation[] = [];
  if (session.selectedConnectionIds.length)
    ops.push({ type: 'connection.remove', ids: session.selectedConnectionIds });
  // Planned on the document without the chosen connections, so those are never re-joined.
  const base = ops.reduce((d, op) => applyOperation(d, op), store.doc);
  const plan = planStepRemoval(base, session.selectedStepIds);
  ops.push(...plan.ops);
  if (!ops.length) return false;
  store.apply(ops);
  session.select([]);
  const notice = removalNotice(base, plan);
  if (notice) session.showToast({ ...notice, action: { key: 'common.undo', run: store.undo } });
  return true;
}

/** The selection as clipboard text; a cut also carries the attached items it takes along. */
function copySelection(cut = false): string | null {
  const doc = documentSession.doc;
  const selected = useSessionStore.getState().selectedStepIds;
  const ids = cut && doc ? planStepRemoval(doc, selected).removedIds : selected;
  const payload = doc && copySteps(doc, ids, useRegisterStore.getState().byId);
  return payload ? serializeClipboard(payload) : null;
}

async function pasteText(text: string, sameProcessOffset: number): Promise<void> {
  const store = documentSession;
  const doc = store.doc;
  if (!doc) return;
  const payload = parseClipboard(text);
  if (!payload) {
    // Cells from a spreadsheet: rows become steps, laid out, as one undo step.
    if (looksLikeTable(text)) {
      const { pasteTable } = await import('./tablePaste/pasteTable');
      const failed = await pasteTable(text);
      if (failed) useSessionStore.getState().showAlert(failed);
      return;
    }
    // Plain text: every line becomes a step, "Lane: text" picks the lane.
    pastePlainLines(text);
    return;
  }
  const here = new Set(doc.steps.map((s) => s.id));
  const d = payload.steps.some((s) => here.has(s.id)) ? sameProcessOffset : 0;
  const plan = planPaste(doc, payload, useRegisterStore.getState().byId, { x: d, y: d });
  if (!plan.ops.length) return;
  // The units the pasted lanes need come with the paste, and go with its undo.
  documentSession.apply(plan.ops, { register: plan.newEntries });
  useSessionStore.getState().select(plan.stepIds);
}

export function useEditorKeys(): void {
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (isTyping(e.target) || dialogOpen()) return;
      if (CONTROL_KEYS.has(e.key) && isControl(e.target)) return;
      const store = documentSession;
      const session = useSessionStore.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z' && !e.shiftKey) store.undo();
      else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) store.redo();
      else if (mod && key === 'a') session.select(store.doc?.steps.map((s) => s.id) ?? []);
      else if (mod && key === 'd') {
        const text = copySelection();
        if (text) void pasteText(text, 32);
      } else if (e.altKey && e.key === 'ArrowRight') handled = addNextStep('same');
      else if (e.altKey && e.key === 'ArrowDown') handled = addNextStep('below');
      else if (e.altKey && e.key === 'ArrowUp') handled = addNextStep('above');
      else if (!mod && !e.altKey && ARROWS[e.key]) {
        const doc = store.doc;
        const last = session.selectedStepIds[session.selectedStepIds.length - 1];
        const next = doc && neighbourStep(doc, last, ARROWS[e.key]!);
        if (next) {
          session.select([next.id]);
          focusStep(next.id);
        }
      } else if (e.key === 'Delete' || e.key === 'Backspace') handled = deleteSelection();
      else if ((e.key === 'F2' || e.key === 'Enter') && session.selectedStepIds.length === 1)
        session.setEditing(session.selectedStepIds[0]!);
      else if (e.key === 'Escape') session.select([]);
      else handled = false;
      if (handled) e.preventDefault();
    }
    // Clipboard events carry data without a permission prompt, across tabs and processes.
    function onCopy(e: ClipboardEvent, cut: boolean) {
      if (isTyping(e.target) || dialogOpen()) return;
      const text = copySelection(cut);
      if (!text || !e.clipboardData) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
      if (cut) deleteSelection();
    }
    function onPaste(e: ClipboardEvent) {
      if (isTyping(e.target) || dialogOpen()) return;
      const text = e.clipboardData?.getData('text/plain');
      if (!text) return;
      e.preventDefault();
      void pasteText(text, 32);
    }
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
