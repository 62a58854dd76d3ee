// Building new documents and parts of them with sensible defaults.
import { newId } from './ids';
import { LANE_MIN_HEIGHT, LANE_PADDING } from './geometry';
import { DEFAULT_REGISTER } from '../register/defaultRegister';
import { STEP_KIND_INFO } from './stepKinds';
import type {
  Connection,
  ConnectionKind,
  Lane,
  Process,
  RegisterEntry,
  Step,
  StepKind,
  StepProperties,
} from './types';

export function emptyProperties(): StepProperties {
  return {
    description: '',
    responsibleRole: '',
    activeTime: null,
    waitingTime: null,
    itSystems: [],
    valueAdding: null,
  };
}

export function newProcess(title: string, now: Date = new Date()): Process {
  const time = now.toISOString();
  return {
    id: newId('p'),
    title,
    category: 'huvudprocess',
    purpose: '',
    customerGroupIds: [],
    need: '',
    outcome: '',
    owner: '',
    status: 'utkast',
    tags: [],
    variant: 'nulage',
    objectsIn: [],
    objectsOut: [],
    measures: [],
    version: '',
    actions: '',
    parkingLot: [],
    huki: {},
    createdAt: time,
    changedAt: time,
    lanes: [],
    steps: [],
    connections: [],
  };
}

/** Where a new process's result starts: room for a step after the need, and in view. */
const OUTCOME_X = 480;

/**
 * A new process as the method starts one: the customer's need in the customer lane and the
 * result the flow should reach there. They are not connected: an arrow from need straight to
 * result would read as a finished flow with nothing done and a lead time of zero; until steps
 * join them, "no way from need to result" is the truth the key figures tell.
 */
export function newStartedProcess(
  title: string,
  customerRegisterId: string,
  labels: { need: string; outcome: string },
  now: Date = new Date(),
): Process {
  const lane = newLane(customerRegisterId);
  const y = LANE_PADDING * 2;
  const need = newStep('need', lane.id, 40, y, labels.need);
  const outcome = newStep('outcome', lane.id, OUTCOME_X, y, labels.outcome);
  return { ...newProcess(title, now), lanes: [lane], steps: [need, outcome] };
}

/**
 * The customer group a new process starts in: Invånare (the default register's first) when the
 * register has it, else its first customer group; a register left without any gets Invånare back.
 */
export function startingCustomer(entries: readonly RegisterEntry[]): {
  entry: RegisterEntry;
  isNew: boolean;
} {
  const customers = entries.filter((e) => e.kind === 'kundgrupp');
  const first = DEFAULT_REGISTER.find((e) => e.kind === 'kundgrupp')!;
  const found = customers.find((e) => e.id === first.id) ?? customers[0];
  if (found) return { entry: found, isNew: false };
  // The default's id may have been given to an entry of another kind since.
  const taken = entries.some((e) => e.id === first.id);
  return { entry: taken ? { ...first, id: newId('r') } : first, isNew: true };
}

export function newLane(registerId: string): Lane {
  return { id: newId('l'), registerId, height: LANE_MIN_HEIGHT };
}

export function newStep(kind: StepKind, laneId: string, x: number, y: number, label = ''): Step {
  const { width, height } = STEP_KIND_INFO[kind];
  return {
    id: newId('s'),
    kind,
    label,
    laneId,
    x,
    y,
    width,
    height,
    properties: emptyProperties(),
    linkedProcessId: null,
  };
}

export function newConnection(from: string, to: string, kind: ConnectionKind = 'flow'): Connection {
  return { id: newId('c'), kind, from, to, label: '' };
}
