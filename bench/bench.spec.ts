// npm run bench: the app and two bare React Flow baselines, measured side by side on generated
// processes (see bench/README.md). A measurement, not a test: it passes whatever the budgets say.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { test, type BrowserContextOptions } from '@playwright/test';
import { bundleSizes } from './lib/bundle';
import { readOptions } from './lib/options';
import { topSelfTime } from './lib/profile';
import { budgetLines, budgets, summarise, table, type Results } from './lib/report';
import { serve } from './lib/server';
import { measureRun, type Metrics } from './lib/session';
import { appTarget, baselineTarget, importedLibrary, type Target } from './lib/targets';

const options = readOptions(process.env.BENCH_OPTIONS);
const CONTEXT: BrowserContextOptions = {
  viewport: { width: 1440, height: 900 },
  deviceScaleFactor: 1,
  locale: 'sv-SE',
  // A service worker would precache every chunk in the background of the first run.
  serviceWorkers: 'block',
};

test('bench', async ({ browser }) => {
  const started = performance.now();
  const app = await serve(options.appDist, 4310);
  const baseline = await serve(options.baselineDist, 4311);
  const dir = await mkdtemp(join(tmpdir(), 'flodes-bench-'));
  const states = new Map<number, Awaited<ReturnType<typeof importedLibrary>>>();
  let canvas: { width: number; height: number } | null = null;
  const all: Record<string, Target> = {
    app: appTarget(app.url, states),
    default: baselineTarget(baseline.url, false, () => canvas),
    culled: baselineTarget(baseline.url, true, () => canvas),
  };
  const targets = options.targets.map((name) => all[name]!);
  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? '?',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      os: `${type()} ${release()}`,
      chromium: browser.version(),
      // Other work on the machine skews absolute figures (ratios less): worth knowing.
      loadAverage: { start: loadavg()[0]!, end: NaN },
    },
    options: { ...options },
    sizes: [],
    exports: [],
    bundle: null,
    budgets: [],
    profiles: [],
    failures: [],
  };
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const stored = async (steps: number) => {
    if (!states.has(steps))
      states.set(steps, await importedLibrary(browser, app.url, steps, dir, CONTEXT));
  };

  try {
    if (options.only.includes('size'))
      results.bundle = await bundleSizes(browser, app.url, options.appDist);

    for (const steps of options.sizes) {
      const wantsApp = options.targets.includes('app');
      if (wantsApp) await stored(steps);
      const runs = new Map<string, Metrics[]>();
      for (let run = 0; run < options.runs; run++) {
        // Targets take turns in every round, so a noisy moment hits all of them alike.
        for (const target of targets) {
          const last = run === options.runs - 1;
          const runStarted = performance.now();
          const result = await measureRun({
            browser,
            target,
            steps,
            options,
            contextOptions: CONTEXT,
            profile:
              last && target.name === (process.env.BENCH_PROFILE_TARGET ?? 'app')
                ? options.profile
                : null,
            exports: options.exportSizes.includes(steps),
          });
          if (target.name === 'app') canvas ??= result.canvas;
          runs.set(target.name, [...(runs.get(target.name) ?? []), result.metrics]);
          const took = ((performance.now() - runStarted) / 1000).toFixed(0);
          log(
            `${steps} steps, ${target.name}, run ${run + 1} (${took} s): ${brief(result.metrics)}`,
          );
          if (options.verbose) log(`  phase seconds: ${brief(result.wall)}`);
          for (const failure of result.failures) {
            log(`  not measured: ${failure}`);
            results.failures.push({ steps, target: target.name, run: run + 1, failure });
          }
          if (result.profile && options.profile) {
            const top = await topSelfTime(result.profile, options.appDist);
            results.profiles.push({ steps, phase: options.profile, top });
          }
        }
      }
      const size = { steps, targets: {} as Results['sizes'][number]['targets'] };
      for (const [name, metrics] of runs)
        size.targets[name as keyof typeof size.targets] = summarise(metrics);
      results.sizes.push(size);
      const exported = size.targets.app;
      if (exported?.median['export.pdf'] !== undefined)
        results.exports.push({ steps, median: exported.median, runs: exported.runs });
    }

    // Export sizes that are not among the measured sizes get runs of their own.
    const extra = options.only.includes('export') && options.targets.includes('app');
    for (const steps of extra
      ? options.exportSizes.filter((s) => !options.sizes.includes(s))
      : []) {
      await stored(steps);
      const runs: Metrics[] = [];
      for (let run = 0; run < options.runs; run++) {
        const { metrics } = await measureRun({
          browser,
          target: all.app!,
          steps,
          options,
          contextOptions: CONTEXT,
          profile: null,
          exports: true,
          exportOnly: true,
        });
        runs.push(metrics);
        log(`${steps} steps, app export, run ${run + 1}: ${brief(metrics)}`);
      }
      const { median } = summarise(runs);
      results.exports.push({ steps, median, runs });
    }
    results.exports.sort((a, b) => a.steps - b.steps);
  } finally {
    await app.close();
    await baseline.close();
  }

  results.seconds = Math.round((performance.now() - started) / 1000);
  results.machine.loadAverage.end = loadavg()[0]!;
  results.budgets = budgets(results);
  log(table(results));
  for (const p of results.profiles) {
    log(`\nprofile: ${p.phase} at ${p.steps} steps, top self time (ms)`);
    for (const f of p.top) log(`${f.ms.toFixed(1).padStart(8)}  ${f.name}  ${f.where}`);
  }
  if (results.failures.length) {
    log('\nnot measured (the medians are of the other runs)');
    for (const f of results.failures)
      log(`  ${f.steps} steps, ${f.target}, run ${f.run}: ${f.failure}`);
  }
  log(`\nbudgets\n${budgetLines(results.budgets)}`);
  log(
    `\nmeasured in ${results.seconds} s on ${results.machine.cpu} (${results.machine.cores} cores), Chromium ${results.machine.chromium}`,
  );
  await writeFile(options.out, `${JSON.stringify(results, null, 2)}\n`);
});

/** A progress line: the headline figures, or all of them with --verbose. */
function brief(m: Metrics): string {
  const detail = /\.(cpu|p95|long|script|style|layout)$/;
  return Object.entries(m)
    .filter(([k]) => options.verbose || !detail.test(k))
    .map(
      ([k, v]) =>
        `${k} ${Number.isFinite(v) ? (Math.abs(v) < 10 ? v.toFixed(2) : v.toFixed(0)) : '–'}`,
    )
    .join(', ');
}
