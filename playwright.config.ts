// End-to-end tests drive the built app (vite preview) in real Chromium. On this project's
// machines that is Debian's /usr/bin/chromium; elsewhere Playwright's own browser.
// The server's journeys (e2e/server) run the real server as a child process, once on SQLite and
// once on PostgreSQL where `initdb` is installed (CI installs it: .ci/run).
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import type { ServerOptions } from './e2e/server/fixtures';

const systemChromium = '/usr/bin/chromium';
// PW_PORT and FV_DIST let several people (or agents) test their own build side by side.
const PORT = Number(process.env.PW_PORT ?? 4173);

/** The same places src/server/test/postgres.ts looks for the PostgreSQL tools. */
function hasInitdb(): boolean {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && existsSync(join(dir, 'initdb')));
  if (onPath) return true;
  const root = '/usr/lib/postgresql';
  return existsSync(root) && readdirSync(root).some((v) => existsSync(join(root, v, 'bin/initdb')));
}

const postgres = hasInitdb();
// CI promises both databases (.ci/run installs PostgreSQL): a missing one must not pass silently.
if (process.env.CI && !postgres) {
  throw new Error('CI=1 but no initdb on PATH or in /usr/lib/postgresql/*/bin: install postgresql');
}

export default defineConfig<ServerOptions>({
  testDir: 'e2e',
  // The README's screenshots are rendered by `npm run screenshots`, not on every test run; the
  // server's journeys are projects of their own (below).
  testIgnore: ['screenshots/**', 'server/**'],
  outputDir: process.env.PW_PORT ? `test-results-${PORT}` : 'test-results',
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    viewport: { width: 1440, height: 900 },
    locale: 'sv-SE',
    acceptDownloads: true,
    launchOptions: existsSync(systemChromium)
      ? {
          executablePath: systemChromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        }
      : {},
  },
  projects: [
    // The app alone, served as a static host would (vite preview below).
    { name: 'app' },
    { name: 'server-sqlite', testDir: 'e2e/server', testIgnore: [], use: { database: 'sqlite' } },
    ...(postgres
      ? [
          {
            name: 'server-postgres',
            testDir: 'e2e/server',
            testIgnore: [],
            use: { database: 'postgres' as const },
          },
        ]
      : []),
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
