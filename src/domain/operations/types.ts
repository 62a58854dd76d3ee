// Every edit of a process is one of these named operations, applied by applyOperation(). They
// are built to survive someone else's edit made at the same time (another tab, later another
// person): each one is total (a missing target makes it do nothing, never throw), lists are
// edited one entry at a time, lane order is a fractional key, and an update can carry `expect`
// (the values it assumes are there) so an undo never overwrites what somebody changed since.
import type {
  Connection,
  Lane,
  ListItem,
  Measure,
  Process,
  Step,
  StepKind,
  StepProperties,
} from '../model/types';

/** The scalar fields of the process itself; its lists have operations of their own. */
export type ProcessScalars = Pick<
  Process,
  | 'title'
  | 'category'
  | 'purpose'
  | 'need'
  | 'outcome'
  | 'owner'
  | 'status'
  | 'variant'
  | 'version'
  | 'actions'
  | 'asIsId'
>;
export type SpecificationPatch = Partial<ProcessScalars>;

/** ProcessScalars' keys, for code that walks them (the diff, the Y.Doc mapping). */
export const PROCESS_SCALARS = [
  'title',
  'category',
  'purpose',
  'need',
  'outcome',
  'owner',
  'status',
  'variant',
  'version',
  'actions',
  'asIsId',
] as const satisfies readonly (keyof ProcessScalars)[];

export interface StepPlacement {
  id: string;
  laneId: string;
  x: number;
  /** Relative to the top of the lane. */
  y: number;
}

export type StepPatch = Partial<Omit<Step, 'id' | 'properties'>> & {
  properties?: Partial<StepProperties>;
};
export type LanePatch = Partial<Omit<Lane, 'id'>>;
export type ConnectionPatch = Partial<Omit<Connection, 'id'>>;

/** Ordered lists whose entries are items with an id and an order key. */
export type ItemList = 'parkingLot' | 'objectsIn' | 'objectsOut';
/** Lists that are sets of values, kept sorted so every copy agrees on their order. */
export type ValueSet = 'tags' | 'customerGroupIds';
export type HukiCell = Process['huki'][string][string];

export type Operation =
  | { type: 'process.update'; patch: SpecificationPatch; expect?: SpecificationPatch }
  /** `lane.order` places it; without one it goes below the last lane. */
  | { type: 'lane.add'; lane: Lane }
  | { type: 'lane.rebind'; laneId: string; registerId: string }
  /** `order`: the lane's new fractional key (see lanes/laneOrder). */
  | { type: 'lane.move'; laneId: string; order: string }
  | { type: 'lane.resize'; laneId: string; height: number }
  /** Any of a lane's fields at once: what undo and remote changes use. */
  | { type: 'lane.update'; laneId: string; patch: LanePatch; expect?: LanePatch }
  /**
   * Removes a lane; its steps move to `moveStepsTo` (the first other lane if that one is gone),
   * or are removed when it is null. `ifEmpty`: only when no step is in it (undo of an add, so
   * a step someone else put there meanwhile is not taken with it).
   */
  | { type: 'lane.remove'; laneId: string; moveStepsTo: string | null; ifEmpty?: boolean }
  /**
   * `after`: where a step goes back in the list (the id it follows, null = first), so an undo
   * puts a removed step back where it was; without it steps are appended.
   */
  | {
      type: 'step.add';
      steps: Step[];
      connections?: Connection[];
      after?: Record<string, string | null>;
    }
  | { type: 'step.update'; id: string; patch: StepPatch; expect?: StepPatch }
  | { type: 'step.move'; placements: StepPlacement[] }
  | { type: 'step.remove'; ids: string[] }
  | { type: 'connection.add'; connection: Connection; after?: string | null }
  | { type: 'connection.update'; id: string; patch: ConnectionPatch; expect?: ConnectionPatch }
  | { type: 'connection.remove'; ids: string[] }
  | { type: 'item.add'; list: ItemList; item: ListItem }
  | {
      type: 'item.update';
      list: ItemList;
      id: string;
      patch: Partial<Omit<ListItem, 'id'>>;
      expect?: Partial<Omit<ListItem, 'id'>>;
    }
  | { type: 'item.remove'; list: ItemList; id: string }
  | { type: 'measure.add'; measure: Measure }
  | {
      type: 'measure.update';
      id: string;
      patch: Partial<Omit<Measure, 'id'>>;
      expect?: Partial<Omit<Measure, 'id'>>;
    }
  | { type: 'measure.remove'; id: string }
  | { type: 'set.add'; set: ValueSet; value: string }
  | { type: 'set.remove'; set: ValueSet; value: string }
  /** One HUKI cell set by hand; null gives it back to what the diagram says. */
  | {
      type: 'huki.set';
      stepId: string;
      registerId: string;
      value: HukiCell | null;
      expect?: HukiCell | null;
    }
  /** Replaces the whole content with an earlier version's (revision history); keeps the id. */
  | { type: 'process.restore'; process: Process };

export type OperationType = Operation['type'];

export type StepKindName = StepKind;
