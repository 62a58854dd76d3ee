// Per-tab session state: what is selected, how saving goes, and messages for the person.
// Never persisted, never undoable.
import { create } from 'zustand';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

/** A message is an i18n key plus parameters, so it follows a language switch. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

export interface Toast extends Message {
  id: number;
  action?: { key: string; run: () => void };
}

export interface SessionState {
  selectedStepIds: string[];
  selectedConnectionIds: string[];
  /** The step whose label is being edited inline. */
  editingStepId: string | null;
  saveState: SaveState;
  alert: Message | null;
  toast: Toast | null;
  /** The key-figures panel is open. */
  showKeyFigures: boolean;
  /** Handovers are highlighted on the canvas. */
  showHandovers: boolean;
  /** The method guide is open. */
  showGuide: boolean;
  setView(
    patch: Partial<Pick<SessionState, 'showKeyFigures' | 'showHandovers' | 'showGuide'>>,
  ): void;
  select(stepIds: string[], connectionIds?: string[]): void;
  setEditing(stepId: string | null): void;
  setSaveState(state: SaveState): void;
  showAlert(alert: Message | null): void;
  showToast(toast: Omit<Toast, 'id'> | null): void;
}

let toastSeq = 0;

export const useSessionStore = create<SessionState>()((set) => ({
  selectedStepIds: [],
  selectedConnectionIds: [],
  editingStepId: null,
  saveState: 'saved',
  alert: null,
  toast: null,
  showKeyFigures: false,
  showHandovers: false,
  showGuide: false,
  setView(patch) {
    set(patch);
  },
  select(stepIds, connectionIds = []) {
    set({ selectedStepIds: stepIds, selectedConnectionIds: connectionIds });
  },
  setEditing(editingStepId) {
    set({ editingStepId });
  },
  setSaveState(saveState) {
    set({ saveState });
  },
  showAlert(alert) {
    set({ alert });
  },
  showToast(toast) {
    set({ toast: toast ? { ...toast, id: ++toastSeq } : null });
  },
}));
