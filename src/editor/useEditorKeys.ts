// Keyboard shortcuts of the editor. Keys typed into a field belong to the field.
import { useEffect } from 'react';
import { useDocumentStore } from '../state/documentStore';
import { useSessionStore } from '../state/sessionStore';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function useEditorKeys(): void {
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (isTyping(e.target) || document.querySelector('[role="dialog"]')) return;
      const store = useDocumentStore.getState();
      const session = useSessionStore.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z' && !e.shiftKey) {
        e.preventDefault();
        store.undo();
      } else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) {
        e.preventDefault();
        store.redo();
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        const ops = [];
        if (session.selectedConnectionIds.length)
          ops.push({ type: 'connection.remove' as const, ids: session.selectedConnectionIds });
        if (session.selectedStepIds.length)
          ops.push({ type: 'step.remove' as const, ids: session.selectedStepIds });
        if (ops.length) {
          e.preventDefault();
          store.apply(ops);
          session.select([]);
        }
      } else if ((e.key === 'F2' || e.key === 'Enter') && session.selectedStepIds.length === 1) {
        e.preventDefault();
        session.setEditing(session.selectedStepIds[0]!);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
