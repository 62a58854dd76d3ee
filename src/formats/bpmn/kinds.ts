// Which BPMN element becomes which step kind, and back. The BPMN type is kept on the step
// (step.bpmn.type), so an imported user task goes out again as a user task.
import type { StepKind } from '../../domain/model/types';

export const TASK_TYPES = [
  'bpmn:Task',
  'bpmn:UserTask',
  'bpmn:ServiceTask',
  'bpmn:SendTask',
  'bpmn:ReceiveTask',
  'bpmn:ManualTask',
  'bpmn:BusinessRuleTask',
  'bpmn:ScriptTask',
];
export const SUBPROCESS_TYPES = [
  'bpmn:SubProcess',
  'bpmn:AdHocSubProcess',
  'bpmn:Transaction',
  'bpmn:CallActivity',
];
export const GATEWAY_TYPES = [
  'bpmn:ExclusiveGateway',
  'bpmn:InclusiveGateway',
  'bpmn:ParallelGateway',
  'bpmn:EventBasedGateway',
  'bpmn:ComplexGateway',
];
export const EVENT_TYPES = [
  'bpmn:StartEvent',
  'bpmn:EndEvent',
  'bpmn:IntermediateCatchEvent',
  'bpmn:IntermediateThrowEvent',
  'bpmn:BoundaryEvent',
];
export const DATA_TYPES = ['bpmn:DataObjectReference', 'bpmn:DataStoreReference'];

export const isActivityType = (t: string) => TASK_TYPES.includes(t) || SUBPROCESS_TYPES.includes(t);

/** The step kind for a BPMN element type; `null` for what is not a step. */
export function kindFor(type: string, eventDefinition: string | undefined): StepKind | null {
  if (TASK_TYPES.includes(type)) return 'activity';
  if (SUBPROCESS_TYPES.includes(type)) return 'subprocess';
  if (GATEWAY_TYPES.includes(type)) return 'decision';
  if (type === 'bpmn:StartEvent') return 'need';
  if (type === 'bpmn:EndEvent') return 'outcome';
  if (EVENT_TYPES.includes(type)) return 'wait';
  // A data store is often a register or system, but BPMN cannot say which; the method's
  // "underlag" is the safe reading, and the type is kept so it goes back out as a data store.
  if (type === 'bpmn:DataObjectReference' || type === 'bpmn:DataStoreReference')
    return 'informationObject';
  if (type === 'bpmn:TextAnnotation') return 'note';
  void eventDefinition;
  return null;
}

/** Kinds whose meaning a BPMN tool cannot show fully (the editor still can). */
export function simplification(type: string, eventDefinition: string | undefined): string | null {
  if (type === 'bpmn:IntermediateCatchEvent' && eventDefinition === 'bpmn:TimerEventDefinition')
    return null;
  if (
    ['bpmn:IntermediateCatchEvent', 'bpmn:IntermediateThrowEvent', 'bpmn:BoundaryEvent'].includes(
      type,
    )
  )
    return 'event shown as a wait step; its BPMN type is kept';
  if (
    type === 'bpmn:ComplexGateway' ||
    type === 'bpmn:EventBasedGateway' ||
    type === 'bpmn:ParallelGateway' ||
    type === 'bpmn:InclusiveGateway'
  )
    return 'gateway shown as a decision; its BPMN type is kept';
  return null;
}

/** The BPMN type a step of our own goes out as. */
export function typeForKind(kind: StepKind): string {
  switch (kind) {
    case 'need':
      return 'bpmn:StartEvent';
    case 'outcome':
      return 'bpmn:EndEvent';
    case 'decision':
      return 'bpmn:ExclusiveGateway';
    case 'wait':
      return 'bpmn:IntermediateCatchEvent';
    case 'subprocess':
      return 'bpmn:CallActivity';
    case 'informationObject':
      return 'bpmn:DataObjectReference';
    case 'itSystem':
      return 'bpmn:DataStoreReference';
    case 'problem':
    case 'improvement':
    case 'note':
      return 'bpmn:TextAnnotation';
    default:
      return 'bpmn:Task';
  }
}
