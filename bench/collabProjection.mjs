// What a remote single-field edit costs the receiving browser tab's main thread at 1,000 steps
// (issue 20's budget: no task over 16 ms). A bound LocalSession on one Y.Doc takes in 50 label
// edits made on another doc, each applied with Y.applyUpdate, which runs the binding at once
// (no schedule): projection, validation, comparison and session.applyRemote in one task.
// "before" is the binding's earlier way (whole project(ydoc) + validateProjection each time),
// rebuilt here from mapping's public functions; "after" is bindSession (incremental.ts +
// incrementalCheck.ts). Prints median and p95 of the 50, in ms. Run: node bench/collabProjection.mjs
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';
import * as Y from 'yjs';

const root = resolve(import.meta.dirname, '..');
const load = async (path) =>
  (await runnerImport(join(root, path), { configFile: false, logLevel: 'error' })).module;

const STEPS = Number(process.env.STEPS ?? 1000);
const UPDATES = 50;
const WARMUP = 5;

const { generateProcessFile } = await load('src/domain/generate/generateProcess.ts');
const mapping = await load('src/document/yjs/mapping.ts');
const { bindSession } = await load('src/document/yjs/binding.ts');
const { createLocalSession } = await load('src/document/localSession.ts');
const { sameContent } = await load('src/domain/revisions/sameContent.ts');
const { createProjector } = await load('src/document/yjs/incremental.ts');
const { createChecker } = await load('src/document/yjs/incrementalCheck.ts');

const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${s.at(-1).toFixed(2)} ms`;
};

/** The binding's earlier takeIn: the whole projection and the whole gate on every update. */
function bindWhole(session, ydoc) {
  const take = () => {
    const projected = mapping.validateProjection(mapping.project(ydoc));
    if (!projected || sameContent(projected, session.doc)) return;
    const changedAt =
      projected.changedAt > session.doc.changedAt ? projected.changedAt : session.doc.changedAt;
    session.applyRemote({ ...projected, changedAt }, 'remote');
  };
  const on = (_u, origin) => origin !== 'self' && take();
  ydoc.on('update', on);
  return () => ydoc.off('update', on);
}

/** 50 remote label edits into a bound doc; ms per Y.applyUpdate (the whole binding task). */
function run(bind) {
  const process = generateProcessFile({
    steps: STEPS,
    seed: 7,
    now: new Date('2026-01-01'),
  }).process;
  const remote = mapping.createYDoc(process);
  const local = new Y.Doc();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
  const session = createLocalSession();
  session.load(process);
  const stop = bind(session, local);
  const ms = [];
  for (let i = 0; i < WARMUP + UPDATES; i++) {
    const step = process.steps[(i * 7919) % process.steps.length];
    let update = null;
    const grab = (u) => (update = u);
    remote.on('update', grab);
    remote.getMap('steps').get(step.id).set('label', `Steg, version ${i}`);
    remote.off('update', grab);
    const t = performance.now();
    Y.applyUpdate(local, update, 'net');
    if (i >= WARMUP) ms.push(performance.now() - t);
    if (session.doc.steps.find((s) => s.id === step.id).label !== `Steg, version ${i}`)
      throw new Error('the edit did not arrive');
  }
  stop();
  return ms;
}

/** The projection and validation alone (no session), whole versus incremental. */
function projectionOnly() {
  const process = generateProcessFile({
    steps: STEPS,
    seed: 7,
    now: new Date('2026-01-01'),
  }).process;
  const doc = mapping.createYDoc(process);
  const projector = createProjector(doc);
  const checker = createChecker();
  checker.check(projector.project());
  const whole = [];
  const inc = [];
  for (let i = 0; i < WARMUP + UPDATES; i++) {
    const step = process.steps[(i * 104729) % process.steps.length];
    doc.getMap('steps').get(step.id).set('label', `Etikett ${i}`);
    let t = performance.now();
    const a = checker.check(projector.project());
    if (i >= WARMUP) inc.push(performance.now() - t);
    t = performance.now();
    const b = mapping.validateProjection(mapping.project(doc));
    if (i >= WARMUP) whole.push(performance.now() - t);
    if (!sameContent(a, b)) throw new Error('incremental and whole projections differ');
  }
  return { whole, inc, full: checker.full };
}

console.log(
  `${STEPS} steps, ${UPDATES} remote single-field updates each (after ${WARMUP} warm-up)`,
);
console.log(`before, whole binding task:   ${stats(run(bindWhole))}`);
console.log(`after,  whole binding task:   ${stats(run((s, d) => bindSession(s, d)))}`);
const p = projectionOnly();
console.log(`before, project + validate:   ${stats(p.whole)}`);
console.log(`after,  incremental + check:  ${stats(p.inc)} (whole-gate checks: ${p.full})`);
