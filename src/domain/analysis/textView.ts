// The flow told as numbered text, for a review read aloud, for print and for people who cannot see
// the diagram. One list in flow order (a listener must be able to follow the flow, so order wins
// over grouping by lane); every line names its lane, because after a branch the line before is
// not the step before. Numbers are the PDF step table's (flowOrder over the steps in the flow).
// Where the flow does not simply go on to the next number, the line says so: "Ja → 6, Nej → 7",
// "→ 10", "tillbaka till 4", or that the flow ends there. Words come in as labels, so this stays
// language-neutral.
import { STEP_KIND_INFO } from '../model/stepKinds';
import type { Process, RegisterEntry, Step, StepKind } from '../model/types';
import { numberedSteps } from './stepNumbers';

export interface TextViewLabels {
  kinds: Record<StepKind, string>;
  unknownLane: string;
  /** For a step without a label: "(utan namn)". */
  untitled: string;
  /** A target at or before the step: "tillbaka till {number}". */
  back: string;
  /** A step in the flow with nowhere to go that is not a result: "Flödet slutar här". */
  end: string;
  /** Heading of the steps no need leads to. */
  unreached: string;
  /** Heading of the annotations attached to no step of the flow. */
  loose: string;
}

export interface TextTarget {
  stepId: string;
  connectionId: string;
  number: number;
  /** The connection's label ("Ja"); empty when it has none. */
  label: string;
  /** The target comes at or before this step: a loop. */
  back: boolean;
}

/** A step that annotates the flow (document, IT system, problem, idea, note). */
export interface TextNote {
  stepId: string;
  kind: StepKind;
  kindWord: string;
  label: string;
}

export interface TextEntry {
  stepId: string;
  number: number;
  kind: StepKind;
  kindWord: string;
  /** On one line: the step's label with its line breaks as spaces. */
  label: string;
  laneId: string;
  lane: string;
  /** Every flow successor: onwards in number order, then back in number order. */
  targets: TextTarget[];
  /** Said aloud unless the step simply goes on to the next number. */
  sayTargets: boolean;
  /** No successor, and not a result: the flow stops here. */
  end: boolean;
  /** The annotations connected to this step. */
  notes: TextNote[];
}

