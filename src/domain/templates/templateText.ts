// Templates and examples are written as text, one step per line, so that a business developer
// can read (and review) them like the flow itself:
//
//   behov Invånare: Vill flytta till kommunen      ← kind, lane (register name), label
//   Kommunstyrelseförvaltningen: Registrerar        ← no kind: an activity, after the last step
//   beslut Samhällsbyggnadsförvaltningen: Komplett?  ← the next step follows its "Ja"
//   Nej → Invånare: Kompletterar                    ← a labelled way out of the last decision
//   problem Invånare: Vet inte vad som krävs         ← attached to the last step, not in the flow
//   → Samhällsbyggnadsförvaltningen: Granskar         ← the last step goes on to an existing one
//
// Each flow step connects from the one before (not from an outcome: that ends a branch); a
// "Label → Lane: text" line connects the last decision to that step (which may come later or
// earlier: loops are fine).
import { newConnection, newLane, newProcess, newStep } from '../model/factories';
import { fitLanes, LANE_PADDING } from '../model/geometry';
import { STEP_KIND_INFO } from '../model/stepKinds';
import type { Category, Connection, Process, RegisterEntry, Step, StepKind } from '../model/types';
import { findEntryByName, newRegisterEntry } from '../register/register';

const KIND_WORDS: Record<string, StepKind> = {
  behov: 'need',
  aktivitet: 'activity',
  beslut: 'decision',
  vänta: 'wait',
  underlag: 'informationObject',
  it: 'itSystem',
  problem: 'problem',
  idé: 'improvement',
  not: 'note',
  resultat: 'outcome',
  delprocess: 'subprocess',
};

export interface TemplateHead {
  title: string;
  category: Category;
  purpose?: string;
  need?: string;
  outcome?: string;
  tags?: string[];
}

export interface Built {
  process: Process;
  /** Register entries the template needs that the given register lacks. */
  newEntries: RegisterEntry[];
}

export function buildFromTemplate(
  head: TemplateHead,
  text: string,
  register: readonly RegisterEntry[],
  now: Date = new Date(),
): Built {
  const entries = [...register];
  const newEntries: RegisterEntry[] = [];
  const lanes = new Map<string, ReturnType<typeof newLane>>();
  const laneFor = (name: string) => {
    let entry = findEntryByName(entries, name);
    if (!entry) {
      const customer = /^(invånare|företagare|besökare|framtidare|medarbetare|sökande)/i.test(name);
      entry = newRegisterEntry(name, entries, customer ? 'kundgrupp' : 'forvaltning');
      entries.push(entry);
      newEntries.push(entry);
    }
    let lane = lanes.get(entry.id);
    if (!lane) {
      lane = newLane(entry.id);
      lanes.set(entry.id, lane);
    }
    return lane;
  };

  const steps: Step[] = [];
  const connections: Connection[] = [];
  const pendingWays: { from: Step; label: string; target: string }[] = [];
  let last: Step | undefined;
  let lastDecision: Step | undefined;
  let yesPending = false;
  let column = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const back = /^→\s*(.+?):\s*(.+)$/.exec(line);
    if (back && last) {
      pendingWays.push({ from: last, label: '', target: back[2]!.trim() });
      continue;
    }
    const way = /^(.+?)\s*→\s*(.+?):\s*(.+)$/.exec(line);
    if (way && lastDecision) {
      laneFor(way[2]!.trim());
      pendingWays.push({ from: lastDecision, label: way[1]!.trim(), target: way[3]!.trim() });
      continue;
    }
    const m = /^(?:(\S+)\s+)?(.+?):\s*(.+)$/.exec(line);
    if (!m) throw new Error(`Template line not understood: ${line}`);
    let kind: StepKind = 'activity';
    let laneName = m[2]!.trim();
    if (m[1] && KIND_WORDS[m[1].toLowerCase()]) kind = KIND_WORDS[m[1].toLowerCase()]!;
    else if (m[1]) laneName = `${m[1]} ${laneName}`;
    const lane = laneFor(laneName);
    const inFlow = STEP_KIND_INFO[kind].inFlow;
    const x = inFlow ? 40 + column++ * 220 : (last?.x ?? 40);
    const step = newStep(kind, lane.id, x, LANE_PADDING, m[3]!.trim());
    steps.push(step);
    if (!inFlow) {
      if (last) connections.push(newConnection(step.id, last.id, 'information'));
      continue;
    }
    if (last) {
      const c = newConnection(last.id, step.id);
      if (yesPending) c.label = 'Ja';
      connections.push(c);
    }
    yesPending = kind === 'decision';
    if (kind === 'decision') lastDecision = step;
    // An outcome ends the flow: a step written after it starts a branch of its own.
    last = kind === 'outcome' ? undefined : step;
  }
  for (const way of pendingWays) {
    const target = steps.find((s) => s.label === way.target);
    if (!target) throw new Error(`Template way to an unknown step: ${way.target}`);
    connections.push({ ...newConnection(way.from.id, target.id), label: way.label });
  }

  // Attached steps sit below the step they belong to: one row per attachment in that lane.
  const orderedLanes = [...lanes.values()];
  const customerFirst = orderedLanes.sort((a, b) => {
    const kind = (l: typeof a) =>
      entries.find((e) => e.id === l.registerId)?.kind === 'kundgrupp' ? 0 : 1;
    return kind(a) - kind(b);
  });
  const rows = new Map<string, number>();
  for (const s of steps) {
    if (STEP_KIND_INFO[s.kind].inFlow) continue;
    const key = `${s.laneId}:${s.x}`;
    const row = (rows.get(key) ?? 0) + 1;
    rows.set(key, row);
    s.y = LANE_PADDING + row * 112;
  }
  const process: Process = fitLanes({
    ...newProcess(head.title, now),
    category: head.category,
    purpose: head.purpose ?? '',
    need: head.need ?? '',
    outcome: head.outcome ?? '',
    tags: head.tags ?? [],
    customerGroupIds: customerFirst
      .map((l) => entries.find((e) => e.id === l.registerId))
      .filter((e): e is RegisterEntry => e?.kind === 'kundgrupp')
      .map((e) => e.id),
    lanes: customerFirst,
    steps,
    connections,
  });
  return { process, newEntries };
}
