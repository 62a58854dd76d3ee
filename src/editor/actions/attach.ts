// Attaching an information object, problem or improvement idea to a step: a new step of that
// kind placed just above (or below) it in the same lane, joined by an information connection.
import { newConnection, newStep } from '../../domain/model/factories';
import { STEP_KIND_INFO } from '../../domain/model/stepKinds';
import type { Process, StepKind } from '../../domain/model/types';
import type { Operation } from '../../domain/operations/types';

export type Attachment = 'objectIn' | 'objectOut' | 'problem' | 'improvement';

const KIND: Record<Attachment, StepKind> = {
  objectIn: 'informationObject',
  objectOut: 'informationObject',
  problem: 'problem',
  improvement: 'improvement',
};

export function attachOperation(
  doc: Process,
  stepId: string,
  what: Attachment,
  label: string,
): Operation | null {
  const step = doc.steps.find((s) => s.id === stepId);
  if (!step) return null;
  const kind = KIND[what];
  const size = STEP_KIND_INFO[kind];
  const offsetX =
    what === 'objectIn'
      ? -size.width / 2
      : what === 'objectOut'
        ? step.width - size.width / 2
        : step.width / 2;
  // Stack below the step, clear of whatever is already attached there.
  const below = doc.steps.filter(
    (s) =>
      s.laneId === step.laneId &&
      s.id !== step.id &&
      s.y >= step.y + step.height &&
      Math.abs(s.x - (step.x + offsetX)) < size.width,
  );
  const y = Math.max(step.y + step.height + 24, ...below.map((s) => s.y + s.height + 16));
  const added = newStep(
    kind,
    step.laneId,
    Math.max(0, Math.round(step.x + offsetX)),
    Math.round(y),
    label,
  );
  const connection =
    what === 'objectOut'
      ? newConnection(step.id, added.id, 'information')
      : newConnection(added.id, step.id, 'information');
  return { type: 'step.add', steps: [added], connections: [connection] };
}
