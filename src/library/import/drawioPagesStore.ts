// A draw.io file with several pages waits here while the person picks which pages to import.
import { create } from 'zustand';

export interface PendingDrawio {
  file: string;
  text: string;
  pages: string[];
}

interface DrawioPagesState {
  pending: PendingDrawio | null;
  ask(pending: PendingDrawio): void;
  close(): void;
}

export const useDrawioPages = create<DrawioPagesState>((set) => ({
  pending: null,
  ask: (pending) => set({ pending }),
  close: () => set({ pending: null }),
}));
