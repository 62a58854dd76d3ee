// What each step kind is in the method, and its default size on the canvas.
import type { StepKind } from './types';

export interface StepKindInfo {
  width: number;
  height: number;
  /** Kinds that take part in the flow (connected by flow arrows) rather than annotate it. */
  inFlow: boolean;
}

export const STEP_KIND_INFO: Record<StepKind, StepKindInfo> = {
  need: { width: 160, height: 72, inFlow: true },
  activity: { width: 168, height: 80, inFlow: true },
  decision: { width: 132, height: 100, inFlow: true },
  wait: { width: 132, height: 72, inFlow: true },
  informationObject: { width: 132, height: 80, inFlow: false },
  itSystem: { width: 132, height: 72, inFlow: false },
  problem: { width: 140, height: 72, inFlow: false },
  improvement: { width: 140, height: 72, inFlow: false },
  note: { width: 160, height: 72, inFlow: false },
  outcome: { width: 160, height: 72, inFlow: true },
  subprocess: { width: 168, height: 80, inFlow: true },
};
