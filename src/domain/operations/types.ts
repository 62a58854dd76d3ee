// Every edit of a process is one of these named operations, applied by applyOperation().
// Undo, autosave and (later) tab sync all hang off this one door.
import type { Connection, Lane, Process, Step, StepKind, StepProperties } from '../model/types';

export type SpecificationPatch = Partial<
  Pick<
    Process,
    | 'title'
    | 'category'
    | 'purpose'
    | 'customerGroupIds'
    | 'need'
    | 'outcome'
    | 'owner'
    | 'status'
    | 'tags'
    | 'variant'
    | 'objectsIn'
    | 'objectsOut'
    | 'measures'
    | 'version'
    | 'actions'
    | 'parkingLot'
    | 'huki'
  >
>;

export interface StepPlacement {
  id: string;
  laneId: string;
  x: number;
  /** Relative to the top of the lane. */
  y: number;
}

export type Operation =
  | { type: 'process.update'; patch: SpecificationPatch }
  | { type: 'lane.add'; lane: Lane; index?: number }
  | { type: 'lane.rebind'; laneId: string; registerId: string }
  | { type: 'lane.move'; laneId: string; toIndex: number }
  | { type: 'lane.resize'; laneId: string; height: number }
  /** Removes a lane; its steps move to `moveStepsTo`, or are removed when it is null. */
  | { type: 'lane.remove'; laneId: string; moveStepsTo: string | null }
  | { type: 'step.add'; steps: Step[]; connections?: Connection[] }
  | {
      type: 'step.update';
      id: string;
      patch: Partial<Pick<Step, 'label' | 'kind' | 'width' | 'height' | 'linkedProcessId'>> & {
        properties?: Partial<StepProperties>;
      };
    }
  | { type: 'step.move'; placements: StepPlacement[] }
  | { type: 'step.remove'; ids: string[] }
  | { type: 'connection.add'; connection: Connection }
  | {
      type: 'connection.update';
      id: string;
      patch: Partial<Pick<Connection, 'label' | 'kind' | 'from' | 'to'>>;
    }
  | { type: 'connection.remove'; ids: string[] }
  /** Replaces the whole content with an earlier version's (revision history); keeps the id. */
  | { type: 'process.restore'; process: Process };

export type OperationType = Operation['type'];

/** An operation that cannot apply (unknown lane, would break an invariant). */
export class OperationError extends Error {
  override name = 'OperationError';
}

export type StepKindName = StepKind;
