// Connection edits. Invariant kept here: both ends are existing steps.
import type { Process } from '../model/types';
import { OperationError, type Operation } from './types';

type ConnOp<T extends Operation['type']> = Extract<Operation, { type: T }>;

function requireStep(doc: Process, id: string): void {
  if (!doc.steps.some((s) => s.id === id)) throw new OperationError(`No step ${id}`);
}

export function addConnection(doc: Process, op: ConnOp<'connection.add'>): Process {
  const c = op.connection;
  requireStep(doc, c.from);
  requireStep(doc, c.to);
  if (c.from === c.to) throw new OperationError('A step cannot connect to itself');
  if (doc.connections.some((x) => x.id === c.id))
    throw new OperationError('Duplicate connection id');
  return { ...doc, connections: [...doc.connections, c] };
}

export function updateConnection(doc: Process, op: ConnOp<'connection.update'>): Process {
  if (!doc.connections.some((c) => c.id === op.id))
    throw new OperationError(`No connection ${op.id}`);
  if (op.patch.from) requireStep(doc, op.patch.from);
  if (op.patch.to) requireStep(doc, op.patch.to);
  const current = doc.connections.find((c) => c.id === op.id)!;
  if ((op.patch.from ?? current.from) === (op.patch.to ?? current.to)) {
    throw new OperationError('A step cannot connect to itself');
  }
  return {
    ...doc,
    connections: doc.connections.map((c) => (c.id === op.id ? { ...c, ...op.patch } : c)),
  };
}

export function removeConnections(doc: Process, op: ConnOp<'connection.remove'>): Process {
  const gone = new Set(op.ids);
  return { ...doc, connections: doc.connections.filter((c) => !gone.has(c.id)) };
}
