// The collab bench's size figure: the Y state of a 1,000-step process after 10,000 edits, before
// and after compaction. Edits go through the mapping's writeDiff, as the editor's binding writes
// them (label renames, waiting times, moves on the canvas, moves to another lane), from a few
// writers in turn (each with a Y client id of its own, as the people of a workshop have).
// writeDiff compares whole processes (about 40 ms at 1,000 steps, timed separately below), so the
// 10,000 edits give it the one step each changes: before and after hold that step alone and no
// lanes or connections, which by writeDiff's contract touches nothing else (an entity absent from
// both is not compared). Compaction is a fresh Y.Doc made from the projection (the mapping's
// creator), computed here: the server (src/server/collab) does not compact yet.
import * as Y from 'yjs';

const WRITERS = 10;
/** Edits written with the whole process as before/after (the binding's way), timed. */
const FULL = 50;

const bytes = (doc) => Y.encodeStateAsUpdate(doc).length;

/** The edited copy of `process` and the step it changed: one change of a kind chosen by `n`. */
function edited(process, n) {
  const steps = process.steps;
  const at = (n * 7919) % steps.length;
  const step = steps[at];
  const lanes = process.lanes;
  let next;
  switch (n % 4) {
    case 0:
      next = { ...step, label: `Steg ${at + 1}, version ${n}` };
      break;
    case 1:
      next = {
        ...step,
        properties: { ...step.properties, waitingTime: { value: (n % 50) + 1, unit: 'days' } },
      };
      break;
    case 2:
      next = { ...step, x: Math.round(step.x + ((n % 5) - 2) * 16) };
      break;
    default: {
      const lane = lanes[(lanes.findIndex((l) => l.id === step.laneId) + 1) % lanes.length];
      next = { ...step, laneId: lane.id };
    }
  }
  const after = { ...process, steps: steps.map((s, i) => (i === at ? next : s)) };
  return { after, step, next };
}

/** The process with only `step`: what writeDiff needs to write that step's change alone. */
const only = (process, step) => ({ ...process, lanes: [], steps: [step], connections: [] });

/**
 * `mapping`: { project(doc), writeDiff(doc, before, after), create(process) → Y.Doc }.
 * Returns byte sizes (and the JSON's, for scale) and the seconds the edits took.
 */
export function measureSize(mapping, process, edits = 10_000) {
  const doc = mapping.create(process);
  const fresh = bytes(doc);
  // A writer per Y client id, as several laptops would write; every writer's doc stays in sync.
  const writers = Array.from({ length: WRITERS }, (_, i) => {
    const d = new Y.Doc();
    d.clientID = 1_000 + i;
    Y.applyUpdate(d, Y.encodeStateAsUpdate(doc));
    return d;
  });
  for (const w of writers)
    w.on('update', (update, origin) => {
      if (origin === 'peer') return;
      for (const other of [doc, ...writers]) if (other !== w) Y.applyUpdate(other, update, 'peer');
    });
  let current = process;
  const started = performance.now();
  let fullMs = 0;
  for (let n = 0; n < edits; n++) {
    const { after, step, next } = edited(current, n);
    const writer = writers[n % WRITERS];
    if (n < FULL) {
      // The editor's binding diffs the whole process: timed for the first few edits.
      writer.transact(() => {
        const t = performance.now();
        mapping.writeDiff(writer, current, after);
        fullMs += performance.now() - t;
      }, 'bench');
    } else
      writer.transact(
        () => mapping.writeDiff(writer, only(current, step), only(after, next)),
        'bench',
      );
    current = after;
  }
  const seconds = (performance.now() - started) / 1000;
  const after = bytes(doc);
  const projected = mapping.project(doc);
  const labelsMatch = projected.steps.every(
    (s) => current.steps.find((c) => c.id === s.id)?.label === s.label,
  );
  if (!labelsMatch) throw new Error('bench: the projection after 10,000 edits lost a label');
  const compacted = bytes(mapping.create(projected));
  return {
    steps: process.steps.length,
    edits,
    writers: WRITERS,
    editSeconds: Math.round(seconds * 10) / 10,
    writeDiffFullMs: Math.round((fullMs / Math.min(FULL, edits)) * 10) / 10,
    jsonKb: Math.round(JSON.stringify(projected).length / 1024),
    freshKb: Math.round(fresh / 1024),
    afterKb: Math.round(after / 1024),
    compactedKb: Math.round(compacted / 1024),
  };
}
