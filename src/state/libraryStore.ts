// The process list of the library screen; filled from storage by app/bootstrap.
import { create } from 'zustand';
import type { ProcessSummary } from './services';

export interface LibraryState {
  loaded: boolean;
  processes: ProcessSummary[];
  setProcesses(processes: ProcessSummary[]): void;
}

export const useLibraryStore = create<LibraryState>()((set) => ({
  loaded: false,
  processes: [],
  setProcesses(processes) {
    set({ processes, loaded: true });
  },
}));
