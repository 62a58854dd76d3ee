// "Städa upp": lay the flow (or the selection) out in the worker, then apply the result as one
// undoable edit — unless the flow changed while the layout was being computed. One at a time:
// a click while it runs is ignored rather than queued, as the button says it is busy.
import { layoutGraph, tidyOperations } from '../../domain/tidy/tidyLayout';
import { useDocumentStore } from '../../state/documentStore';
import { useSessionStore } from '../../state/sessionStore';
import { runLayout } from './runLayout';
import { useTidyBusy } from './tidyBusy';

export async function tidyUp(selection?: readonly string[]): Promise<void> {
  const store = useDocumentStore.getState();
  const doc = store.doc;
  if (!doc || doc.steps.length === 0 || useTidyBusy.getState().busy) return;
  const revision = store.revision;
  useTidyBusy.setState({ busy: true });
  try {
    const laid = await runLayout(layoutGraph(doc, selection));
    const now = useDocumentStore.getState();
    if (now.revision !== revision || now.doc !== doc) {
      useSessionStore.getState().showToast({ key: 'layout.changedMeanwhile' });
      return;
    }
    now.apply(tidyOperations(doc, laid, selection));
    useSessionStore.getState().showToast({
      key: 'layout.done',
      action: { key: 'common.undo', run: () => useDocumentStore.getState().undo() },
    });
  } catch (error) {
    console.error(error);
    useSessionStore.getState().showAlert({ key: 'layout.failed' });
  } finally {
    useTidyBusy.setState({ busy: false });
  }
}
