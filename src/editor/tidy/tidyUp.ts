// "Städa upp": lay the flow (or the selection) out in the worker, then apply the result as one
// undoable edit — unless the flow changed while the layout was being computed. One at a time:
// a click while it runs is ignored rather than queued, as the button says it is busy.
import { layoutGraph, tidyOperations } from '../../domain/tidy/tidyLayout';
import { documentSession } from '../../state/documentSession';
import { useSessionStore } from '../../state/sessionStore';
import { runLayout } from './runLayout';
import { useTidyBusy } from './tidyBusy';

export async function tidyUp(selection?: readonly string[]): Promise<void> {
  const doc = documentSession.doc;
  if (!doc || doc.steps.length === 0 || useTidyBusy.getState().busy) return;
  useTidyBusy.setState({ busy: true });
  try {
    const laid = await runLayout(layoutGraph(doc, selection));
    // The operations are built from the document as it is now, after the wait. The layout is
    // only good for the flow it was computed from: a step or lane changed meanwhile (here or in
    // another tab) and it is not applied; a changed title or note does not matter to it.
    const now = documentSession.doc;
    if (!now || now.id !== doc.id || now.steps !== doc.steps || now.lanes !== doc.lanes) {
      useSessionStore.getState().showToast({ key: 'layout.changedMeanwhile' });
      return;
    }
    documentSession.apply(tidyOperations(now, laid, selection));
    useSessionStore.getState().showToast({
      key: 'layout.done',
      action: { key: 'common.undo', run: () => documentSession.undo() },
    });
  } catch (error) {
    console.error(error);
    useSessionStore.getState().showAlert({ key: 'layout.failed' });
  } finally {
    useTidyBusy.setState({ busy: false });
  }
}
