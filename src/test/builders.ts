// Small data builders for tests: readable documents with fixed ids and times, so a test shows
// only what matters to it. aProcess().withLane('l1').withStep('s1', 'l1').build()
import { keyBetween } from '../domain/operations/laneOrder';
import { emptyProperties, newProcess } from '../domain/model/factories';
import { LANE_MIN_HEIGHT } from '../domain/model/geometry';
import { STEP_KIND_INFO } from '../domain/model/stepKinds';
import type {
  Connection,
  Lane,
  Process,
  RegisterEntry,
  RegisterKind,
  Step,
} from '../domain/model/types';
import { CURRENT_FORMAT_VERSION } from '../domain/schema/process';

export const FIXED_TIME = '2025-01-01T00:00:00.000Z';

export function aLane(id: string, over: Partial<Lane> = {}): Lane {
  return { id, registerId: 'u-sbf', height: LANE_MIN_HEIGHT, ...over };
}

export function aStep(id: string, laneId: string, over: Partial<Step> = {}): Step {
  const kind = over.kind ?? 'activity';
  const { width, height } = STEP_KIND_INFO[kind];
  return {
    id,
    kind,
    label: `Steg ${id}`,
    laneId,
    x: 40,
    y: 20,
    width,
    height,
    properties: emptyProperties(),
    linkedProcessId: null,
    ...over,
  };
}

export function aConnection(
  id: string,
  from: string,
  to: string,
  over: Partial<Connection> = {},
): Connection {
  return { id, kind: 'flow', from, to, label: '', ...over };
}

export function anEntry(
  id: string,
  name: string,
  kind: RegisterKind = 'forvaltning',
  over: Partial<RegisterEntry> = {},
): RegisterEntry {
  return { id, kind, name, shortName: '', color: '#dbeafe', ...over };
}

export class ProcessBuilder {
  private process: Process;

  constructor(title: string) {
    // The app's own blank process, with a fixed id and time so tests read the same every run.
    this.process = { ...newProcess(title, new Date(FIXED_TIME)), id: 'p-test' };
  }

  with(patch: Partial<Process>): this {
    this.process = { ...this.process, ...patch };
    return this;
  }

  withLane(id: string, over: Partial<Lane> = {}): this {
    // Lanes in the order added, as the app gives them keys (domain/operations/laneOrder).
    const order = keyBetween(this.process.lanes.at(-1)?.order, null);
    return this.with({ lanes: [...this.process.lanes, aLane(id, { order, ...over })] });
  }

  withStep(id: string, laneId: string, over: Partial<Step> = {}): this {
    return this.with({ steps: [...this.process.steps, aStep(id, laneId, over)] });
  }

  withConnection(id: string, from: string, to: string, over: Partial<Connection> = {}): this {
    return this.with({
      connections: [...this.process.connections, aConnection(id, from, to, over)],
    });
  }

  build(): Process {
    return structuredClone(this.process);
  }
}

export function aProcess(title = 'Testprocess'): ProcessBuilder {
  return new ProcessBuilder(title);
}

/** Two lanes, three steps, two connections: enough for most operation tests. */
export function aSmallProcess(): Process {
  return aProcess('Ansöka om bygglov')
    .withLane('l1', { registerId: 'kg-invanare' })
    .withLane('l2', { registerId: 'u-sbf' })
    .withStep('s1', 'l1', { kind: 'need', x: 40 })
    .withStep('s2', 'l2', { x: 260 })
    .withStep('s3', 'l1', { kind: 'outcome', x: 480 })
    .withConnection('c1', 's1', 's2')
    .withConnection('c2', 's2', 's3')
    .build();
}

/** A file object as the own JSON format writes it (before JSON.stringify). */
export function aFile(process: Process, register: RegisterEntry[] = []): Record<string, unknown> {
  return { formatVersion: CURRENT_FORMAT_VERSION, application: 'test', process, register };
}

/** Freezes a value deeply, so a test fails if code under test mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
