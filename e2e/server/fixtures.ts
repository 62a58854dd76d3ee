// The server's journeys run the real thing: `node dist-server/main.js` as a child process in
// organisation mode against a mock identity provider on 127.0.0.1, with a fresh database per test
// (a temporary SQLite directory, or a new database in a PostgreSQL cluster started once per
// worker). Each person gets a browser context of their own, so cookies and IndexedDB are theirs.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { startMockIdp, type MockIdp } from '../../src/server/test-idp/mockIdp';
import { startPostgres, type TestPostgres } from '../../src/server/test/postgres';

export * from '@playwright/test';

export interface ServerOptions {
  database: 'sqlite' | 'postgres';
}

/** Who exists at the identity provider: the issue's cast plus an admin for the register. */
export const PEOPLE = {
  anna: { name: 'Anna Andersson', roles: ['editor'] },
  bo: { name: 'Bo Berg', roles: ['editor'] },
  rita: { name: 'Rita Rask', roles: ['reader'] },
  cecilia: { name: 'Cecilia Ceder', roles: ['editor'] },
  alva: { name: 'Alva Admin', roles: ['admin'] },
} as const;
export type PersonKey = keyof typeof PEOPLE;

export interface RunningServer {
  url: string;
  database: 'sqlite' | 'postgres';
  /** Stops the server (SIGKILL when hard: no shutdown code runs) and starts it on the same data. */
  restart(options?: { hard?: boolean }): Promise<void>;
  stop(options?: { hard?: boolean }): Promise<void>;
  start(): Promise<void>;
}

export interface Person {
  key: PersonKey;
  name: string;
  context: BrowserContext;
  page: Page;
}

interface WorkerFixtures {
  idp: MockIdp;
  postgres: TestPostgres | null;
}
interface TestFixtures {
  server: RunningServer;
  /** Opens a browser context for the person and signs them in (a real redirect through the IdP). */
  person: (key: PersonKey, options?: { serviceWorkers?: 'allow' | 'block' }) => Promise<Person>;
  /** Several people at once, signed in side by side. */
  people: <const K extends readonly PersonKey[]>(...keys: K) => Promise<{ [I in keyof K]: Person }>;
}

const serverMain = resolve(process.env.FV_SERVER ?? 'dist-server/main.js');
const staticDir = resolve(process.env.FV_DIST ?? 'dist');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function untilHealthy(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server stopped at start:\n${readFileSync(log, 'utf8').slice(-2000)}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no /healthz within 30 s:\n${readFileSync(log, 'utf8').slice(-2000)}`);
}

/** Signs the person in on this page as the app does: a navigation through the IdP and back. */
export async function signIn(page: Page, key: PersonKey): Promise<void> {
  await page.goto(`/api/auth/login?login_hint=${key}&returnTo=/`);
  const session = await page.request.get('/api/session');
  const body = (await session.json()) as { user: { name: string } | null };
  if (body.user?.name !== PEOPLE[key].name)
    throw new Error(`${key} is not signed in: ${JSON.stringify(body)}`);
}

export const test = base.extend<TestFixtures & ServerOptions, WorkerFixtures>({
  database: ['sqlite', { option: true }],
  idp: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
    async ({}, provide) => {
      const idp = await startMockIdp(PEOPLE as unknown as Parameters<typeof startMockIdp>[0]);
      await provide(idp);
      await idp.stop();
    },
    { scope: 'worker' },
  ],
  postgres: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
    async ({}, provide, workerInfo) => {
      // One cluster per worker (initdb takes seconds); every test gets a database of its own.
      const uses = (workerInfo.project.use as Partial<ServerOptions>).database === 'postgres';
      const cluster = uses ? await startPostgres() : null;
      if (uses && !cluster) throw new Error('server-postgres needs initdb (see .ci/run)');
      await provide(cluster);
      await cluster?.stop();
    },
    { scope: 'worker' },
  ],
  server: async ({ database, idp, postgres }, provide, testInfo) => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const dataDir = mkdtempSync(join(tmpdir(), 'fv-e2e-data-'));
    let databaseUrl: string | undefined;
    if (database === 'postgres') {
      if (!postgres) throw new Error('no PostgreSQL for server-postgres');
      const name = `fv_${randomUUID().replace(/-/g, '')}`;
      const admin = new pg.Client({ connectionString: postgres.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      databaseUrl = postgres.url.replace(/\/[^/]+$/, `/${name}`);
    }
    const log = testInfo.outputPath('server.log');
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl ?? '',
      ORIGIN: url,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      STATIC_DIR: staticDir,
      // Every person signs in from 127.0.0.1; the journeys sign in more often than a person would.
      SIGN_IN_PER_MINUTE: '1000',
    };
    let child: ChildProcess | null = null;
    const start = async () => {
      const out = createWriteStream(log, { flags: 'a' });
      child = spawn(process.execPath, [serverMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.pipe(out);
      child.stderr?.pipe(out);
      await untilHealthy(url, child, log);
    };
    const stop = async ({ hard = false } = {}) => {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((done) => running.once('exit', done));
      running.kill(hard ? 'SIGKILL' : 'SIGTERM');
      await exited;
    };
    await start();
    await provide({
      url,
      database,
      start,
      stop,
      restart: async (options) => {
        await stop(options);
        await start();
      },
    });
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (testInfo.status !== testInfo.expectedStatus)
      await testInfo.attach('server.log', { path: log, contentType: 'text/plain' });
  },
  baseURL: async ({ server }, provide) => provide(server.url),
  person: async ({ browser, server, idp }, provide) => {
    const opened: { context: BrowserContext; foreign: string[] }[] = [];
    await provide(async (key, options = {}) => {
      const context = await browser.newContext({
        baseURL: server.url,
        serviceWorkers: options.serviceWorkers ?? 'block',
      });
      // The privacy rule of the other journeys, with the identity provider as the one other host.
      const foreign: string[] = [];
      const idpOrigin = new URL(idp.issuer).origin;
      context.on('request', (request) => {
        const url = request.url();
        const own = [server.url, idpOrigin].some((o) => url.startsWith(`${o}/`));
        if (!own && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
      });
      context.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) foreign.push(`CSP: ${message.text()}`);
      });
      opened.push({ context, foreign });
      const page = await context.newPage();
      await signIn(page, key);
      return { key, name: PEOPLE[key].name, context, page };
    });
    for (const { context } of opened) await context.close();
    const problems = opened.flatMap((o) => o.foreign);
    if (problems.length > 0) throw new Error(`Privacy guard:\n${problems.join('\n')}`);
  },
  people: async ({ person }, provide) => {
    await provide(
      <const K extends readonly PersonKey[]>(...keys: K) =>
        Promise.all(keys.map((key) => person(key))) as Promise<{ [I in keyof K]: Person }>,
    );
  },
});

export const expect = test.expect;
