// Playwright runs the bench (bench.spec.ts) with the e2e tests' browser and flags, one worker,
// no retries and no time limit. Started by bench/cli.mjs (npm run bench), which builds first.
import { defineConfig } from '@playwright/test';
import e2e from '../playwright.config';

export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  outputDir: '../test-results-bench',
  workers: 1,
  retries: 0,
  timeout: 0,
  reporter: [['list']],
  use: {
    launchOptions: e2e.use?.launchOptions,
    trace: 'off',
    video: 'off',
    screenshot: 'off',
  },
});
