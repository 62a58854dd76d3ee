// Where the canvas's steps and lane headers read the process from. The editor leaves this unset:
// they read the document and register stores. A read-only view (src/viewer) sets it to the
// process it shows, so the same node types draw a shared or compared flow without the stores,
// and without editing (no handles, no label editor, no lane tools).
import { createContext } from 'react';
import type { Process, RegisterEntry } from '../../domain/model/types';

export type StepMarkKind = 'added' | 'removed' | 'changed';
/** A tag on a step ("Ny", "Borttagen", "Ändrad"): shown as text and read with its name. */
export interface StepMark {
  kind: StepMarkKind;
  label: string;
}

export interface CanvasSource {
  doc: Process;
  register: ReadonlyMap<string, RegisterEntry>;
  /** Prefix for the ids the steps render, so two canvases on one page never share an id. */
  idPrefix: string;
  marks?: ReadonlyMap<string, StepMark>;
}

export const CanvasSourceContext = createContext<CanvasSource | null>(null);
