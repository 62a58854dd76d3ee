// Spreadsheet rows into the open process: planned on the document, laid out with "Städa upp"'s
// layout, and applied as one edit, so one Ctrl+Z takes the rows, their new lanes and register
// entries, and the tidy-up back together. The rows follow the selected step (or the last one
// added) and lead into the process's result when nothing reaches it yet.
import { applyOperations } from '../../domain/operations/applyOperation';
import type { Operation } from '../../domain/operations/types';
import type { Process, RegisterEntry } from '../../domain/model/types';
import { layoutGraph, tidyOperations } from '../../domain/tidy/tidyLayout';
import type { TableMapping } from '../../formats/table/columns';
import { planTablePaste } from '../../formats/table/importTable';
import { translate, useLanguage } from '../../platform/i18n/i18n';
import { documentSession } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { useSessionStore, type Message } from '../../state/sessionStore';
import { defaultPrevious } from '../quickEntry/previousStep';
import { runLayout } from '../tidy/runLayout';
import { useTidyBusy } from '../tidy/tidyBusy';
import { noticeDetails, noticeNeedsReading, tableErrorMessage } from './tableMessages';

/** Rows without a unit: the lane the flow is in, unless that is the customer's. */
function defaultLaneOf(doc: Process, entries: readonly RegisterEntry[], afterLane?: string) {
  const customer = new Set(entries.filter((e) => e.kind === 'kundgrupp').map((e) => e.id));
  const isUnit = (laneId: string | undefined) => {
    const lane = doc.lanes.find((l) => l.id === laneId);
    return !!lane && !customer.has(lane.registerId);
  };
  if (isUnit(afterLane)) return afterLane;
  return doc.lanes.find((l) => !customer.has(l.registerId))?.id;
}

/** Null when pasted; else what went wrong (nothing was changed). */
export async function pasteTable(text: string, mapping?: TableMapping): Promise<Message | null> {
  const doc = documentSession.doc;
  if (!doc) return null;
  const session = useSessionStore.getState();
  const language = useLanguage.getState().language;
  const t: Parameters<typeof noticeDetails>[1] = (key, params) => translate(language, key, params);
  const entries = useRegisterStore.getState().entries;
  const after = defaultPrevious(doc, session.selectedStepIds.at(-1));
  const laneId = defaultLaneOf(doc, entries, after?.laneId);
  const plan = planTablePaste(
    doc,
    entries,
    text,
    {
      defaultLane: laneId ? { laneId } : { name: t('table.defaultLane') },
      afterId: after?.id,
      joinOutcome: true,
    },
    mapping,
  );
  if (!plan.ok) return tableErrorMessage(plan);

  let ops: Operation[] = plan.ops;
  if (!useTidyBusy.getState().busy) {
    // Laying out hundreds of steps takes seconds: say what is coming meanwhile.
    session.showToast({ key: 'table.working', params: { count: plan.stepIds.length } });
    useTidyBusy.setState({ busy: true });
    try {
      const pasted = applyOperations(doc, plan.ops);
      const laid = await runLayout(layoutGraph(pasted));
      // Laid out for the flow as it was; changed meanwhile, the rows go in untidied.
      const now = documentSession.doc;
      if (now && now.steps === doc.steps && now.lanes === doc.lanes)
        ops = [...plan.ops, ...tidyOperations(pasted, laid)];
    } catch (error) {
      console.error(error);
    } finally {
      useTidyBusy.setState({ busy: false });
    }
  }
  if (documentSession.doc?.id !== doc.id) return null;
  documentSession.apply(ops, { register: plan.newEntries });
  session.select(plan.stepIds);
  const details = noticeDetails(plan.notice, t);
  session.showToast({
    key: 'table.done',
    params: { count: plan.stepIds.length, details },
    action: { key: 'common.undo', run: () => documentSession.undo() },
    sticky: noticeNeedsReading(plan.notice),
  });
  return null;
}
