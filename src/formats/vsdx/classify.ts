// What a Visio shape is to the method, from its master's name: Visio's flowchart and
// cross-functional stencils name their masters in English in every language ("NameU").
import type { StepKind } from '../../domain/model/types';
import type { PageShape } from './shapes';

export type Role =
  | { role: 'lane'; vertical: boolean }
  | { role: 'container' }
  | { role: 'connector' }
  | { role: 'step'; kind: StepKind; terminator: boolean; guessed: boolean }
  | { role: 'skip'; reason: SimplifiedReason };

export type SimplifiedReason =
  | 'phase'
  | 'decoration'
  | 'image'
  | 'guessedActivity'
  | 'looseConnector'
  | 'selfLoop'
  | 'outsideLanes'
  | 'groupAsStep'
  | 'noLanes'
  | 'emptyPage'
  | 'tooManyPages'
  | 'backgroundPage';

const LANE = /^(swimlane|functional band|cff swimlane|lane)\b/i;
const CONTAINER = /^(cff container|pool|container)\b|^(swimlane|phase) list$/i;
const PHASE = /^(separator|phase)\b/i;
const CONNECTOR = /connector|^line\b|^line$|arrow|^sequence flow|^message flow|^association/i;
const DECORATION = /^(title|page title|legend|text|annotation|callout)\b/i;

/** Master name → kind; `terminator`: Visio's one shape for both ends, told apart by its arrows. */
const KINDS: readonly [RegExp, StepKind, boolean?][] = [
  [/decision|gateway/i, 'decision'],
  [/start\/end|terminator/i, 'need', true],
  [/^end\b|end event|(uml)?(end|final) ?(block|node|state)/i, 'outcome'],
  [/^start\b|start event|(uml)?(start|initial) ?(block|node|state)/i, 'need'],
  [/intermediate|delay|wait|timer/i, 'wait'],
  [/document|^data\b|manual input|^card\b|paper tape/i, 'informationObject'],
  [/database|stored data|direct data|internal storage/i, 'itSystem'],
  [/sub-?process|predefined process|collapsed sub/i, 'subprocess'],
  [
    /^(process|task|activity|action|manual operation|preparation|operation)\b|(uml)?(state|action) ?block/i,
    'activity',
  ],
];

export function roleOf(shape: PageShape): Role {
  const name = shape.master;
  if (CONTAINER.test(name)) return { role: 'container' };
  if (LANE.test(name) && !/list$/i.test(name))
    return { role: 'lane', vertical: /vertical/i.test(name) };
  if (PHASE.test(name)) return { role: 'skip', reason: 'phase' };
  if (shape.oneD || CONNECTOR.test(name)) return { role: 'connector' };
  if (shape.type === 'Foreign') return { role: 'skip', reason: 'image' };
  if (shape.type === 'Guide' || DECORATION.test(name))
    return { role: 'skip', reason: 'decoration' };
  const match = KINDS.find(([pattern]) => pattern.test(name));
  if (match) return { role: 'step', kind: match[1], terminator: !!match[2], guessed: false };
  // A shape that says something is a step of the flow, whatever its master; one with no text
  // and no known master is a drawing aid (a frame, a bracket, a rectangle behind the flow).
  if (!shape.text) return { role: 'skip', reason: 'decoration' };
  return { role: 'step', kind: 'activity', terminator: false, guessed: true };
}
