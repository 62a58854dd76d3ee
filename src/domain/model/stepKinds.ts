// What each step kind is in the method, and its default size on the canvas.
import type { StepKind } from './types';

export interface StepKindInfo {
  width: number;
  height: number;
  /** Kinds that take part in the flow (connected by flow arrows) rather than annotate it. */
  inFlow: boolean;
}

export const STEP_KIND_INFO: Record<StepKind, StepKindInfo> = {
  need: { width: 168, height: 84, inFlow: true },
  activity: { width: 176, height: 88, inFlow: true },
  decision: { width: 144, height: 108, inFlow: true },
  wait: { width: 144, height: 80, inFlow: true },
  informationObject: { width: 144, height: 84, inFlow: false },
  itSystem: { width: 144, height: 80, inFlow: false },
  problem: { width: 160, height: 84, inFlow: false },
  improvement: { width: 160, height: 84, inFlow: false },
  note: { width: 168, height: 84, inFlow: false },
  outcome: { width: 168, height: 84, inFlow: true },
  subprocess: { width: 176, height: 88, inFlow: true },
};
