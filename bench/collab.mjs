// npm run bench -- --only collab: live co-editing's figures. Bounded and local: the built server
// on 127.0.0.1 in local mode with a temporary SQLite, and Node clients (Hocuspocus providers over
// `ws`, each signed in by name as a participant of a workshop).
//   1. 30 participants in one room (process:<id>), each renaming a step of its own once a second
//      and sending a pointer in its presence 10 times a second, for 60 s: p50/p95 from one
//      client's edit to every other client having it; the server's CPU and memory (/proc).
//   2. The Y state of a 1,000-step process after 10,000 edits, before and after compaction
//      (bench/collabSize.mjs).
// Flags (cli.mjs): --collab-seconds (default 60), --collab-clients (default 30).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';
import { connect, signInLocal, startLocalServer, stepMapOf, usage } from './collabClient.mjs';
import { measureServerCompaction, measureSize } from './collabSize.mjs';
import { buildServer } from './serverProcess.mjs';
import { summary } from './serverReport.mjs';

const root = resolve(import.meta.dirname, '..');
// The server section's build; FV_BENCH_SERVER_DIST: a build of one's own beside others'.
const OUT_DIR = process.env.FV_BENCH_SERVER_DIST ?? 'dist-bench-server';
const STEPS = 40;
/** The whole section gives up after this plus the load's seconds, whatever hangs. */
const LIMIT_MS = 4 * 60_000;

const load = async (path) =>
  (await runnerImport(join(root, path), { configFile: false, logLevel: 'error' })).module;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const LABEL = /^Bench (\d+)·(\d+)$/;

async function live(mapping, generateProcessFile, { seconds, clients }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'fv-bench-collab-'));
  const server = await startLocalServer(join(root, OUT_DIR, 'main.js'), dataDir);
  const open = [];
  const timers = [];
  try {
    const people = [];
    for (let i = 0; i < clients; i++)
      people.push(await signInLocal(server.url, `Deltagare ${i + 1}`));
    const file = generateProcessFile({ steps: STEPS, lanes: 4, seed: 3, title: 'Workshopprov' });
    const posted = await people[0].send('POST', '/api/processes', file);
    if (posted.status !== 201) throw new Error(`bench: POST answered ${posted.status}`);
    const { id } = await posted.json();
    for (const person of people) open.push(await connect(server.url, person.cookie, id));

    // Each client edits step i (mod STEPS); every client watches the steps others edit.
    const sent = new Map();
    const everyone = [];
    const each = [];
    let seenByAll = 0;
    const targets = open.map(({ document }) => {
      const steps = mapping.project(document).steps;
      return open.map((_, i) => stepMapOf(document, steps[i % steps.length]));
    });
    open.forEach((_, j) => {
      targets[j].forEach(({ map, key }, i) => {
        if (i === j) return;
        map.observe((event) => {
          if (!event.keysChanged.has(key)) return;
          const match = LABEL.exec(String(map.get(key)));
          const entry = match && sent.get(`${match[1]}:${match[2]}`);
          if (!entry || entry.seen.has(j)) return;
          entry.seen.add(j);
          const ms = performance.now() - entry.at;
          each.push(ms);
          if (entry.seen.size === clients - 1) {
            everyone.push(ms);
            seenByAll++;
          }
        });
      });
    });

    const before = usage(server.child.pid);
    const ownBefore = process.cpuUsage();
    let rssPeak = before.rssMb;
    const started = performance.now();
    let edits = 0;
    open.forEach(({ document, provider }, i) => {
      const { map, key } = targets[i][i];
      let n = 0;
      const edit = () => {
        n++;
        edits++;
        const label = `Bench ${i}·${n}`;
        sent.set(`${i}:${n}`, { at: performance.now(), seen: new Set() });
        document.transact(() => map.set(key, label), 'bench');
      };
      const pointer = () =>
        provider.setAwarenessField('pointer', {
          x: Math.round(Math.random() * 1400),
          y: Math.round(Math.random() * 800),
        });
      // Spread over the second so the 30 clients do not all write in the same millisecond.
      const offset = (i * 1000) / clients;
      timers.push(
        setTimeout(() => {
          edit();
          timers.push(setInterval(edit, 1000), setInterval(pointer, 100));
        }, offset),
      );
    });
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, usage(server.child.pid).rssMb);
    }, 1000);
    timers.push(sampler);
    await sleep(seconds * 1000);
    for (const t of timers) clearInterval(t);
    const wall = (performance.now() - started) / 1000;
    const after = usage(server.child.pid);
    const own = process.cpuUsage(ownBefore);
    await sleep(2000);

    // Every client has every step's last label, and so has the server's stored JSON.
    const final = (c) => targets[c].map(({ map, key }) => String(map.get(key)));
    const expected = final(0);
    const converged = open.every((_, c) => final(c).join('|') === expected.join('|'));
    let stored = false;
    for (let tries = 0; tries < 20 && !stored; tries++) {
      const answer = await people[0].send('GET', `/api/processes/${id}`);
      const body = await answer.json();
      const labels = new Map(body.file.process.steps.map((s) => [s.id, s.label]));
      const steps = mapping.project(open[0].document).steps;
      stored = open.every((_, i) => labels.get(steps[i % steps.length].id) === expected[i]);
      if (!stored) await sleep(500);
    }
    return {
      clients,
      seconds,
      steps: STEPS,
      edits,
      seenByAll,
      converged,
      storedJsonMatches: stored,
      toEveryone: summary(everyone),
      toEach: summary(each),
      serverCpuPercent: Math.round(((after.cpu - before.cpu) / wall) * 1000) / 10,
      clientsCpuPercent: Math.round(((own.user + own.system) / 1e6 / wall) * 1000) / 10,
      loadAverage: loadavg().map((v) => Math.round(v * 10) / 10),
      serverRssMb: {
        start: Math.round(before.rssMb),
        peak: Math.round(rssPeak),
        end: Math.round(after.rssMb),
      },
    };
  } finally {
    for (const t of timers) clearInterval(t);
    for (const { provider } of open) provider.destroy();
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function print({ live: l, size: s, serverCompaction: c }) {
  const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '–');
  console.log(
    `collab: ${l.clients} clients × ${l.seconds} s, ${l.edits} edits (${l.seenByAll} seen by all), ` +
      `converged ${l.converged ? 'yes' : 'NO'}, stored JSON ${l.storedJsonMatches ? 'matches' : 'DIFFERS'}`,
  );
  console.log(
    `  edit → every other client: p50 ${ms(l.toEveryone.p50)}, p95 ${ms(l.toEveryone.p95)}` +
      ` (each delivery: p50 ${ms(l.toEach.p50)}, p95 ${ms(l.toEach.p95)})`,
  );
  console.log(
    `  server: ${l.serverCpuPercent} % of a core, RSS ${l.serverRssMb.start} → peak ${l.serverRssMb.peak} MB;` +
      ` the clients (one Node process): ${l.clientsCpuPercent} %; load average ${l.loadAverage.join(' ')}`,
  );
  console.log(
    `  Y state, ${s.steps} steps: fresh ${s.freshKb} KB, after ${s.edits} edits ${s.afterKb} KB, ` +
      `compacted ${s.compactedKb} KB (JSON ${s.jsonKb} KB); writeDiff of a whole 1,000-step process ${s.writeDiffFullMs} ms`,
  );
  console.log(
    `  the server's compaction after ${c.edits} edits: ${c.beforeKb} KB → ${c.afterKb} KB ` +
      `(old epoch retired ${c.oldRetired ? 'yes' : 'NO'}, JSON unchanged ${c.jsonUnchanged ? 'yes' : 'NO'}), ` +
      `${c.unloadToCompactedSeconds} s from leaving the room`,
  );
}

