// npm run bench -- --only collab-browser: live co-editing's figures in the browser (issue 20's bench).
// Bounded and local: the built server on 127.0.0.1 in local mode with a temporary SQLite, serving
// the built app; Chromium (the e2e tests' binary and flags) signed in by name (POST /api/auth/local).
//   1. A shared 1,000-step process open live in the editor; a Node client (bench/collabClient.mjs)
//      renames one visible step 20 times, one edit at a time. For each edit a DevTools timeline
//      trace gives every main-thread task (RunTask on CrRendererMain, any length: a `longtask`
//      observer sees only ≥ 50 ms) from the send until the new label is in the DOM + 300 ms.
//   2. Time from the click to the first frame with steps drawn (as bench/lib/probe.ts's armOpen):
//      the process as a local one (imported into Mitt bibliotek), shared from the server on a fresh
//      context (first visit), shared again from IndexedDB after a reload. Median of 3 each.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runnerImport } from 'vite';
import { connect, signInLocal, stepMapOf } from './collabClient.mjs';
import { armOpen, newPerson, openTime, startAppServer, traceTasks } from './collabBrowserLib.mjs';
import { buildServer } from './serverProcess.mjs';

const root = resolve(import.meta.dirname, '..');
const STEPS = 1000;
const EDITS = 20;
const RUNS = 3;
const AFTER_MS = 300;
const TITLE = 'Samarbetsprov 1000 steg';
const LOCAL_TITLE = 'Lokalt prov 1000 steg';
/** The whole section gives up after this, whatever hangs. */
const LIMIT_MS = 10 * 60_000;
const TIMEOUT = 120_000;

const load = async (path) =>
  (await runnerImport(join(root, path), { configFile: false, logLevel: 'error' })).module;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
const round = (v) => Math.round(v * 10) / 10;

const sharedButton = (page) => page.getByRole('button', { name: TITLE, exact: true });
const syncStatus = (page) => page.getByRole('status').filter({ hasText: /^Synkat$/ });

async function openSharedTimed(page) {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Delat bibliotek' }).click();
  await sharedButton(page).waitFor({ state: 'visible', timeout: TIMEOUT });
  await armOpen(page);
  await sharedButton(page).click();
  const ms = await openTime(page, TIMEOUT);
  await page.getByRole('main', { name: `Redigerare: ${TITLE}` }).waitFor({ timeout: TIMEOUT });
  await syncStatus(page).waitFor({ timeout: TIMEOUT });
  return ms;
}

async function openTimes(browser, url, file, dir) {
  const times = { local: [], server: [], indexedDb: [] };
  // Local: imported once into Mitt bibliotek, then opened from its row after a reload, 3 times.
  const local = await newPerson(browser, url, 'Bänk Lokal');
  try {
    const path = join(dir, 'local.json');
    writeFileSync(
      path,
      JSON.stringify({ ...file, process: { ...file.process, title: LOCAL_TITLE } }),
    );
    const { page } = local;
    await page.goto('/');
    await page.getByRole('tab', { name: 'Mitt bibliotek' }).click();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importera' }).click();
    await (await choosing).setFiles(path);
    await page
      .getByRole('main', { name: `Redigerare: ${LOCAL_TITLE}` })
      .waitFor({ timeout: TIMEOUT });
    await page.locator('.save-state.save-saved').waitFor({ timeout: TIMEOUT });
    for (let run = 0; run < RUNS; run++) {
      await page.goto('/');
      await page.getByRole('tab', { name: 'Mitt bibliotek' }).click();
      const link = page.getByRole('link', { name: LOCAL_TITLE, exact: true });
      await link.waitFor({ state: 'visible', timeout: TIMEOUT });
      await armOpen(page);
      await link.click();
      times.local.push(await openTime(page, TIMEOUT));
    }
  } finally {
    await local.context.close();
  }
  // Shared: a fresh context fetches it from the server; after a reload it is on the device.
  for (let run = 0; run < RUNS; run++) {
    const person = await newPerson(browser, url, `Bänk Läsning ${run + 1}`);
    try {
      times.server.push(await openSharedTimed(person.page));
      times.indexedDb.push(await openSharedTimed(person.page));
    } finally {
      await person.context.close();
    }
  }
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, round(median(v))]));
  return {
    runs: RUNS,
    localMs: m.local,
    serverMs: m.server,
    indexedDbMs: m.indexedDb,
    serverRatio: Math.round((m.server / m.local) * 100) / 100,
    indexedDbRatio: Math.round((m.indexedDb / m.local) * 100) / 100,
    each: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.map(round)])),
  };
}

