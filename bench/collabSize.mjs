// The collab bench's size figure: the Y state of a 1,000-step process after 10,000 edits, before
// and after compaction. Edits go through the mapping's writeDiff, as the editor's binding writes
// them (label renames, waiting times, moves on the canvas, moves to another lane), from a few
// writers in turn (each with a Y client id of its own, as the people of a workshop have).
// writeDiff compares whole processes (about 40 ms at 1,000 steps, timed separately below), so the
// 10,000 edits give it the one step each changes: before and after hold that step alone and no
// lanes or connections, which by writeDiff's contract touches nothing else (an entity absent from
// both is not compared). measureSize computes the compacted size in this process (a fresh Y.Doc
// from the projection, as the server builds it); measureServerCompaction has the built server do
// it for real: the same 10,000 edits reach it through a provider, the room is left, the server
// compacts it on unload (COLLAB_COMPACT_BYTES=0, COLLAB_COMPACT_RATIO=1) and the two epochs' stored rows are read back.
//   node bench/collabSize.mjs [--no-build] [--edits 10000] [--json]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { runnerImport } from 'vite';
import * as Y from 'yjs';
import { connect, signInLocal } from './collabClient.mjs';
import { buildServer, startBuiltServer } from './serverProcess.mjs';

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
        properties: { ...step.properties, waitingTime: { value: (n % 50) + 1, unit: 'd' } },
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
 * Writes `edits` edits of `process` into `doc` from ten writers in turn; gives back the process
 * they made, the seconds they took and the mean time of the first whole-process diffs.
 */
function writeEdits(mapping, doc, process, edits) {
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
  let fullMs = 0;
  const started = performance.now();
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
  for (const w of writers) w.destroy();
  const seconds = (performance.now() - started) / 1000;
  return { current, seconds, fullMs: fullMs / Math.min(FULL, edits) };
}

/**
 * `mapping`: { project(doc), writeDiff(doc, before, after), create(process) → Y.Doc }.
 * Returns byte sizes (and the JSON's, for scale) and the seconds the edits took.
 */
export function measureSize(mapping, process, edits = 10_000) {
  const doc = mapping.create(process);
  const fresh = bytes(doc);
  const { current, seconds, fullMs } = writeEdits(mapping, doc, process, edits);
  const after = bytes(doc);
  const projected = mapping.project(doc);
  // Every step still there with its last label: an edit the load gate refused would drop one.
  const checked = mapping.validate ? mapping.validate(projected) : projected;
  const labelsMatch =
    checked.steps.length === current.steps.length &&
    checked.steps.every((s) => current.steps.find((c) => c.id === s.id)?.label === s.label);
  if (!labelsMatch) throw new Error('bench: the projection after 10,000 edits lost a label');
  // As the server compacts: a fresh doc of the validated projection.
  const compacted = bytes(mapping.create(checked));
  return {
    steps: process.steps.length,
    edits,
    writers: WRITERS,
    editSeconds: Math.round(seconds * 10) / 10,
    writeDiffFullMs: Math.round(fullMs * 10) / 10,
    jsonKb: Math.round(JSON.stringify(projected).length / 1024),
    freshKb: Math.round(fresh / 1024),
    afterKb: Math.round(after / 1024),
    compactedKb: Math.round(compacted / 1024),
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const kb = (n) => Math.round(n / 1024);

/** Polls `check` every 100 ms until it gives a value, or fails after `ms` with `what`. */
async function until(what, check, ms) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`bench: ${what} not within ${ms / 1000} s`);
    await sleep(100);
  }
}

/**
 * The built server's own compaction (server/collab/epochs.ts): `file` is shared, the edits
 * reach the server through one provider, the provider leaves and the server compacts the room as
 * it unloads it. Bounded: a temporary SQLite, 127.0.0.1, each wait capped.
 */
