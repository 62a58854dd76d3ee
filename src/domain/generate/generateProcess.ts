// Generated processes for the benchmark (npm run bench) and for tests that need a big flow:
// a left-to-right flow over 8 lanes with about 1.2 connections per step, the same for the same
// seed. Built with the model's own factories so it is exactly what the editor would make.
import { newConnection, newLane, newProcess, newStep } from '../model/factories';
import { LANE_PADDING, snap } from '../model/geometry';
import { STEP_KIND_INFO } from '../model/stepKinds';
import type { Connection, Lane, ProcessFile, Step, StepKind } from '../model/types';
import { spreadKeys } from '../operations/laneOrder';
import { DEFAULT_REGISTER } from '../register/defaultRegister';
import { CURRENT_FORMAT_VERSION } from '../schema/process';
import { seededRandom, type Random } from './random';

export interface GenerateOptions {
  steps: number;
  seed?: number;
  lanes?: number;
  /** Connections per step, chain included (the chain alone gives just under 1). */
  connectionsPerStep?: number;
  title?: string;
  /** Fixed, so that the same seed gives the same file byte for byte. */
  now?: Date;
}

export const GENERATED_LANE_HEIGHT = 160;
/** Horizontal distance between step columns: a step's width plus room for an arrow. */
export const GENERATED_COLUMN_WIDTH = 224;
const MAX_STEPS_PER_COLUMN = 5;
const LEFT_MARGIN = 40;

// Mostly activities, as in a real flow; a few of every kind the method uses on the canvas.
const KIND_WEIGHTS: readonly [StepKind, number][] = [
  ['activity', 70],
  ['decision', 10],
  ['wait', 7],
  ['problem', 4],
  ['improvement', 3],
  ['informationObject', 3],
  ['itSystem', 2],
  ['subprocess', 1],
];
const VERBS = ['Registrera', 'Granska', 'Kontrollera', 'Skicka', 'Besluta om', 'Komplettera'];
const OBJECTS = [
  'ansökan',
  'underlag',
  'beslut',
  'faktura',
  'kompletteringsbegäran till sökanden',
  'remissvar från berörda förvaltningar',
];

export function generateProcessFile(options: GenerateOptions): ProcessFile {
  const { steps: count, seed = 1, connectionsPerStep = 1.2 } = options;
  const random = seededRandom(seed);
  const title = options.title ?? `Prestandaprov ${count} steg`;
  const process = newProcess(title, options.now ?? new Date('2025-01-01T00:00:00.000Z'));
  const entries = registerEntries(options.lanes ?? 8);
  const order = spreadKeys(entries.length);
  const lanes = entries.map((entry, i): Lane => ({
    ...newLane(entry.id),
    id: `l-${i + 1}`,
    height: GENERATED_LANE_HEIGHT,
    order: order[i],
  }));
  const steps = placeSteps(count, lanes, random);
  const connections = connect(steps, Math.round(count * connectionsPerStep), random);
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    application: 'Flödesverkstan',
    process: { ...process, id: `bench-${count}-${seed}`, lanes, steps, connections },
    register: entries,
  };
}

/** The customer first, then units: the order the method draws lanes in. */
function registerEntries(count: number) {
  const customer = DEFAULT_REGISTER.filter((e) => e.kind === 'kundgrupp').slice(0, 1);
  const units = DEFAULT_REGISTER.filter((e) => e.kind !== 'kundgrupp');
  return [...customer, ...units].slice(0, count);
}

/** Columns of one to five steps, each in a different lane, vertically centred in it. */
function placeSteps(count: number, lanes: readonly Lane[], random: Random): Step[] {
  const steps: Step[] = [];
  for (let column = 0; steps.length < count; column++) {
    const inColumn = random.int(1, Math.min(MAX_STEPS_PER_COLUMN, lanes.length));
    const laneOrder = shuffled(lanes, random).slice(0, inColumn);
    for (const lane of laneOrder) {
      const i = steps.length;
      if (i >= count) break;
      const first = i === 0;
      const last = i === count - 1;
      // The outcome goes in the customer's lane, so it opens a column of its own.
      if (last && lane !== laneOrder[0]) break;
      const kind: StepKind = first ? 'need' : last ? 'outcome' : weightedKind(random);
      const laneOfStep = first || last ? lanes[0]! : lane;
      const { height } = STEP_KIND_INFO[kind];
      const y = Math.max(LANE_PADDING / 2, snap((GENERATED_LANE_HEIGHT - height) / 2));
      const x = LEFT_MARGIN + column * GENERATED_COLUMN_WIDTH;
      const label = `${random.pick(VERBS)} ${random.pick(OBJECTS)}`;
      steps.push({ ...newStep(kind, laneOfStep.id, x, y, label), id: `s-${i + 1}` });
      if (first || last) break;
    }
  }
  return steps;
}

/**
 * The flow as a chain through the flow steps, plus forward jumps (decisions' branches) up to the
 * wanted count; each problem, idea, note or information object is attached to the flow step
 * before it, as in the method (a flow arrow through a problem would be no flow at all).
 */
function connect(steps: readonly Step[], wanted: number, random: Random): Connection[] {
  const connections: Connection[] = [];
  const seen = new Set<string>();
  const add = (from: Step, to: Step, label: string, kind: Connection['kind']) => {
    const key = `${from.id}>${to.id}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    connections.push({
      ...newConnection(from.id, to.id, kind),
      id: `c-${connections.length + 1}`,
      label,
    });
  };
  const flow = steps.filter((s) => STEP_KIND_INFO[s.kind].inFlow);
  for (let i = 0; i + 1 < flow.length; i++) add(flow[i]!, flow[i + 1]!, '', 'flow');
  let anchor: Step | undefined;
  for (const s of steps) {
    if (STEP_KIND_INFO[s.kind].inFlow) anchor = s;
    else if (anchor) add(s, anchor, '', 'information');
  }
  const limit = wanted * 20;
  for (let attempt = 0; connections.length < wanted && attempt < limit; attempt++) {
    const from = random.int(0, flow.length - 3);
    const to = Math.min(flow.length - 1, from + random.int(2, 8));
    const source = flow[from];
    const target = flow[to];
    if (source && target) add(source, target, source.kind === 'decision' ? 'Nej' : '', 'flow');
  }
  return connections;
}

function weightedKind(random: Random): StepKind {
  const total = KIND_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [kind, weight] of KIND_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'activity';
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
