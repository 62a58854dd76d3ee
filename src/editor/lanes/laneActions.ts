// Lanes named by a person: bound to the register entry of that name, or to a new entry.
import { newLane } from '../../domain/model/factories';
import type { Process, RegisterEntry, RegisterKind } from '../../domain/model/types';
import type { Operation } from '../../domain/operations/types';
import { laneOrderAt } from '../../domain/operations/laneOrder';
import { findEntryByName, newRegisterEntry } from '../../domain/register/register';

export interface ResolvedEntry {
  entry: RegisterEntry;
  /** Not yet in the register: the caller stores it. */
  isNew: boolean;
}

export function resolveEntry(
  register: readonly RegisterEntry[],
  name: string,
  kind: RegisterKind,
): ResolvedEntry {
  const found = findEntryByName(register, name);
  if (found) return { entry: found, isNew: false };
  return { entry: newRegisterEntry(name, register, kind), isNew: true };
}

/** Customer lanes go on top, after the customer lanes already there; others at the bottom. */
export function addLaneOperation(
  doc: Process,
  register: ReadonlyMap<string, RegisterEntry>,
  entry: RegisterEntry,
): { op: Operation; laneId: string } {
  const lane = newLane(entry.id);
  let index = doc.lanes.length;
  if (entry.kind === 'kundgrupp') {
    index = 0;
    while (
      index < doc.lanes.length &&
      register.get(doc.lanes[index]!.registerId)?.kind === 'kundgrupp'
    )
      index++;
  }
  return {
    op: { type: 'lane.add', lane: { ...lane, order: laneOrderAt(doc, index) } },
    laneId: lane.id,
  };
}

/** The lane of a process that matches a name (register name or short name). */
export function findLaneByName(
  doc: Process,
  register: ReadonlyMap<string, RegisterEntry>,
  name: string,
): string | undefined {
  const entries = doc.lanes.flatMap((l) => {
    const e = register.get(l.registerId);
    return e ? [e] : [];
  });
  const entry = findEntryByName(entries, name);
  return entry ? doc.lanes.find((l) => l.registerId === entry.id)?.id : undefined;
}
