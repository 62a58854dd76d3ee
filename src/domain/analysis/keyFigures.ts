// The method's key figures, computed from the diagram: how many units a citizen's errand passes,
// how often the work is handed over, how often the citizen must act, and how long it all takes.
// Pure and cheap enough to run on every change.
import type { Duration, Process, RegisterEntry, Step } from '../model/types';

export interface UnitPair {
  from: string;
  to: string;
  count: number;
}

export interface LeadTime {
  /** Minutes along the path: active plus waiting time of its steps. */
  minutes: number;
  /** Of those, active time in steps judged value-adding. */
  valueAddingMinutes: number;
  stepIds: string[];
}

export interface KeyFigures {
  activities: number;
  decisions: number;
  lanesUsed: number;
  unitsInvolved: number;
  handovers: number;
  handoverPairs: UnitPair[];
  /** Handovers between two different förvaltningar or bolag: across an organisation's border. */
  handoversAcrossOrganisations: number;
  handoverConnectionIds: string[];
  customerContacts: number;
  backAndForth: number;
  longest: LeadTime | null;
  shortest: LeadTime | null;
  problems: number;
  improvements: number;
}

const MINUTES = { min: 1, h: 60, d: 24 * 60, w: 7 * 24 * 60 } as const;

/** Minutes in a duration; days and weeks are calendar time, as a citizen waits them. */
export function minutesOf(d: Duration | null): number {
  return d ? d.value * MINUTES[d.unit] : 0;
}

export function keyFigures(process: Process, register: readonly RegisterEntry[]): KeyFigures {
  const entries = new Map(register.map((e) => [e.id, e]));
  const laneEntry = new Map(process.lanes.map((l) => [l.id, l.registerId]));
  const stepById = new Map(process.steps.map((s) => [s.id, s]));
  const unitOf = (s: Step) => laneEntry.get(s.laneId) ?? '';
  const isCustomer = (s: Step) => entries.get(unitOf(s))?.kind === 'kundgrupp';
  const isOrganisation = (id: string) => {
    const kind = entries.get(id)?.kind;
    return kind === 'forvaltning' || kind === 'bolag';
  };

  const flows = process.connections.flatMap((c) => {
    const from = stepById.get(c.from);
    const to = stepById.get(c.to);
    return c.kind === 'flow' && from && to ? [{ c, from, to }] : [];
  });

  const pairs = new Map<string, UnitPair>();
  const handoverIds: string[] = [];
  let across = 0;
  let customerContacts = 0;
  for (const { c, from, to } of flows) {
    const a = unitOf(from);
    const b = unitOf(to);
    if (isCustomer(from) !== isCustomer(to)) customerContacts++;
    if (isCustomer(from) || isCustomer(to) || a === b) continue;
    handoverIds.push(c.id);
    const key = `${a}>${b}`;
    const pair = pairs.get(key) ?? { from: a, to: b, count: 0 };
    pair.count++;
    pairs.set(key, pair);
    if (isOrganisation(a) && isOrganisation(b)) across++;
  }

  const usedLanes = new Set(process.steps.map((s) => s.laneId));
  const units = new Set(process.steps.filter((s) => !isCustomer(s)).map(unitOf));
  return {
    activities: process.steps.filter((s) => s.kind === 'activity' || s.kind === 'subprocess')
      .length,
    decisions: process.steps.filter((s) => s.kind === 'decision').length,
    lanesUsed: process.lanes.filter((l) => usedLanes.has(l.id)).length,
    unitsInvolved: units.size,
    handovers: handoverIds.length,
    handoverPairs: [...pairs.values()].sort((x, y) => y.count - x.count),
    handoversAcrossOrganisations: across,
    handoverConnectionIds: handoverIds,
    customerContacts,
    backAndForth: backAndForth(process, flows, unitOf, isCustomer),
    ...leadTimes(process, flows),
    problems: process.steps.filter((s) => s.kind === 'problem').length,
    improvements: process.steps.filter((s) => s.kind === 'improvement').length,
  };
}

type Flow = { from: Step; to: Step };

/**
 * Splits the flows into forward ones and the ones that close a loop (back to a step still being
 * walked), walking depth-first from the needs first, so "back" means back in the story.
 */
