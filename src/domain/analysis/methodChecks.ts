// The method's checks on a flow: what a course leader would point at. Each finding names the
// step or lane it is about, so the editor can select it. Errors break the flow's logic; hints
// are worth a look (an activity without information in or out is often fine).
import { STEP_KIND_INFO } from '../model/stepKinds';
import type { Process, RegisterEntry } from '../model/types';

export type CheckCode =
  | 'noNeed'
  | 'noOutcome'
  | 'unreachable'
  | 'deadEnd'
  | 'decisionOutcomes'
  | 'unknownUnit'
  | 'noObjects'
  | 'emptyLane';

export interface Finding {
  code: CheckCode;
  severity: 'error' | 'hint';
  stepId?: string;
  laneId?: string;
}

export function methodChecks(process: Process, register: readonly RegisterEntry[]): Finding[] {
  const findings: Finding[] = [];
  const known = new Set(register.map((e) => e.id));
  const flowSteps = process.steps.filter((s) => STEP_KIND_INFO[s.kind].inFlow);
  const flows = process.connections.filter((c) => c.kind === 'flow');
  const needs = flowSteps.filter((s) => s.kind === 'need');
  if (needs.length === 0) findings.push({ code: 'noNeed', severity: 'error' });
  if (!flowSteps.some((s) => s.kind === 'outcome'))
    findings.push({ code: 'noOutcome', severity: 'error' });

  // What the flow reaches from its need(s).
  const next = new Map<string, string[]>();
  for (const c of flows) next.set(c.from, [...(next.get(c.from) ?? []), c.to]);
  const reached = new Set(needs.map((s) => s.id));
  const queue = [...reached];
  while (queue.length) {
    for (const n of next.get(queue.shift()!) ?? []) {
      if (!reached.has(n)) {
        reached.add(n);
        queue.push(n);
      }
    }
  }
  if (needs.length > 0) {
    for (const s of flowSteps) {
      if (!reached.has(s.id))
        findings.push({ code: 'unreachable', severity: 'error', stepId: s.id });
    }
  }
  for (const s of flowSteps) {
    if (s.kind !== 'outcome' && !next.get(s.id)?.length)
      findings.push({ code: 'deadEnd', severity: 'error', stepId: s.id });
  }
  for (const s of flowSteps.filter((x) => x.kind === 'decision')) {
    const labelled = flows.filter((c) => c.from === s.id && c.label.trim()).length;
    if (labelled < 2) findings.push({ code: 'decisionOutcomes', severity: 'error', stepId: s.id });
  }
  const laneOf = new Map(process.lanes.map((l) => [l.id, l]));
  for (const s of process.steps) {
    const lane = laneOf.get(s.laneId);
    if (s.kind === 'activity' && (!lane || !known.has(lane.registerId)))
      findings.push({ code: 'unknownUnit', severity: 'error', stepId: s.id });
  }
  const objectIds = new Set(
    process.steps.filter((s) => s.kind === 'informationObject').map((s) => s.id),
  );
  for (const s of process.steps.filter((x) => x.kind === 'activity')) {
    const hasObject = process.connections.some(
      (c) => (c.from === s.id && objectIds.has(c.to)) || (c.to === s.id && objectIds.has(c.from)),
    );
    if (!hasObject) findings.push({ code: 'noObjects', severity: 'hint', stepId: s.id });
  }
  const used = new Set(process.steps.map((s) => s.laneId));
  for (const lane of process.lanes) {
    if (!used.has(lane.id)) findings.push({ code: 'emptyLane', severity: 'hint', laneId: lane.id });
  }
  return findings;
}
