// A step's kind, guessed from the shape it is drawn with. draw.io has no meaning of its own, so
// every kind other than "activity" is a guess, and the import notice says which were made.
import type { StepKind } from '../../domain/model/types';
import type { Cell } from './cells';

export interface KindGuess {
  kind: StepKind;
  /** The shape the kind was read from; absent for a plain activity. */
  from?: string;
  /** The BPMN type, for a draw.io BPMN shape, so a BPMN export writes it back. */
  bpmnType?: string;
}

function shapeOf(cell: Cell): string {
  return (cell.style.get('shape') ?? cell.base).toLowerCase();
}

function bpmnEvent(cell: Cell): KindGuess {
  const outline = cell.style.get('outline') ?? 'standard';
  const symbol = cell.style.get('symbol') ?? 'general';
  const from = `BPMN event (${outline}, ${symbol})`;
  if (outline === 'end') return { kind: 'outcome', from, bpmnType: 'bpmn:EndEvent' };
  // draw.io draws a start event with the "standard" outline, whatever arrives at it.
  if (outline === 'standard') return { kind: 'need', from, bpmnType: 'bpmn:StartEvent' };
  const bpmnType =
    outline === 'throwing' ? 'bpmn:IntermediateThrowEvent' : 'bpmn:IntermediateCatchEvent';
  return { kind: 'wait', from, bpmnType };
}

export function guessKind(cell: Cell, hasIn: boolean, hasOut: boolean): KindGuess {
  const shape = shapeOf(cell);
  if (shape === 'mxgraph.bpmn.event') return bpmnEvent(cell);
  if (shape.startsWith('mxgraph.bpmn.gateway'))
    return { kind: 'decision', from: 'BPMN gateway', bpmnType: 'bpmn:ExclusiveGateway' };
  if (shape === 'mxgraph.bpmn.task') {
    const sub =
      cell.style.get('bpmnShapeType') === 'subprocess' || cell.style.get('isLoopSub') === '1';
    return sub
      ? { kind: 'subprocess', from: 'BPMN sub-process', bpmnType: 'bpmn:SubProcess' }
      : { kind: 'activity', bpmnType: 'bpmn:Task' };
  }
  if (shape === 'rhombus' || shape === 'mxgraph.flowchart.decision')
    return { kind: 'decision', from: shape };
  if (shape === 'ellipse' || shape === 'doubleellipse' || shape === 'mxgraph.flowchart.start_1') {
    if (!hasIn) return { kind: 'need', from: shape };
    if (!hasOut) return { kind: 'outcome', from: shape };
    return { kind: 'activity' };
  }
  if (
    shape === 'document' ||
    shape === 'mxgraph.flowchart.document' ||
    shape === 'note' ||
    shape === 'message'
  )
    return { kind: 'informationObject', from: shape };
  if (
    shape === 'cylinder' ||
    shape === 'cylinder3' ||
    shape === 'datastore' ||
    shape === 'mxgraph.flowchart.database'
  )
    return { kind: 'itSystem', from: shape };
  if (shape === 'process' || shape === 'mxgraph.flowchart.predefined_process')
    return { kind: 'subprocess', from: shape };
  if (shape === 'text') return { kind: 'note', from: shape };
  return { kind: 'activity' };
}