function splitLoops(process: Process, flows: Flow[]) {
  const next = new Map<string, Flow[]>();
  for (const f of flows) next.set(f.from.id, [...(next.get(f.from.id) ?? []), f]);
  const state = new Map<string, 'open' | 'done'>();
  const forward: Flow[] = [];
  const back: Flow[] = [];
  const order: Step[] = [];
  const visit = (s: Step) => {
    state.set(s.id, 'open');
    for (const f of next.get(s.id) ?? []) {
      const st = state.get(f.to.id);
      if (st === 'open') {
        back.push(f);
        continue;
      }
      forward.push(f);
      if (!st) visit(f.to);
    }
    state.set(s.id, 'done');
    order.push(s);
  };
  const starts = [
    ...process.steps.filter((s) => s.kind === 'need'),
    ...[...process.steps].sort((a, b) => a.x - b.x),
  ];
  for (const s of starts) if (!state.has(s.id)) visit(s);
  /** `order` is post-order: every step comes after all the steps it leads to. */
  return { forward, back, order };
}

/**
 * Handovers into a unit the work has already been in and left: the errand going back and forth.
 * A flow that closes a loop into another unit always is one; a forward handover is one when an
 * earlier step on some path to it was in the unit it goes to.
 */
function backAndForth(
  process: Process,
  flows: Flow[],
  unitOf: (s: Step) => string,
  isCustomer: (s: Step) => boolean,
): number {
  const { forward, back, order } = splitLoops(process, flows);
  const handover = ({ from, to }: Flow) =>
    !isCustomer(from) && !isCustomer(to) && unitOf(from) !== unitOf(to);
  const upstream = new Map<string, Set<string>>(process.steps.map((s) => [s.id, new Set()]));
  const incoming = new Map<string, Flow[]>();
  for (const f of forward) incoming.set(f.to.id, [...(incoming.get(f.to.id) ?? []), f]);
  // Reverse post-order is a topological order of the forward flows.
  for (const s of [...order].reverse()) {
    const seen = upstream.get(s.id)!;
    for (const { from } of incoming.get(s.id) ?? []) {
      if (!isCustomer(from)) seen.add(unitOf(from));
      for (const u of upstream.get(from.id)!) seen.add(u);
    }
  }
  const returning = forward.filter(
    (f) => handover(f) && upstream.get(f.from.id)!.has(unitOf(f.to)),
  );
  return returning.length + back.filter(handover).length;
}

/** Longest and shortest way from a need to an outcome, loops taken once (back edges dropped). */
function leadTimes(process: Process, flows: Flow[]): Pick<KeyFigures, 'longest' | 'shortest'> {
  const { forward, order } = splitLoops(process, flows);
  const dag = new Map<string, Step[]>();
  for (const f of forward) dag.set(f.from.id, [...(dag.get(f.from.id) ?? []), f.to]);
  const needs = process.steps.filter((s) => s.kind === 'need');

  const cost = (s: Step) =>
    minutesOf(s.properties.activeTime) + minutesOf(s.properties.waitingTime);
  const valueAdding = (s: Step) =>
    s.properties.valueAdding === true ? minutesOf(s.properties.activeTime) : 0;
  const best = (pick: (a: number, b: number) => boolean) => {
    const memo = new Map<string, LeadTime | null>();
    for (const s of order) {
      let chosen: LeadTime | null =
        s.kind === 'outcome' ? { minutes: 0, valueAddingMinutes: 0, stepIds: [] } : null;
      for (const n of dag.get(s.id) ?? []) {
        const rest = memo.get(n.id);
        if (rest && (!chosen || pick(rest.minutes, chosen.minutes))) chosen = rest;
      }
      memo.set(
        s.id,
        chosen && {
          minutes: cost(s) + chosen.minutes,
          valueAddingMinutes: valueAdding(s) + chosen.valueAddingMinutes,
          stepIds: [s.id, ...chosen.stepIds],
        },
      );
    }
    let result: LeadTime | null = null;
    for (const need of needs) {
      const r = memo.get(need.id);
      if (r && (!result || pick(r.minutes, result.minutes))) result = r;
    }
    return result;
  };
  return { longest: best((a, b) => a > b), shortest: best((a, b) => a < b) };
}
