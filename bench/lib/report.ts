// Medians, ratios to the two baselines, the budgets from issue 10, and the stdout table.
import type { BundleSizes } from './bundle';
import { median } from './frames';
import type { Metrics } from './session';
import type { TargetName } from './targets';
import type { SelfTime } from './profile';

export interface TargetResult {
  median: Metrics;
  runs: Metrics[];
}
export interface SizeResult {
  steps: number;
  targets: Partial<Record<TargetName, TargetResult>>;
}
export interface Budget {
  name: string;
  measured: string;
  limit: string;
  /** null: not measured in this run. */
  pass: boolean | null;
}
export interface Results {
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGb: number;
    os: string;
    chromium: string;
    loadAverage: { start: number; end: number };
  };
  options: Record<string, unknown>;
  seconds?: number;
  sizes: SizeResult[];
  exports: { steps: number; median: Metrics; runs: Metrics[] }[];
  bundle: BundleSizes | null;
  budgets: Budget[];
  profiles: { steps: number; phase: string; top: SelfTime[] }[];
  failures: { steps: number; target: string; run: number; failure: string }[];
}

export function summarise(runs: Metrics[]): TargetResult {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  // A phase that failed in one run is missing there: the median is of the runs that have it.
  const values = (k: string) => runs.map((r) => r[k]).filter((v): v is number => v !== undefined);
  return { median: Object.fromEntries(keys.map((k) => [k, median(values(k))])), runs };
}

interface Row {
  key: string;
  label: string;
  digits: number;
  /** Ratios make no sense for shares that are usually 0 and for app-only figures. */
  ratio: boolean;
  percent?: boolean;
  /** Long tasks are only reported from 50 ms up. */
  longTask?: boolean;
}
const ROWS: Row[] = [
  { key: 'open', label: 'open ms', digits: 0, ratio: true },
  { key: 'heap', label: 'heap MB (after GC)', digits: 1, ratio: true },
  ...['pan', 'zoom', 'overview', 'drag'].flatMap((phase): Row[] => [
    { key: `${phase}.busy`, label: `${phase} busy ms/frame`, digits: 2, ratio: true },
    { key: `${phase}.cpu`, label: `${phase} CPU ms/frame`, digits: 2, ratio: true },
    { key: `${phase}.p95`, label: `${phase} p95 frame ms`, digits: 1, ratio: true },
    {
      key: `${phase}.long`,
      label: `${phase} frames >16.7 ms`,
      digits: 0,
      ratio: false,
      percent: true,
    },
  ]),
  { key: 'drop.frame', label: 'drop: longest frame ms', digits: 0, ratio: true },
  { key: 'drop.task', label: 'drop: longest task ms', digits: 0, ratio: false, longTask: true },
  { key: 'drop.longest', label: 'drop: longest task ms (trace)', digits: 0, ratio: false },
  { key: 'drop.save', label: 'drop: saved after ms', digits: 0, ratio: false },
  { key: 'undo.script', label: 'undo of a tidy-up: script ms', digits: 1, ratio: false },
  { key: 'redo.script', label: 'redo of a tidy-up: script ms', digits: 1, ratio: false },
  { key: 'editheap', label: 'heap MB after 100 edits', digits: 1, ratio: false },
  { key: 'type', label: 'type: key → paint ms', digits: 1, ratio: true },
  { key: 'autosave', label: 'autosave: saved after ms', digits: 0, ratio: false },
  {
    key: 'autosave.task',
    label: 'autosave: longest task ms',
    digits: 0,
    ratio: false,
    longTask: true,
  },
];

function cell(row: Row, value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (row.percent) return `${Math.round(value * 100)}%`;
  if (row.longTask && value === 0) return '<50';
  return value.toFixed(row.digits);
}

const pad = (s: string, n: number) => s.padStart(n);

export function table(results: Results): string {
  const out: string[] = [];
  for (const size of results.sizes) {
    const runs = Math.max(...Object.values(size.targets).map((t) => t?.runs.length ?? 0));
    out.push('', `${size.steps.toLocaleString('en')} steps (median of ${runs} runs)`);
    out.push(
      `${'metric'.padEnd(28)}${pad('app', 9)}${pad('default', 9)}${pad('culled', 9)}${pad('×default', 10)}${pad('×culled', 9)}`,
    );
    for (const row of ROWS) {
      const v = (t: TargetName) => size.targets[t]?.median[row.key];
      if ([v('app'), v('default'), v('culled')].every((x) => x === undefined)) continue;
      const ratio = (base: number | undefined) => {
        const app = v('app');
        return row.ratio && app !== undefined && base ? (app / base).toFixed(2) : '–';
      };
      out.push(
        `${row.label.padEnd(28)}${pad(cell(row, v('app')), 9)}${pad(cell(row, v('default')), 9)}${pad(cell(row, v('culled')), 9)}${pad(ratio(v('default')), 10)}${pad(ratio(v('culled')), 9)}`,
      );
    }
  }
  if (results.exports.length) {
    out.push('', 'export (app)         PDF A3 tiles ms   BPMN ms');
    for (const e of results.exports)
      out.push(
        `${`${e.steps} steps`.padEnd(22)}${pad(fmt(e.median['export.pdf']), 15)}${pad(fmt(e.median['export.bpmn']), 10)}`,
      );
    // Before and after the embedded font, both warm (the PDF code and the font already loaded).
    if (results.exports.some((e) => e.median['export.pdf.helvetica'] !== undefined)) {
      out.push('', 'PDF A3 tiles, warm    Helvetica ms     KB   DejaVu ms     KB');
      for (const e of results.exports) {
        const m = e.median;
        out.push(
          `${`${e.steps} steps`.padEnd(22)}${pad(fmt(m['export.pdf.helvetica']), 12)}${pad(fmt(m['export.pdf.helvetica.kb']), 7)}${pad(fmt(m['export.pdf.warm']), 12)}${pad(fmt(m['export.pdf.warm.kb']), 7)}`,
        );
      }
    }
  }
  if (results.bundle) {
    const b = results.bundle;
    out.push('', `start-up JS: ${kb(b.startupGzip)} gzip in ${b.startup.length} files`);
    for (const c of b.startup) out.push(`  ${c.file.padEnd(44)}${pad(kb(c.gzip), 10)}`);
    out.push(`lazy chunks (${b.lazy.length}):`);
    const prefetched = new Set((b.prefetched ?? []).map((c) => c.file));
    for (const c of b.lazy)
      out.push(
        `  ${c.file.padEnd(44)}${pad(kb(c.gzip), 10)}${prefetched.has(c.file) ? '  prefetched after load' : ''}`,
      );
  }
  return out.join('\n');
}