/** The mapping's three functions, whatever the creator is called. */
function mappingOf(module) {
  const create = module.createYDoc ?? module.toYDoc ?? module.ydocFromProcess;
  if (!module.project || !module.writeDiff || !create)
    throw new Error('bench: src/document/yjs/mapping.ts lacks project, writeDiff or a creator');
  return { project: module.project, writeDiff: module.writeDiff, create: (p) => create(p) };
}

/** The section: builds the server unless told not to, then the live room and the size figure. */
export async function runCollabBench({ build: rebuild = true, seconds = 60, clients = 30 } = {}) {
  const guard = setTimeout(
    () => {
      console.error('bench: the collab section took too long; stopping');
      process.exit(1);
    },
    LIMIT_MS + seconds * 1000,
  );
  try {
    if (rebuild) {
      await buildServer(OUT_DIR);
    }
    const { generateProcessFile } = await load('src/domain/generate/generateProcess.ts');
    const mapping = mappingOf(await load('src/document/yjs/mapping.ts'));
    const file = generateProcessFile({ steps: 1000, seed: 7 });
    const results = {
      live: await live(mapping, generateProcessFile, { seconds, clients }),
      size: measureSize(mapping, file.process),
      // The same 10,000 edits through the built server, which compacts the room as it unloads.
      serverCompaction: await measureServerCompaction({
        main: join(root, OUT_DIR, 'main.js'),
        mapping,
        file,
      }),
    };
    print(results);
    return results;
  } finally {
    clearTimeout(guard);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const results = await runCollabBench({
    build: !process.argv.includes('--no-build'),
    seconds: flag('--seconds', 60),
    clients: flag('--clients', 30),
  });
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
  process.exit(0);
}
