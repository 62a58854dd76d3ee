// The organisation register as the UI sees it; filled from storage by app/bootstrap.
import { create } from 'zustand';
import type { RegisterEntry } from '../domain/model/types';

export interface RegisterState {
  entries: RegisterEntry[];
  byId: Map<string, RegisterEntry>;
  setEntries(entries: RegisterEntry[]): void;
}

export const useRegisterStore = create<RegisterState>()((set) => ({
  entries: [],
  byId: new Map(),
  setEntries(entries) {
    set({ entries, byId: new Map(entries.map((e) => [e.id, e])) });
  },
}));
