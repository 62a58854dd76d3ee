// What the element handlers share while one BPMN file is walked: the drawing (BPMN-DI), the lanes
// and nodes found so far, the warnings, and the work that must wait until every step exists.
import type { Connection, Lane, StepKind } from '../../../domain/model/types';
import type { El } from '../moddle';
import { nameOf } from './elements';

/** BPMN tools draw a task 100 wide; ours are about 170 so that a label reads at a distance. */
export const SCALE_X = 1.6;
export const SCALE_Y = 1.2;

/** An element the import could not show as it is: listed for the user, never silently dropped. */
export interface Simplified {
  id: string;
  type: string;
  name: string;
  reason: string;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A lane's pool as the model keeps it: also a process drawn without one (`noParticipant`). */
export type Pool = NonNullable<Lane['pool']>;

export interface LaneDraft {
  id: string;
  name: string;
  pool?: Pool;
  /** The BPMN process whose nodes the lane holds (a lane can only hold its own process's). */
  processId?: string;
  bounds?: Bounds;
  customer: boolean;
  fv?: Record<string, unknown>;
}

export interface NodeDraft {
  el: El;
  processId: string;
  kind: StepKind;
  /** Made here for a message flow to a black-box pool: it has no BPMN element of its own. */
  standIn?: true;
  /** The BPMN id of the activity a boundary event sits on. */
  attachedTo?: string;
}

export interface FlowDraft {
  el: El;
  kind: Connection['kind'];
  /** BPMN ids of the ends, mapped to step ids once the steps exist. */
  from: string;
  to: string;
  label: string;
}

/** What deferred work sees: the steps made, by their BPMN id. */
export interface BuiltSteps {
  /** Step id by BPMN id: our own exports may have had to rename an id for XML. */
  idOf: ReadonlyMap<string, string>;
  stepIds: ReadonlySet<string>;
}

export interface ImportContext {
  /** Shapes by BPMN element id; only finite bounds count as drawn. */
  bounds: Map<string, Bounds>;
  /** Edge waypoints by BPMN element id. */
  waypoints: Map<string, El[]>;
  lanes: LaneDraft[];
  /** A node's lane as the file names it (flowNodeRef, or its pool without lanes). */
  laneOfNode: Map<string, string>;
  /** The lane a message flow to the pool itself lands in: the pool's only or first lane. */
  participantLane: Map<string, string>;
  /** Pool by BPMN process id: the participant showing it, or the process itself drawn bare. */
  poolOfProcess: Map<string, Pool>;
  /** The lane made for a process's nodes outside every lane, by BPMN process id. */
  outsideLane: Map<string, LaneDraft>;
  nodes: NodeDraft[];
  connections: Connection[];
  warnings: Simplified[];
  /** Work that needs every step first (a connection needs both its ends), in the order queued. */
  deferred: ((steps: BuiltSteps) => void)[];
}

export function createContext(): ImportContext {
  return {
    bounds: new Map(),
    waypoints: new Map(),
    lanes: [],
    laneOfNode: new Map(),
    participantLane: new Map(),
    poolOfProcess: new Map(),
    outsideLane: new Map(),
    nodes: [],
    connections: [],
    warnings: [],
    deferred: [],
  };
}

export function warn(ctx: ImportContext, el: El, reason: string): void {
  ctx.warnings.push({ id: String(el.id ?? ''), type: el.$type, name: nameOf(el), reason });
}

export function defer(ctx: ImportContext, job: (steps: BuiltSteps) => void): void {
  ctx.deferred.push(job);
}

export function runDeferred(ctx: ImportContext, steps: BuiltSteps): void {
  while (ctx.deferred.length) ctx.deferred.shift()!(steps);
}
