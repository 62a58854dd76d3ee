// Building new documents and parts of them with sensible defaults.
import { newId } from './ids';
import { LANE_MIN_HEIGHT } from './geometry';
import { STEP_KIND_INFO } from './stepKinds';
import type {
  Connection,
  ConnectionKind,
  Lane,
  Process,
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
