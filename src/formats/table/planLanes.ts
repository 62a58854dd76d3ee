// The lanes a table's rows name: a lane of the process whose unit has that name or short name,
// else a new lane for the register entry of that name, else a new entry (a customer group when
// the name is a customer's: "Invånare", "Kund", "Customer"). Customer lanes go on top.
import { newLane } from '../../domain/model/factories';
import type { Process, RegisterEntry } from '../../domain/model/types';
import { applyOperation } from '../../domain/operations/applyOperation';
import { laneOrderAt } from '../../domain/operations/laneOrder';
import type { Operation } from '../../domain/operations/types';
import { isCustomerName } from '../../domain/register/customerNames';
import { findEntryByName, newRegisterEntry } from '../../domain/register/register';

export interface LanePlan {
  /** Lane name as typed (trimmed, case kept) → lane id. */
  laneIdOf(name: string): string | undefined;
  ops: Operation[];
  newEntries: RegisterEntry[];
  /** Names of the lanes added. */
  addedLanes: string[];
  /** The process with the lanes added. */
  doc: Process;
}

const key = (name: string) => name.trim().toLocaleLowerCase('sv');

export function planLanes(
  doc: Process,
  register: readonly RegisterEntry[],
  names: readonly string[],
): LanePlan {
  const ops: Operation[] = [];
  const newEntries: RegisterEntry[] = [];
  const addedLanes: string[] = [];
  const ids = new Map<string, string>();
  let base = doc;
  const all = () => [...register, ...newEntries];
  for (const name of names) {
    if (!name.trim() || ids.has(key(name))) continue;
    const byId = new Map(all().map((e) => [e.id, e]));
    const inProcess = base.lanes.flatMap((l) => {
      const e = byId.get(l.registerId);
      return e ? [e] : [];
    });
    const used = findEntryByName(inProcess, name);
    const lane = used && base.lanes.find((l) => l.registerId === used.id);
    if (lane) {
      ids.set(key(name), lane.id);
      continue;
    }
    let entry = findEntryByName(all(), name);
    if (!entry) {
      entry = newRegisterEntry(name, all(), isCustomerName(name) ? 'kundgrupp' : 'forvaltning');
      newEntries.push(entry);
    }
    const customer = entry.kind === 'kundgrupp';
    let index = base.lanes.length;
    if (customer) {
      index = 0;
      while (
        index < base.lanes.length &&
        byId.get(base.lanes[index]!.registerId)?.kind === 'kundgrupp'
      )
        index++;
    }
    const added = newLane(entry.id);
    const op: Operation = { type: 'lane.add', lane: { ...added, order: laneOrderAt(base, index) } };
    ops.push(op);
    base = applyOperation(base, op);
    ids.set(key(name), added.id);
    addedLanes.push(entry.name);
  }
  return { laneIdOf: (name) => ids.get(key(name)), ops, newEntries, addedLanes, doc: base };
}
