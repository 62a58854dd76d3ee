// Adding a step, optionally connected after another: the editor's most frequent action.
import { newConnection, newStep } from '../../domain/model/factories';
import { STEP_KIND_INFO } from '../../domain/model/stepKinds';
import type { Process, StepKind } from '../../domain/model/types';
import type { Operation } from '../../domain/operations/types';
import { nextStepPosition } from './placement';

export interface AddStepRequest {
  kind: StepKind;
  laneId: string;
  label?: string;
  /** Connect from this step; the new step is placed after it. */
  afterId?: string | null;
  /** An exact position (canvas x, y within lane), e.g. from a double-click. */
  at?: { x: number; y: number };
}

export function addStepOperation(
  doc: Process,
  req: AddStepRequest,
): { op: Operation; stepId: string } {
  const after = req.afterId ? doc.steps.find((s) => s.id === req.afterId) : undefined;
  const { height, width } = STEP_KIND_INFO[req.kind];
  const pos = req.at ?? nextStepPosition(doc, req.laneId, after, height);
  const step = newStep(req.kind, req.laneId, Math.round(pos.x), Math.round(pos.y), req.label ?? '');
  const x = req.at ? Math.round(pos.x - width / 2) : step.x;
  const y = req.at ? Math.max(8, Math.round(pos.y - height / 2)) : step.y;
  const placed = { ...step, x, y };
  const connections = after ? [newConnection(after.id, placed.id)] : [];
  return { op: { type: 'step.add', steps: [placed], connections }, stepId: placed.id };
}
