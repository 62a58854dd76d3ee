// Looking up and matching organisation register entries.
import { newId } from '../model/ids';
import type { RegisterEntry, RegisterKind } from '../model/types';
import { REGISTER_PALETTE } from './defaultRegister';

const norm = (s: string) => s.trim().toLocaleLowerCase('sv');

/** Finds an entry by its name or short name, case-insensitively. */
export function findEntryByName(
  entries: readonly RegisterEntry[],
  name: string,
): RegisterEntry | undefined {
  const n = norm(name);
  if (!n) return undefined;
  return (
    entries.find((e) => norm(e.name) === n) ??
    entries.find((e) => e.shortName && norm(e.shortName) === n)
  );
}

export function newRegisterEntry(
  name: string,
  existing: readonly RegisterEntry[],
  kind: RegisterKind = 'forvaltning',
): RegisterEntry {
  const color = REGISTER_PALETTE[existing.length % REGISTER_PALETTE.length]!;
  return { id: newId('r'), kind, name: name.trim(), shortName: '', color };
}

export function isCustomerEntry(entry: RegisterEntry | undefined): boolean {
  return entry?.kind === 'kundgrupp';
}

/**
 * The entries an imported file brings that this workspace lacks: the file's own entries first
 * (matched by id, then by name), and a placeholder for any lane reference still unresolved.
 * Returns entries to add and a map from file ids to the ids to use locally.
 */
export function reconcileRegister(
  local: readonly RegisterEntry[],
  fromFile: readonly RegisterEntry[],
  referencedIds: readonly string[],
): { add: RegisterEntry[]; idMap: Map<string, string> } {
  const add: RegisterEntry[] = [];
  const idMap = new Map<string, string>();
  const known = () => [...local, ...add];
  for (const entry of fromFile) {
    if (known().some((e) => e.id === entry.id)) continue;
    const sameName = findEntryByName(known(), entry.name);
    if (sameName && sameName.kind === entry.kind) idMap.set(entry.id, sameName.id);
    else add.push(entry);
  }
  for (const id of referencedIds) {
    const target = idMap.get(id) ?? id;
    if (!known().some((e) => e.id === target)) {
      add.push({
        id,
        kind: 'forvaltning',
        name: `Okänd enhet (${id.slice(0, 12)})`,
        shortName: '',
        color: '#e2e8f0',
      });
    }
  }
  return { add, idMap };
}
