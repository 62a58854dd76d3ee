// The one door between a process and its Y.Doc (docs: collaboration.md §3): the shape is in
// shape.ts, writing in write.ts, reading in read.ts; nothing outside src/document/yjs knows Y
// structures. Client and server project, repair and validate with these same functions.
import * as Y from 'yjs';
import { loadDocument } from '../../domain/load/loadDocument';
import type { Process } from '../../domain/model/types';
import {
  connectionSchema,
  CURRENT_FORMAT_VERSION,
  laneSchema,
  listItemSchema,
  measureSchema,
  stepSchema,
} from '../../domain/schema/process';
import { projectDoc } from './read';
import { ROOT } from './shape';
import { writeDiffInto } from './write';

/**
 * Writes only what differs between `before` and `after` into `ydoc`: a new entity a new map, a
 * changed field one set, a removed entity `deleted: true`; unchanged fields are never touched.
 * With `before` null the doc's own content is the base (an empty doc gets everything). Derived
 * values are not written (changedAt only into a new doc; a lane height its steps explain). Call
 * it inside the caller's transaction: `ydoc.transact(() => writeDiff(ydoc, b, a), origin)`.
 */
export function writeDiff(ydoc: Y.Doc, before: Process | null, after: Process): void {
  writeDiffInto(ydoc, before, after);
}

/** Writes a whole process into `ydoc` (empty, or made equal to it) in one transaction. */
export function writeProcess(ydoc: Y.Doc, process: Process, origin: unknown = null): void {
  ydoc.transact(() => writeDiffInto(ydoc, null, process), origin);
}

/** A new Y.Doc holding `process`. */
export function createYDoc(process: Process): Y.Doc {
  const ydoc = new Y.Doc();
  writeProcess(ydoc, process);
  return ydoc;
}

/**
 * The process in the doc, live entities only, an edit beating a removal (a deleted lane that
 * still holds a live step is shown), normalised. Null when the doc holds no process. Not yet
 * validated: pass it through validateProjection before showing or storing it.
 */
export function project(ydoc: Y.Doc): Process | null {
  try {
    return projectDoc(ydoc);
  } catch {
    // A peer that wrote nonsense gives a view that fails validation, never a crash.
    return null;
  }
}

const gate = (process: unknown): Process | null => {
  const loaded = loadDocument({ formatVersion: CURRENT_FORMAT_VERSION, process, register: [] });
  return loaded.ok ? loaded.file.process : null;
};

const valid = (schema: { safeParse(v: unknown): { success: boolean } }) => (v: unknown) =>
  schema.safeParse(v).success;

/**
 * The projection through the load gate (schema, repair of references, limits, normalise): the
 * repaired process, or null if it cannot pass. Entities that fail the schema on their own are
 * dropped first, so one bad step from a peer does not hide the whole process.
 */
export function validateProjection(process: Process | null): Process | null {
  if (!process) return null;
  const whole = gate(process);
  if (whole) return whole;
  const p = process as Process;
  const list = <T>(v: T[] | undefined) => (Array.isArray(v) ? v : []);
  return gate({
    ...p,
    lanes: list(p.lanes).filter(valid(laneSchema)),
    steps: list(p.steps).filter(valid(stepSchema)),
    connections: list(p.connections).filter(valid(connectionSchema)),
    parkingLot: list(p.parkingLot).filter(valid(listItemSchema)),
    objectsIn: list(p.objectsIn).filter(valid(listItemSchema)),
    objectsOut: list(p.objectsOut).filter(valid(listItemSchema)),
    measures: list(p.measures).filter(valid(measureSchema)),
  });
}

/** Whether the doc holds no process yet (a new room before the first write). */
export const isEmpty = (ydoc: Y.Doc): boolean => ydoc.getMap(ROOT.meta).size === 0;

/** The doc's whole state as one update (for tests, storage and the server). */
export const ydocState = (ydoc: Y.Doc): Uint8Array => Y.encodeStateAsUpdate(ydoc);
