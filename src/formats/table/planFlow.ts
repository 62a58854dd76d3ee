// Rows as steps of a process, planned as operations (pure: nothing is applied), so a paste is
// one edit and one undo step and a file import builds its new process the same way. Rows follow
// each other in order unless their Nästa cell says where to go (step numbers, a Nr column's
// values or step texts); several targets make a decision, labelled from Villkor. Annotation rows
// (Underlag, Problem …) attach to the flow step above them.
import { newConnection, newStep } from '../../domain/model/factories';
import { STEP_KIND_INFO } from '../../domain/model/stepKinds';
import type { Connection, Process, RegisterEntry, Step, StepKind } from '../../domain/model/types';
import type { Operation } from '../../domain/operations/types';
import { cleanLabel } from '../../domain/schema/fitToLimits';
import { LIMITS } from '../../domain/schema/limits';
import { planLanes } from './planLanes';
import { splitList, type TableRow } from './readRows';
import { fold } from './words';

export interface FlowOptions {
  /** Where rows without a unit go: a lane of the process, or the name of one to add. */
  defaultLane: { laneId: string } | { name: string };
  /** The flow step the first row follows (a paste after the selection). */
  afterId?: string;
  /** The process's one result that nothing leads to yet: the table's open ends lead to it. */
  joinOutcome?: boolean;
}

export interface FlowPlan {
  ops: Operation[];
  newEntries: RegisterEntry[];
  stepIds: string[];
  addedLanes: string[];
  /** Nästa parts that name no row, as "row: text". */
  unresolved: string[];
  /** Step texts longer than a label may be, cut. */
  cutLabels: number;
}

export type FlowResult = ({ ok: true } & FlowPlan) | { ok: false; error: 'noRows' | 'processFull' };

const END_WORDS = new Set(['slut', 'klart', 'klar', 'stopp', 'end', 'done', 'stop', '-']);
const GAP = 240;

export function planFlow(
  doc: Process,
  register: readonly RegisterEntry[],
  rows: readonly TableRow[],
  options: FlowOptions,
): FlowResult {
  if (rows.length === 0) return { ok: false, error: 'noRows' };
  // The default lane only when a row has no unit: an unused lane would be an empty band.
  const unitless = rows.some((r) => !r.lane);
  const defaultName = 'name' in options.defaultLane && unitless ? options.defaultLane.name : '';
  const lanes = planLanes(doc, register, [...rows.map((r) => r.lane), defaultName]);
  const defaultLaneId =
    'laneId' in options.defaultLane
      ? options.defaultLane.laneId
      : (lanes.laneIdOf(defaultName) ?? '');
  if (
    doc.steps.length + rows.length > LIMITS.steps ||
    lanes.doc.lanes.length > LIMITS.lanes ||
    doc.connections.length + rows.length * 2 > LIMITS.connections
  )
    return { ok: false, error: 'processFull' };

  const left = Math.max(0, ...doc.steps.map((s) => s.x + s.width)) + (doc.steps.length ? 80 : 40);
  let cutLabels = 0;
  const steps: Step[] = rows.map((row, i) => {
    const label = cleanLabel(row.label);
    if (row.label.length > LIMITS.label) cutLabels++;
    const laneId = (row.lane && lanes.laneIdOf(row.lane)) || defaultLaneId;
    const step = newStep(row.kind ?? 'activity', laneId, left + i * GAP, 24, label);
    // A wait's one time is how long it waits.
    const waitOnly = row.kind === 'wait' && !row.waitingTime;
    step.properties.activeTime = waitOnly ? null : row.activeTime;
    step.properties.waitingTime = waitOnly ? row.activeTime : row.waitingTime;
    return step;
  });
  const inFlow = (i: number) => STEP_KIND_INFO[steps[i]!.kind].inFlow;

  const targets = resolveTargets(rows);
  const connections: Connection[] = [];
  const ends: number[] = [];
  let lastFlow = -1;
  const first = firstFlow(steps);
  rows.forEach((row, i) => {
    const step = steps[i]!;
    if (!inFlow(i)) {
      // Underlag, IT-stöd, problems and ideas annotate the flow step above them.
      if (lastFlow >= 0)
        connections.push(newConnection(step.id, steps[lastFlow]!.id, 'information'));
      return;
    }
    if (i === first && options.afterId && step.kind !== 'need')
      connections.push(newConnection(options.afterId, step.id));
    lastFlow = i;
    const t = targets.list[i]!;
    // A flow arrow goes to flow steps only; Nästa naming an annotation row is not followed.
    const named = t.rows.filter(inFlow);
    const to = t.explicit ? named : step.kind === 'outcome' ? [] : nextFlow(steps, i);
    if (to.length === 0 && !t.ended && step.kind !== 'outcome') ends.push(i);
    if (to.length > 1 && row.kind === null) step.kind = 'decision';
    if (to.length === 1 && row.kind === null && row.label.endsWith('?')) step.kind = 'decision';
    const own = splitList(row.condition, /[;,|\n/]/);
    to.forEach((j, n) => {
      const c = newConnection(step.id, steps[j]!.id);
      const label = to.length > 1 && own.length === to.length ? own[n]! : rows[j]!.condition;
      if (step.kind === 'decision' && label) c.label = cleanLabel(label);
      connections.push(c);
    });
  });
  const outcome = options.joinOutcome ? waitingOutcome(doc) : undefined;
  if (outcome && !steps.some((s) => s.kind === 'outcome'))
    for (const i of ends) connections.push(newConnection(steps[i]!.id, outcome.id));
  // Sizes follow the final kinds (a row became a decision once its targets were known).
  for (const s of steps) Object.assign(s, sizeOf(s.kind));

  const op: Operation = { type: 'step.add', steps, connections };
  return {
    ok: true,
    ops: [...lanes.ops, op],
    newEntries: lanes.newEntries,
    stepIds: steps.map((s) => s.id),
    addedLanes: lanes.addedLanes,
    unresolved: targets.unresolved,
    cutLabels,
  };
}

