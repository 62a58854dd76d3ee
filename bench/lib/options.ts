// What one bench run measures: set by bench/cli.mjs (npm run bench -- …) through BENCH_OPTIONS.
import type { TargetName } from './targets';

export const PHASES = [
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
] as const;
export type Phase = (typeof PHASES)[number];

export interface BenchOptions {
  sizes: number[];
  exportSizes: number[];
  runs: number;
  frames: number;
  only: Phase[];
  targets: TargetName[];
  /** Profile this phase in the app's last run of each size and print the top self-time. */
  profile: Phase | null;
  out: string;
  /** Also print how long each phase took on the clock. */
  verbose: boolean;
  appDist: string;
  baselineDist: string;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  sizes: [100, 500, 1000, 2000, 5000],
  exportSizes: [200, 1000],
  runs: 3,
  frames: 60,
  only: [...PHASES],
  targets: ['app', 'default', 'culled'],
  profile: null,
  out: 'bench/results.json',
  verbose: false,
  appDist: 'dist-bench',
  baselineDist: 'dist-bench-baseline',
};

export function readOptions(env: string | undefined): BenchOptions {
  const given = env ? (JSON.parse(env) as Partial<BenchOptions>) : {};
  return { ...DEFAULT_OPTIONS, ...given };
}