export interface TextView {
  title: string;
  /** From the need(s), in flow order. */
  flow: TextEntry[];
  /** Steps in the flow that no need leads to, numbered on after the flow. */
  unreached: TextEntry[];
  /** Annotations connected to no step of the flow. */
  loose: TextNote[];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function textView(
  process: Process,
  register: readonly Pick<RegisterEntry, 'id' | 'name'>[],
  labels: TextViewLabels,
): TextView {
  const names = new Map(register.map((e) => [e.id, e.name]));
  const laneNames = new Map(
    process.lanes.map((l) => [l.id, names.get(l.registerId) ?? labels.unknownLane]),
  );
  const inFlow = (s: Step) => STEP_KIND_INFO[s.kind].inFlow;
  const steps = numberedSteps(process);
  const numbers = new Map(steps.map((s, i) => [s.id, i + 1]));
  const byId = new Map(process.steps.map((s) => [s.id, s]));
  const label = (s: Step) => oneLine(s.label) || labels.untitled;
  const note = (s: Step): TextNote => ({
    stepId: s.id,
    kind: s.kind,
    kindWord: labels.kinds[s.kind],
    label: label(s),
  });

  const targets = new Map<string, TextTarget[]>();
  const notes = new Map<string, TextNote[]>();
  const attached = new Set<string>();
  for (const c of process.connections) {
    const from = byId.get(c.from);
    const to = byId.get(c.to);
    if (!from || !to) continue;
    const fromNumber = numbers.get(from.id);
    const toNumber = numbers.get(to.id);
    if (fromNumber !== undefined && toNumber !== undefined) {
      if (c.kind !== 'flow') continue;
      const list = targets.get(from.id) ?? [];
      list.push({
        stepId: to.id,
        connectionId: c.id,
        number: toNumber,
        label: oneLine(c.label),
        back: toNumber <= fromNumber,
      });
      targets.set(from.id, list);
    } else if (fromNumber !== undefined || toNumber !== undefined) {
      // An annotation belongs to the flow step at the other end, whichever way the arrow points.
      const [host, mark] = fromNumber !== undefined ? [from, to] : [to, from];
      const list = notes.get(host.id) ?? [];
      if (!list.some((n) => n.stepId === mark.id)) list.push(note(mark));
      notes.set(host.id, list);
      attached.add(mark.id);
    }
  }

  const reached = reachable(process);
  const entries = steps.map((s, i): TextEntry => {
    // Onwards before back: "Ja → 4, Nej → tillbaka till 2".
    const out = (targets.get(s.id) ?? []).sort(
      (a, b) => Number(a.back) - Number(b.back) || a.number - b.number,
    );
    const plainNext = out.length === 1 && out[0]!.number === i + 2 && !out[0]!.label;
    return {
      stepId: s.id,
      number: i + 1,
      kind: s.kind,
      kindWord: labels.kinds[s.kind],
      label: label(s),
      laneId: s.laneId,
      lane: laneNames.get(s.laneId) ?? labels.unknownLane,
      targets: out,
      sayTargets: out.length > 0 && !plainNext,
      end: out.length === 0 && s.kind !== 'outcome',
      notes: notes.get(s.id) ?? [],
    };
  });
  // Without any need there is no flow to be outside of: then the list is simply in order.
  const none = !entries.some((e) => reached.has(e.stepId));
  return {
    title: oneLine(process.title),
    flow: entries.filter((e) => none || reached.has(e.stepId)),
    unreached: entries.filter((e) => !none && !reached.has(e.stepId)),
    loose: process.steps.filter((s) => !inFlow(s) && !attached.has(s.id)).map(note),
  };
}

/** Steps a need leads to along flow connections (flowOrder puts the rest last). */
function reachable(process: Process): Set<string> {
  const next = new Map<string, string[]>();
  for (const c of process.connections)
    if (c.kind === 'flow') next.set(c.from, [...(next.get(c.from) ?? []), c.to]);
  const seen = new Set(process.steps.filter((s) => s.kind === 'need').map((s) => s.id));
  const stack = [...seen];
  while (stack.length) {
    for (const id of next.get(stack.pop()!) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(id);
    }
  }
  return seen;
}

/** "Ja → 6, Nej → tillbaka till 4", "→ 10", "Flödet slutar här", or nothing. */
export function entryTail(entry: TextEntry, labels: TextViewLabels): string {
  if (entry.end) return labels.end;
  if (!entry.sayTargets) return '';
  const text = entry.targets.map((t) => targetText(t, labels)).join(', ');
  // It starts a sentence: "Tillbaka till 4".
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "→ 6", "Ja → 6", "tillbaka till 4", "Nej → tillbaka till 4". */
export function targetText(target: TextTarget, labels: TextViewLabels): string {
  const where = target.back
    ? labels.back.replace('{number}', String(target.number))
    : String(target.number);
  if (target.label) return `${target.label} → ${where}`;
  return target.back ? where : `→ ${where}`;
}

/** One entry without its number: "Beslut: Komplett ansökan? – Barn- och utbildningsförvaltningen. Ja → 6, Nej → 7" */
export function entryLine(entry: TextEntry, labels: TextViewLabels): string {
  const tail = entryTail(entry, labels);
  return `${entry.kindWord}: ${entry.label} – ${entry.lane}${tail ? `. ${tail}` : ''}`;
}

export function noteLine(note: TextNote): string {
  return `${note.kindWord}: ${note.label}`;
}

/**
 * The plain text: the title, the numbered lines with their annotations indented below them, then
 * the headed parts for what the flow does not reach.
 */
export function textViewToText(view: TextView, labels: TextViewLabels): string {
  const block = (entries: TextEntry[]) =>
    entries.flatMap((e) => {
      const indent = ' '.repeat(String(e.number).length + 2);
      return [`${e.number}. ${entryLine(e, labels)}`, ...e.notes.map((n) => indent + noteLine(n))];
    });
  const parts = [[view.title], block(view.flow)];
  if (view.unreached.length) parts.push([labels.unreached, ...block(view.unreached)]);
  if (view.loose.length) parts.push([labels.loose, ...view.loose.map((n) => `– ${noteLine(n)}`)]);
  return parts
    .filter((p) => p.length > 0)
    .map((p) => p.join('\n'))
    .join('\n\n')
    .concat('\n');
}
