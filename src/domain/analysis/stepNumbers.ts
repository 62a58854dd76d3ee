// The number of each step, as the PDF's step table, the text view and the diagram print it: the
// steps of the flow (not the annotations) in flow order, counted from 1. One function, so the
// number on a shape is always the number in the table beside it.
import { STEP_KIND_INFO } from '../model/stepKinds';
import type { Process, Step } from '../model/types';
import { flowOrder } from './flowOrder';

/** The numbered steps, in number order: the flow's steps in flow order. */
export function numberedSteps(process: Process): Step[] {
  return flowOrder(process).filter((s) => STEP_KIND_INFO[s.kind].inFlow);
}

/** Step id → its number; annotations (documents, problems, notes …) have none. */
export function stepNumbers(process: Process): Map<string, number> {
  return new Map(numberedSteps(process).map((s, i) => [s.id, i + 1]));
}