async function remoteEdits(browser, url, mapping, author, id, statics) {
  const viewer = await newPerson(browser, url, 'Bänk Visare');
  let client = null;
  try {
    const { page } = viewer;
    await openSharedTimed(page);
    client = await connect(url, author.cookie, id);
    // A step drawn in the view (watched by its node's data-id; its Y map found by its id).
    const steps = mapping.project(client.document).steps;
    const drawn = await page
      .locator('.react-flow__node-step')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));
    const step = steps.find((s) => drawn.includes(s.id));
    if (!step) throw new Error('bench: no step of the process is drawn');
    const { map, key } = stepMapOf(client.document, step);
    const cdp = await page.context().newCDPSession(page);
    // BENCH_PROFILE=1: a CPU profile of the 20 edits, top 10 self time (it slows the tasks).
    const profiling = Boolean(process.env.BENCH_PROFILE);
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    // BENCH_TRACE=file.json keeps the edits' timeline traces (Chrome's Performance panel opens it).
    const traced = process.env.BENCH_TRACE ? [] : null;
    const perEdit = [];
    const over16 = [];
    const untilSeen = [];
    for (let n = 1; n <= EDITS; n++) {
      const label = `Fjärrändring ${n}`;
      await page.evaluate(
        ([stepId, text]) => {
          const seen = () =>
            document
              .querySelector(`.react-flow__node[data-id="${stepId}"]`)
              ?.textContent?.includes(text);
          window.__benchSeen = false;
          const observer = new MutationObserver(() => {
            if (!seen()) return;
            console.timeStamp('bench-seen');
            window.__benchSeen = true;
            observer.disconnect();
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        },
        [step.id, label],
      );
      const stop = await traceTasks(cdp, traced);
      await page.evaluate(() => console.timeStamp('bench-send'));
      client.document.transact(() => map.set(key, label), 'bench');
      await page.waitForFunction(() => window.__benchSeen === true, null, {
        polling: 100,
        timeout: 20_000,
      });
      await sleep(AFTER_MS);
      const tasks = await stop(AFTER_MS);
      const longest = (list) => list.reduce((max, t) => Math.max(max, t.ms), 0);
      perEdit.push(longest(tasks));
      untilSeen.push(longest(tasks.filter((t) => !t.afterSeen)));
      over16.push(...tasks.filter((t) => t.ms >= 16).map((t) => ({ edit: n, ...t })));
      await sleep(200);
    }
    // BENCH_SCREENSHOT=file.png: the view after the last edit, to look at what was drawn.
    if (process.env.BENCH_SCREENSHOT) await page.screenshot({ path: process.env.BENCH_SCREENSHOT });
    if (traced) writeFileSync(process.env.BENCH_TRACE, JSON.stringify({ traceEvents: traced }));
    if (profiling) {
      const { profile } = await cdp.send('Profiler.stop');
      // BENCH_CPUPROFILE=file.cpuprofile keeps the whole profile (Chrome DevTools opens it).
      if (process.env.BENCH_CPUPROFILE)
        writeFileSync(process.env.BENCH_CPUPROFILE, JSON.stringify(profile));
      const { topSelfTime } = await load('bench/lib/profile.ts');
      for (const f of await topSelfTime(profile, statics))
        console.log(`  profile: ${f.ms.toFixed(1)} ms ${f.name} ${f.where}`);
    }
    return {
      profiled: profiling,
      steps: STEPS,
      edits: EDITS,
      maxTaskMs: round(Math.max(...perEdit)),
      p95TaskMs: round(p95(perEdit)),
      medianTaskMs: round(median(perEdit)),
      // The same, counting only tasks that started before the new label was in the DOM.
      untilSeen: { maxTaskMs: round(Math.max(...untilSeen)), p95TaskMs: round(p95(untilSeen)) },
      perEditMs: perEdit.map(round),
      tasksOver16: over16.length,
      over16Ms: over16.map((t) => round(t.ms)),
      // Each task ≥ 16 ms: which edit's stretch it was in and what it ran (collabBrowserLib).
      over16: over16.map((t) => ({ edit: t.edit, ms: round(t.ms), what: t.what })),
    };
  } finally {
    client?.provider.destroy();
    await viewer.context.close();
  }
}

