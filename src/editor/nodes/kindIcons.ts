// A glyph per step kind, shown beside the kind's name: shape, glyph and word together carry the
// meaning, so nobody depends on colour.
import type { StepKind } from '../../domain/model/types';

export const KIND_ICON: Record<StepKind, string> = {
  need: '▶',
  activity: '■',
  decision: '◆',
  wait: '◔',
  informationObject: '▤',
  itSystem: '⌨',
  problem: '⚠',
  improvement: '✦',
  note: '✎',
  outcome: '◉',
  subprocess: '⊞',
};
