// What is attached to a step: its information objects in and out, its problems and ideas,
// read from the connections (the model has no separate "attachment" field to drift).
import type { Process, Step, StepKind } from '../model/types';

export interface StepLinks {
  objectsIn: Step[];
  objectsOut: Step[];
  problems: Step[];
  improvements: Step[];
  itSystems: Step[];
}

export function stepLinks(doc: Process, stepId: string): StepLinks {
  const byId = new Map(doc.steps.map((s) => [s.id, s]));
  const incoming = doc.connections
    .filter((c) => c.to === stepId)
    .flatMap((c) => byId.get(c.from) ?? []);
  const outgoing = doc.connections
    .filter((c) => c.from === stepId)
    .flatMap((c) => byId.get(c.to) ?? []);
  const either = [...incoming, ...outgoing];
  const ofKind = (list: Step[], kind: StepKind) => unique(list.filter((s) => s.kind === kind));
  return {
    objectsIn: ofKind(incoming, 'informationObject'),
    objectsOut: ofKind(outgoing, 'informationObject'),
    problems: ofKind(either, 'problem'),
    improvements: ofKind(either, 'improvement'),
    itSystems: ofKind(either, 'itSystem'),
  };
}

function unique(steps: Step[]): Step[] {
  return [...new Map(steps.map((s) => [s.id, s])).values()];
}