function print({ remote: r, open: o }) {
  const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
  console.log(
    `collab-browser: remote edit at ${r.steps} steps (${r.edits} edits): longest task max ${r.maxTaskMs} ms,` +
      ` p95 ${r.p95TaskMs} ms, median ${r.medianTaskMs} ms (until drawn: max ${r.untilSeen.maxTaskMs},` +
      ` p95 ${r.untilSeen.p95TaskMs} ms); tasks ≥ 16 ms: ${r.tasksOver16}` +
      ` — ${verdict(r.maxTaskMs <= 16)} (none over 16 ms)`,
  );
  for (const t of r.over16) console.log(`  ≥ 16 ms: edit ${t.edit}, ${t.ms} ms, ${t.what}`);
  if (!o) return;
  console.log(
    `  open ${STEPS} steps (median of ${o.runs}): local ${o.localMs} ms, shared from the server ${o.serverMs} ms` +
      ` (${o.serverRatio}×, ${verdict(o.serverRatio <= 1.5)}), from IndexedDB ${o.indexedDbMs} ms` +
      ` (${o.indexedDbRatio}×, ${verdict(o.indexedDbRatio <= 1.5)}); budget ≤ 1.5× local`,
  );
}

/**
 * The section. The app is served from appDir (FV_DIST, else dist-bench), the server runs from
 * serverDir (FV_SERVER_DIST, else dist-bench-server); with build, whichever is not already built
 * (appBuilt, serverBuilt: the cli's own builds) is built first.
 */
export async function runCollabBrowserBench({
  build = false,
  appBuilt = false,
  serverBuilt = false,
  appDir = process.env.FV_DIST ?? 'dist-bench',
  serverDir = process.env.FV_SERVER_DIST ?? 'dist-bench-server',
} = {}) {
  if (build && !serverBuilt) {
    await buildServer(serverDir);
  }
  if (build && !appBuilt) {
    console.log(`bench: building the app (${appDir})`);
    const made = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, FV_DIST: appDir },
    });
    if (made.status !== 0) throw new Error('bench: the app did not build');
  }
  const guard = setTimeout(() => {
    console.error('bench: the collab-browser section took too long; stopping');
    process.exit(1);
  }, LIMIT_MS);
  const dataDir = mkdtempSync(join(tmpdir(), 'fv-bench-collab-browser-'));
  const statics = resolve(root, appDir);
  const main = resolve(root, serverDir, 'main.js');
  const server = await startAppServer(main, dataDir, statics);
  const { chromium } = await import('@playwright/test');
  const launch = (await load('playwright.config.ts')).default.use?.launchOptions ?? {};
  const browser = await chromium.launch(launch);
  try {
    const { generateProcessFile } = await load('src/domain/generate/generateProcess.ts');
    const mapping = await load('src/document/yjs/mapping.ts');
    const file = generateProcessFile({ steps: STEPS, seed: 1, title: TITLE });
    const author = await signInLocal(server.url, 'Bänk Författare');
    const posted = await author.send('POST', '/api/processes', file);
    if (posted.status !== 201) throw new Error(`bench: POST answered ${posted.status}`);
    const { id } = await posted.json();
    const loadBefore = loadavg().map(round);
    const results = {
      remote: await remoteEdits(browser, server.url, mapping, author, id, statics),
      // BENCH_REMOTE_ONLY=1: the remote edits alone (while working on them; open is not measured).
      open: process.env.BENCH_REMOTE_ONLY
        ? null
        : await openTimes(browser, server.url, file, dataDir),
      loadAverage: { before: loadBefore, after: loadavg().map(round) },
    };
    print(results);
    console.log(`  load average ${loadBefore.join(' ')} → ${results.loadAverage.after.join(' ')}`);
    return results;
  } finally {
    clearTimeout(guard);
    await browser.close();
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runCollabBrowserBench({ build: !process.argv.includes('--no-build') });
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
  process.exit(0);
}
