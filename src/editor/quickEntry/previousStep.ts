// Which step a new flow step should follow. Only a flow step can lead on: a flow arrow out of a
// problem, idea, note, underlag or IT-stöd says something the method never means.
import { STEP_KIND_INFO } from '../../domain/model/stepKinds';
import type { Process, Step } from '../../domain/model/types';

export const canLeadOn = (step: Step) => STEP_KIND_INFO[step.kind].inFlow;

/** Flow steps a new step may follow, in the order they were added. */
export function previousCandidates(doc: Process): Step[] {
  return doc.steps.filter(canLeadOn);
}

/**
 * The selected flow step; for a selected attached item, the one flow step it is attached to;
 * with nothing (useful) selected, the last flow step added that does not end the flow. An
 * outcome is followed only when chosen: it ends a branch, so a step typed without a selection
 * does not hang off it.
 */
export function defaultPrevious(doc: Process, selectedId: string | undefined): Step | undefined {
  const selected = doc.steps.find((s) => s.id === selectedId);
  if (selected && canLeadOn(selected)) return selected;
  if (selected) {
    const owners = doc.connections
      .filter((c) => c.from === selected.id || c.to === selected.id)
      .map((c) => doc.steps.find((s) => s.id === (c.from === selected.id ? c.to : c.from)))
      .filter((s): s is Step => !!s && canLeadOn(s));
    if (new Set(owners.map((s) => s.id)).size === 1) return owners[0];
  }
  return previousCandidates(doc)
    .filter((s) => s.kind !== 'outcome')
    .at(-1);
}
