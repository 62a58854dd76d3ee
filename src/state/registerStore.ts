// The organisation register as the UI sees it; filled from storage by app/bootstrap.
import { create } from 'zustand';
import type { RegisterEntry } from '../domain/model/types';
import { DEFAULT_REGISTER } from '../domain/register/defaultRegister';

const KIND_ORDER = ['kundgrupp', 'forvaltning', 'bolag', 'extern'];
const SEED_ORDER = new Map(DEFAULT_REGISTER.map((e, i) => [e.id, i]));

/** Customer groups first, then units; the seeded entries in their familiar order, others by name. */
function byRegisterOrder(a: RegisterEntry, b: RegisterEntry): number {
  return (
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (SEED_ORDER.get(a.id) ?? 999) - (SEED_ORDER.get(b.id) ?? 999) ||
    a.name.localeCompare(b.name, 'sv')
  );
}

export interface RegisterState {
  entries: RegisterEntry[];
  byId: Map<string, RegisterEntry>;
  setEntries(entries: RegisterEntry[]): void;
}

export const useRegisterStore = create<RegisterState>()((set) => ({
  entries: [],
  byId: new Map(),
  setEntries(entries) {
    const sorted = [...entries].sort(byRegisterOrder);
    set({ entries: sorted, byId: new Map(sorted.map((e) => [e.id, e])) });
  },
}));
