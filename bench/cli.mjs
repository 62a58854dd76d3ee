// npm run bench [-- options]: builds the app and the baseline pages, then runs bench.spec.ts
// with Playwright. Plain JS so it runs on Node without a TypeScript loader.
//
//   --sizes 100,1000        process sizes (default 100,500,1000,2000,5000)
//   --only pan,zoom         phases: open heap pan zoom overview drag type autosave undo editheap export size
//                           server (the server's API, bench/server.mjs: no browser)
//                           collab (30 Node clients co-editing one room, Y state size: bench/collab.mjs)
//                           collab-browser (a remote edit and opening a shared process in Chromium:
//                           bench/collabBrowser.mjs; FV_DIST, FV_SERVER_DIST: builds of one's own)
//   --collab-seconds 60     how long the collab room edits (default 60)
//   --collab-clients 30     how many clients the collab room has (default 30)
//   --runs 3                runs per figure, each in a fresh browser context (median taken)
//   --frames 60             animation frames per pan/zoom/overview phase (60–120)
//   --targets app,culled    what to measure: app, default, culled
//   --export-sizes 200,1000 sizes the PDF and BPMN exports are timed at
//   --profile pan           CPU profile of that phase in the app's last run, top 10 self time
//   --out file.json         where results go (default bench/results.json)
//   --verbose               also print the seconds each phase took
//   --no-build              reuse dist-bench and dist-bench-baseline
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const PHASES = [
  'open',
  'heap',
  'pan',
  'zoom',
  'overview',
  'drag',
  'type',
  'autosave',
  'undo',
  'editheap',
  'export',
  'size',
  'server',
  'collab',
  'collab-browser',
];
/** Sections measured outside bench.spec.ts (cli.mjs runs them itself). */
const OWN_SECTIONS = ['server', 'collab', 'collab-browser'];
const TARGETS = ['app', 'default', 'culled'];
const list = (v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const numbers = (v) =>
  list(v).map((s) => {
    const n = Number(s.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 1) fail(`not a whole number: ${s}`);
    return n;
  });

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const options = {};
let build = true;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split('=', 2);
  const value = () => inline ?? args[++i] ?? fail(`${flag} needs a value`);
  switch (flag) {
    case '--sizes':
      options.sizes = numbers(value());
      break;
    case '--export-sizes':
      options.exportSizes = numbers(value());
      break;
    case '--runs':
      options.runs = numbers(value())[0];
      break;
    case '--frames':
      options.frames = numbers(value())[0];
      break;
    case '--only':
      options.only = list(value());
      break;
    case '--targets':
      options.targets = list(value());
      break;
    case '--profile':
      options.profile = value();
      break;
    case '--out':
      options.out = value();
      break;
    case '--collab-seconds':
      options.collabSeconds = numbers(value())[0];
      break;
    case '--collab-clients':
      options.collabClients = numbers(value())[0];
      break;
    case '--verbose':
      options.verbose = true;
      break;
    case '--no-build':
      build = false;
      break;
    default:
      fail(`unknown option ${args[i]} (see bench/cli.mjs)`);
  }
}
for (const p of [...(options.only ?? []), ...(options.profile ? [options.profile] : [])])
  if (!PHASES.includes(p)) fail(`unknown phase ${p}; phases: ${PHASES.join(', ')}`);
for (const t of options.targets ?? []) if (!TARGETS.includes(t)) fail(`unknown target ${t}`);
// Autosave is timed on the label edit, so it needs the typing phase.
if (options.only?.includes('autosave') && !options.only.includes('type')) options.only.push('type');

const started = Date.now();
const run = (command, env = {}) => {
  const result = spawnSync(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
/** Runs commands side by side (the two builds: about 20 s each, on two cores). */
const runTogether = (commands) =>
  Promise.all(
    commands.map(
      ([command, env = {}]) =>
        new Promise((resolve) => {
          const child = spawn(command[0], command.slice(1), {
            stdio: 'inherit',
            env: { ...process.env, ...env },
          });
          child.on('exit', (code) => resolve(code ?? 1));
        }),
    ),
  ).then((codes) => {
    const failed = codes.find((code) => code !== 0);
    if (failed !== undefined) process.exit(failed);
  });
// The server's sections run first and without a browser; alone when they are the only phases asked
// for. The collab section reuses the server section's build when both run.
const out = options.out ?? 'bench/results.json';
const server =
  !options.only || options.only.includes('server')
    ? await (await import('./server.mjs')).runServerBench({ build })
    : null;
const collab =
  !options.only || options.only.includes('collab')
    ? await (
        await import('./collab.mjs')
      ).runCollabBench({
        build: build && !server,
        seconds: options.collabSeconds,
        clients: options.collabClients,
      })
    : null;
const wantsCollabBrowser = !options.only || options.only.includes('collab-browser');
const { runCollabBrowserBench } = await import('./collabBrowser.mjs');
let collabBrowser = null;
// The server and collab sections build dist-bench-server; the browser's section reuses it.
const serverBuiltHere = build && Boolean(server || collab) && !process.env.FV_SERVER_DIST;
const keepServer = (results) => ({
  ...results,
  ...(server ? { server } : {}),
  ...(collab ? { collab } : {}),
  ...(collabBrowser ? { collabBrowser } : {}),
});
if (options.only?.every((p) => OWN_SECTIONS.includes(p))) {
  if (wantsCollabBrowser)
    collabBrowser = await runCollabBrowserBench({ build, serverBuilt: serverBuiltHere });
  let earlier = {};
  try {
    earlier = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    // No earlier results: the file holds the server's sections alone.
  }
  writeFileSync(out, `${JSON.stringify(keepServer(earlier), null, 2)}\n`);
  process.exit(0);
}
if (build) {
  console.log('bench: building the app (dist-bench) and the baselines (dist-bench-baseline)');
  await runTogether([
    [['npx', 'vite', 'build', '--logLevel', 'warn'], { FV_DIST: 'dist-bench' }],
    [['npx', 'vite', 'build', '-c', 'bench/vite.config.ts', '--logLevel', 'warn']],
  ]);
}
// In a full run the browser's collab figures use the app just built into dist-bench.
if (wantsCollabBrowser)
  collabBrowser = await runCollabBrowserBench(
    build ? { build, appBuilt: true, appDir: 'dist-bench', serverBuilt: serverBuiltHere } : {},
  );
run(['npx', 'playwright', 'test', '-c', 'bench/bench.config.ts'], {
  BENCH_OPTIONS: JSON.stringify(options),
});
const seconds = Math.round((Date.now() - started) / 1000);
try {
  const results = keepServer(JSON.parse(readFileSync(out, 'utf8')));
  results.totalSeconds = seconds;
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
} catch {
  // No results file: the run failed and said why above.
}
console.log(`bench: ${seconds} s in all, builds included${build ? '' : ' (no build)'}`);
