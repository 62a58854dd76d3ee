// Connection edits. Both ends must be existing, different steps; an edit that would break that
// (a step removed meanwhile) does nothing.
import type { Process } from '../model/types';
import { changesNothing, guarded } from './guard';
import { addable, placeInList } from './stepOperations';
import type { Operation } from './types';

type ConnOp<T extends Operation['type']> = Extract<Operation, { type: T }>;

export function addConnection(doc: Process, op: ConnOp<'connection.add'>): Process {
  const ids = new Set(
    [op.connection.from, op.connection.to].filter((id) => doc.steps.some((s) => s.id === id)),
  );
  const connections = addable(doc.connections, [op.connection], ids);
  if (connections === doc.connections) return doc;
  if (op.after === undefined) return { ...doc, connections };
  const placed = placeInList(doc.connections, [op.connection], { [op.connection.id]: op.after });
  return { ...doc, connections: placed };
}

export function updateConnection(doc: Process, op: ConnOp<'connection.update'>): Process {
  const current = doc.connections.find((c) => c.id === op.id);
  if (!current) return doc;
  const patch = guarded(current, op.patch, op.expect);
  const next = { ...current, ...patch };
  const exists = (id: string) => doc.steps.some((s) => s.id === id);
  if (next.from === next.to || !exists(next.from) || !exists(next.to)) return doc;
  if (changesNothing(current, patch)) return doc;
  return { ...doc, connections: doc.connections.map((c) => (c.id === op.id ? next : c)) };
}

export function removeConnections(doc: Process, op: ConnOp<'connection.remove'>): Process {
  const gone = new Set(op.ids);
  const connections = doc.connections.filter((c) => !gone.has(c.id));
  return connections.length === doc.connections.length ? doc : { ...doc, connections };
}
