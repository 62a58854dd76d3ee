// Which lane dialog is open: ephemeral UI state of the editor.
import { create } from 'zustand';

type LaneDialog =
  { mode: 'add' } | { mode: 'rename'; laneId: string } | { mode: 'delete'; laneId: string } | null;

interface LaneDialogState {
  dialog: LaneDialog;
  openAdd(): void;
  openRename(laneId: string): void;
  openDelete(laneId: string): void;
  close(): void;
}

export const useLaneDialog = create<LaneDialogState>()((set) => ({
  dialog: null,
  openAdd: () => set({ dialog: { mode: 'add' } }),
  openRename: (laneId) => set({ dialog: { mode: 'rename', laneId } }),
  openDelete: (laneId) => set({ dialog: { mode: 'delete', laneId } }),
  close: () => set({ dialog: null }),
}));