export async function measureServerCompaction({ main, mapping, file, edits = 10_000 }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'fv-bench-compact-'));
  const server = await startBuiltServer(
    main,
    {
      DATA_DIR: dataDir,
      STATIC_DIR: dataDir,
      DATABASE_URL: '',
      OIDC_ISSUER: '',
      COLLAB_COMPACT_BYTES: '0',
      COLLAB_COMPACT_RATIO: '1',
    },
    { withOrigin: false },
  );
  let sqlite = null;
  try {
    const person = await signInLocal(server.url, 'Bänk');
    const posted = await person.send('POST', '/api/processes', file);
    if (posted.status !== 201) throw new Error(`bench: POST answered ${posted.status}`);
    const { id } = await posted.json();
    const { document, provider } = await connect(server.url, person.cookie, id);
    const shared = mapping.project(document);
    const { current } = writeEdits(mapping, document, shared, edits);
    await until('the edits on the server', () => provider.unsyncedChanges === 0, 120_000);
    const json = async () => (await (await person.send('GET', `/api/processes/${id}`)).json()).file;
    // The debounced store (at most 3 s later) holds the last edit: two reads 3.5 s apart agree.
    let stored = await json();
    for (let tries = 0; ; tries++) {
      await sleep(3500);
      const again = await json();
      if (JSON.stringify(again) === JSON.stringify(stored)) break;
      if (tries > 20) throw new Error('bench: the stored JSON never settled');
      stored = again;
    }
    const same = (c) => {
      const s = stored.process.steps.find((x) => x.id === c.id);
      return s && s.label === c.label && s.laneId === c.laneId && s.x === c.x;
    };
    if (!current.steps.every(same)) throw new Error('bench: the stored JSON is not the edits');
    const left = performance.now();
    provider.destroy();
    sqlite = new Database(join(dataDir, 'flodesverkstan.sqlite'), { readonly: true });
    const rows = () =>
      sqlite.prepare('select name, length(state) as chars, retired_at from ydocs').all();
    const fresh = await until(
      'the compaction',
      () => rows().find((r) => r.name === `process:${id}@1`),
      120_000,
    );
    const compactSeconds = (performance.now() - left) / 1000;
    const old = rows().find((r) => r.name === `process:${id}`);
    const after = await json();
    if (after.process.steps.length !== current.steps.length)
      throw new Error('bench: the server lost steps of the edited process');
    // Stored as base64: four characters carry three bytes.
    const bytesOf = (r) => Math.floor((r.chars * 3) / 4);
    return {
      edits,
      beforeKb: kb(bytesOf(old)),
      afterKb: kb(bytesOf(fresh)),
      oldRetired: old.retired_at !== null,
      jsonUnchanged: JSON.stringify(after) === JSON.stringify(stored),
      unloadToCompactedSeconds: Math.round(compactSeconds * 10) / 10,
    };
  } finally {
    sqlite?.close();
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const outDir = process.env.FV_BENCH_SERVER_DIST ?? 'dist-bench-server';
  const at = process.argv.indexOf('--edits');
  const edits = at >= 0 ? Number(process.argv[at + 1]) : 10_000;
  const guard = setTimeout(() => {
    console.error('bench: collabSize took too long; stopping');
    process.exit(1);
  }, 8 * 60_000);
  if (!process.argv.includes('--no-build')) await buildServer(outDir);
  const load = async (path) =>
    (await runnerImport(join(root, path), { configFile: false, logLevel: 'error' })).module;
  const { generateProcessFile } = await load('src/domain/generate/generateProcess.ts');
  const m = await load('src/document/yjs/mapping.ts');
  const mapping = {
    project: m.project,
    writeDiff: m.writeDiff,
    create: m.createYDoc,
    validate: m.validateProjection,
  };
  const file = generateProcessFile({ steps: 1000, seed: 7 });
  const results = {
    size: measureSize(mapping, file.process, edits),
    server: await measureServerCompaction({
      main: join(root, outDir, 'main.js'),
      mapping,
      file,
      edits,
    }),
  };
  console.log(JSON.stringify(results, null, 2));
  clearTimeout(guard);
  process.exit(0);
}
