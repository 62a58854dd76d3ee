// Where a process is in the method "från stuprör till flöden": each step of the method, done or
// not, judged from what the process holds. Guides a workshop; it does not police it.
import type { Process } from '../model/types';

export const METHOD_STEPS = [
  'purpose',
  'needOutcome',
  'asIs',
  'problems',
  'toBe',
  'measures',
  'actions',
] as const;
export type MethodStep = (typeof METHOD_STEPS)[number];

const FLOW_KINDS = new Set(['activity', 'decision', 'wait', 'subprocess']);

export function methodProgress(process: Process): Record<MethodStep, boolean> {
  const has = (kind: string) => process.steps.some((s) => s.kind === kind);
  const flowSteps = process.steps.filter((s) => FLOW_KINDS.has(s.kind)).length;
  const toBe = process.variant === 'onskat';
  return {
    purpose: process.purpose.trim() !== '' && process.customerGroupIds.length > 0,
    needOutcome:
      (process.need.trim() !== '' || has('need')) &&
      (process.outcome.trim() !== '' || has('outcome')),
    // A to-be was made from an as-is: that step is behind it.
    asIs: toBe ? true : flowSteps >= 3,
    problems: has('problem') || has('improvement'),
    toBe,
    measures: process.measures.length > 0,
    actions: process.actions.trim() !== '',
  };
}
