// What to tell after a delete that did more than remove what was selected: neighbours joined,
// attached items taken along. A plain delete needs no words: the step is simply gone.
import type { Process } from '../../domain/model/types';
import type { StepRemovalPlan } from '../../domain/operations/removeStepsJoining';
import type { Message } from '../../state/sessionStore';

const SHOWN_NAMES = 3;

export function removalNotice(doc: Process, plan: StepRemovalPlan): Message | null {
  const label = (id: string) => doc.steps.find((s) => s.id === id)?.label || '…';
  const names = plan.attachedIds.map(label);
  const more = names.length > SHOWN_NAMES ? ' …' : '';
  const attached = names.slice(0, SHOWN_NAMES).join(', ') + more;
  const [join] = plan.joined;
  const one = plan.joined.length === 1 && join;
  if (one) {
    const params = { from: label(join.from), to: label(join.to) };
    return names.length
      ? { key: 'remove.joinedAttached', params: { ...params, names: attached } }
      : { key: 'remove.joined', params };
  }
  if (plan.joined.length > 1)
    return names.length
      ? { key: 'remove.joinedManyAttached', params: { names: attached } }
      : { key: 'remove.joinedMany' };
  return names.length ? { key: 'remove.attached', params: { names: attached } } : null;
}
