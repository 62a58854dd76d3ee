// Draw.io files with several pages wait here, in the order they came, while the person picks
// which pages to import from each (several can be dropped at once).
import { create } from 'zustand';

export interface PendingDrawio {
  file: string;
  text: string;
  pages: string[];
}

interface DrawioPagesState {
  /** Each with a number of its own, so the picker starts afresh for every file. */
  queue: (PendingDrawio & { id: number })[];
  ask(pending: PendingDrawio): void;
  /** Done with the first file: the next one, if any, is asked about. */
  close(): void;
}

let asked = 0;

export const useDrawioPages = create<DrawioPagesState>((set) => ({
  queue: [],
  ask: (pending) => set((s) => ({ queue: [...s.queue, { ...pending, id: ++asked }] })),
  close: () => set((s) => ({ queue: s.queue.slice(1) })),
}));
