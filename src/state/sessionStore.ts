// Per-tab session state: what is selected, how saving goes, and messages for the person.
// Never persisted, never undoable.
import { create } from 'zustand';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

/** A message is an i18n key plus parameters, so it follows a language switch. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
  /** A button beside the message (e.g. undo, export now). */
  action?: { key: string; run: () => void };
}

export interface Toast extends Message {
  id: number;
  /** Stays until closed: a notice with a list to read (what an import simplified) must not
   * vanish while it is being read. */
  sticky?: boolean;
}

export interface SessionState {
  selectedStepIds: string[];
  selectedConnectionIds: string[];
  /** The step whose label is being edited inline. */
  editingStepId: string | null;
  saveState: SaveState;
  /** Storage was taken away under this tab: a newer version upgraded the database elsewhere,
   * or the browser closed it. The document stays in memory; nothing more is written. */
  storageLost: 'upgraded' | null;
  setStorageLost(reason: 'upgraded' | null): void;
  alert: Message | null;
  toast: Toast | null;
  /** The key-figures panel is open. */
  showKeyFigures: boolean;
  /** Handovers are highlighted on the canvas. */
  showHandovers: boolean;
  /** The method guide is open. */
  showGuide: boolean;
  /** The flow as numbered text is shown beside the canvas. */
  showTextView: boolean;
  /** The processes above this one when it was opened as a subprocess (for the breadcrumb). */
  trail: { id: string; title: string }[];
  setTrail(trail: { id: string; title: string }[]): void;
  /** Workshop mode: the canvas, quick entry, parking lot and timer, large, for a projector. */
  workshop: boolean;
  setView(
    patch: Partial<
      Pick<
        SessionState,
        'showKeyFigures' | 'showHandovers' | 'showGuide' | 'showTextView' | 'workshop'
      >
    >,
  ): void;
  select(stepIds: string[], connectionIds?: string[]): void;
  setEditing(stepId: string | null): void;
  setSaveState(state: SaveState): void;
  showAlert(alert: Message | null): void;
  showToast(toast: Omit<Toast, 'id'> | null): void;
}

let toastSeq = 0;

export const useSessionStore = create<SessionState>()((set, get) => ({
  selectedStepIds: [],
  selectedConnectionIds: [],
  editingStepId: null,
  saveState: 'saved',
  storageLost: null,
  setStorageLost(storageLost) {
    set({ storageLost });
  },
  alert: null,
  toast: null,
  showKeyFigures: false,
  showHandovers: false,
  showGuide: false,
  showTextView: false,
  workshop: false,
  trail: [],
  setTrail(trail) {
    set({ trail });
  },
  setView(patch) {
    set(patch);
  },
  select(stepIds, connectionIds = []) {
    // The same selection again is no change: React Flow reports selections it was just given,
    // and a new array each time would bounce between canvas and store.
    const same = (a: string[], b: string[]) =>
      a.length === b.length && a.every((x, i) => x === b[i]);
    const now = get();
    if (same(now.selectedStepIds, stepIds) && same(now.selectedConnectionIds, connectionIds))
      return;
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