const fmt = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '–' : v.toFixed(0));
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The budgets of issue 10 (and the overview budget of issue 16). Long-task budgets use the worst run, the rest the medians. */
export function budgets(results: Results): Budget[] {
  const size = (n: number) => results.sizes.find((s) => s.steps === n);
  const med = (n: number, t: TargetName, key: string) => size(n)?.targets[t]?.median[key];
  const worst = (n: number, t: TargetName, key: string) => {
    const runs = size(n)
      ?.targets[t]?.runs.map((r) => r[key])
      .filter((v) => v !== undefined);
    return runs?.length ? Math.max(...(runs as number[])) : undefined;
  };
  const list: Budget[] = [];
  const ratio = (name: string, key: string, base: TargetName, limit: number) => {
    const app = med(1000, 'app', key);
    const b = med(1000, base, key);
    const measured = app !== undefined && b ? app / b : undefined;
    list.push({
      name: `1,000 steps: ${name} ≤ ${limit}× ${base} baseline`,
      measured:
        measured === undefined
          ? '–'
          : `${measured.toFixed(2)}× (${app!.toFixed(2)} vs ${b!.toFixed(2)})`,
      limit: `${limit}×`,
      pass: measured === undefined ? null : measured <= limit,
    });
  };
  ratio('open', 'open', 'culled', 1.25);
  ratio('pan busy/frame', 'pan.busy', 'culled', 1.25);
  ratio('zoom busy/frame', 'zoom.busy', 'culled', 1.25);
  ratio('drag busy/frame', 'drag.busy', 'culled', 1.25);
  ratio('overview pan busy/frame', 'overview.busy', 'default', 1.0);
  // Issue 16, the projector case: the whole of a large flow in view at zoom 0.1.
  ratio('overview pan busy/frame', 'overview.busy', 'culled', 0.6);
  ratio('heap', 'heap', 'culled', 1.5);
  for (const [key, name] of [
    ['pan.busy', 'pan busy/frame'],
    ['zoom.busy', 'zoom busy/frame'],
    ['drag.busy', 'drag busy/frame'],
    ['type', 'type latency'],
  ]) {
    const big = med(5000, 'app', key!);
    const small = med(100, 'app', key!);
    const measured = big !== undefined && small ? big / small : undefined;
    list.push({
      name: `flat: ${name} at 5,000 ≤ 1.5× at 100`,
      measured:
        measured === undefined
          ? '–'
          : `${measured.toFixed(2)}× (${big!.toFixed(2)} vs ${small!.toFixed(2)})`,
      limit: '1.5×',
      pass: measured === undefined ? null : measured <= 1.5,
    });
  }
  const panLong = worst(5000, 'app', 'pan.long');
  list.push({
    name: 'flat: no frame over 16.7 ms while panning at 5,000 (worst run)',
    measured: panLong === undefined ? '–' : `${Math.round(panLong * 100)}% of frames`,
    limit: '0%',
    pass: panLong === undefined ? null : panLong === 0,
  });
  for (const [key, name] of [
    ['drop.task', 'drop after a drag'],
    ['autosave.task', 'autosave'],
  ]) {
    const task = worst(1000, 'app', key!);
    list.push({
      name: `1,000 steps: ${name} causes no task over 50 ms (worst run)`,
      measured: task === undefined ? '–' : task === 0 ? 'none over 50 ms' : `${task.toFixed(0)} ms`,
      limit: '< 50 ms',
      pass: task === undefined ? null : task === 0,
    });
  }
  const b = results.bundle;
  list.push({
    name: 'start-up JS ≤ 200 KB gzip',
    measured: b ? kb(b.startupGzip) : '–',
    limit: '200 KB',
    pass: b ? b.startupGzip <= 200 * 1024 : null,
  });
  list.push({
    name: 'PDF, BPMN and layout code only in lazy chunks',
    measured: b
      ? b.heavyAtStartup.length
        ? b.heavyAtStartup.join(', ')
        : 'none at start-up'
      : '–',
    limit: 'none at start-up',
    pass: b ? b.heavyAtStartup.length === 0 : null,
  });
  return list;
}

export function budgetLines(list: Budget[]): string {
  return list
    .map((b) => `${b.pass === null ? 'SKIP' : b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.measured}`)
    .join('\n');
}
