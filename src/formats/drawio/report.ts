// What an import could not show as drawn, and what it guessed: listed in the import notice.
import type { StepKind } from '../../domain/model/types';

export type SimplifiedReason =
  | 'outsideLanes'
  | 'textOutside'
  | 'group'
  | 'image'
  | 'danglingEdge'
  | 'edgeToLane'
  | 'edgeToDropped'
  | 'selfLoop';

/** A cell left out or dissolved; `name` is its label (may be empty). */
export interface Simplified {
  id: string;
  name: string;
  reason: SimplifiedReason;
}

/** A step whose kind was read from its shape, or whose lane from its position. */
export interface Guessed {
  id: string;
  name: string;
  kind: StepKind | 'lane';
  /** The shape, or for a lane guess the lane's name. */
  from: string;
}