const sizeOf = (kind: StepKind) => ({
  width: STEP_KIND_INFO[kind].width,
  height: STEP_KIND_INFO[kind].height,
});

const firstFlow = (steps: Step[]) => steps.findIndex((s) => STEP_KIND_INFO[s.kind].inFlow);

function nextFlow(steps: Step[], i: number): number[] {
  for (let j = i + 1; j < steps.length; j++) if (STEP_KIND_INFO[steps[j]!.kind].inFlow) return [j];
  return [];
}

/** The one result of the process that no flow reaches yet (a new process's "Resultat"). */
function waitingOutcome(doc: Process): Step | undefined {
  const outcomes = doc.steps.filter((s) => s.kind === 'outcome');
  const reached = new Set(doc.connections.filter((c) => c.kind === 'flow').map((c) => c.to));
  return outcomes.length === 1 && !reached.has(outcomes[0]!.id) ? outcomes[0] : undefined;
}

interface Targets {
  list: { rows: number[]; explicit: boolean; ended: boolean }[];
  unresolved: string[];
}

/** Each row's Nästa as row indexes: the whole cell as a step text first, then its parts. */
function resolveTargets(rows: readonly TableRow[]): Targets {
  const byNumber = new Map<string, number>();
  const byLabel = new Map<string, number>();
  rows.forEach((r, i) => {
    if (r.number && !byNumber.has(fold(r.number))) byNumber.set(fold(r.number), i);
    if (!byLabel.has(fold(r.label))) byLabel.set(fold(r.label), i);
  });
  const unresolved: string[] = [];
  const find = (part: string): number | undefined => {
    const f = fold(part);
    const n = byNumber.get(f);
    if (n !== undefined) return n;
    if (/^\d+$/.test(f) && byNumber.size === 0) {
      const i = Number(f) - 1;
      return i >= 0 && i < rows.length ? i : undefined;
    }
    return byLabel.get(f);
  };
  const list = rows.map((row) => {
    const cell = row.next.trim();
    if (!cell) return { rows: [], explicit: false, ended: false };
    if (END_WORDS.has(fold(cell) || '-')) return { rows: [], explicit: true, ended: true };
    const whole = byLabel.get(fold(cell));
    if (whole !== undefined) return { rows: [whole], explicit: true, ended: false };
    const found: number[] = [];
    for (const part of splitList(cell)) {
      const i = find(part);
      if (i === undefined) unresolved.push(`${row.row}: ${part}`);
      else if (!found.includes(i)) found.push(i);
    }
    // Nothing found: the row goes on to the next, as if the cell were empty.
    return { rows: found, explicit: found.length > 0, ended: false };
  });
  return { list, unresolved };
}
