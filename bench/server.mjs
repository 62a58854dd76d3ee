// npm run bench -- --only server: the server's figures. Bounded and local: the built server
// (dist-bench-server/main.js) on 127.0.0.1 with a temporary SQLite (and a temporary PostgreSQL
// when initdb is installed), signed in through the test identity provider as the e2e tests are.
//   1. 1,000 small processes are stored through POST /api/processes; every other one is shared.
//   2. 20 clients list and search the library at the same time for 10 s: p50/p95, requests/s.
//   3. A 1,000-step process is opened (GET) and saved (PUT) one at a time: p50/p95.
// Plain JS; the TypeScript it needs (the generator, the mock IdP, the PG helper) loads through
// Vite's runnerImport, the build through Vite as well.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';
import { buildServer, startBuiltServer } from './serverProcess.mjs';
import { signIn } from './serverClient.mjs';
import { print, summary } from './serverReport.mjs';

const root = resolve(import.meta.dirname, '..');
const OUT_DIR = 'dist-bench-server';
const PROCESSES = 1000;
const CLIENTS = 20;
const LOAD_MS = 10_000;
const OPENS = 30;
const SAVES = 10;
/** The whole section gives up after this, whatever hangs. */
const LIMIT_MS = 5 * 60_000;

const load = async (path) =>
  (await runnerImport(join(root, path), { configFile: false, logLevel: 'error' })).module;

const startServer = (env) => startBuiltServer(join(root, OUT_DIR, 'main.js'), env);

const WORDS = [
  'bygglov',
  'förskoleplats',
  'bostadsanpassning',
  'serveringstillstånd',
  'färdtjänst',
];
const VERBS = ['Ansöka om', 'Förnya', 'Överklaga beslut om', 'Avsluta'];

async function measure(database, { generateProcessFile, idp }, extraEnv) {
  const dataDir = mkdtempSync(join(tmpdir(), 'fv-bench-data-'));
  const server = await startServer({
    ...extraEnv,
    DATA_DIR: dataDir,
    STATIC_DIR: dataDir,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    SIGN_IN_PER_MINUTE: '10000',
  });
  try {
    const anna = await signIn(server.url, 'anna');
    const bo = await signIn(server.url, 'bo');
    const boId = (await (await bo.get('/api/session')).json()).user.id;

    // 1. The library: small processes (5–20 steps), every other one shared with Bo.
    const seedStarted = performance.now();
    const posts = [];
    let next = 0;
    const seeder = async () => {
      while (next < PROCESSES) {
        const n = next++;
        const title = `${VERBS[n % VERBS.length]} ${WORDS[n % WORDS.length]} ${n + 1}`;
        const file = generateProcessFile({ steps: 5 + (n % 16), lanes: 4, seed: n + 1, title });
        const t = performance.now();
        const answer = await anna.send('POST', '/api/processes', file);
        posts.push(performance.now() - t);
        if (answer.status !== 201) throw new Error(`bench: POST answered ${answer.status}`);
        const { id } = await answer.json();
        if (n % 2 === 0) {
          const entries = [{ principalType: 'user', principalId: boId, role: 'editor' }];
          const shared = await anna.send('PUT', `/api/processes/${id}/access`, { entries });
          if (shared.status !== 200) throw new Error(`bench: share answered ${shared.status}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, seeder));
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    // 2. 20 clients (half Anna: all 1,000; half Bo: the 500 shared), list and search in turn.
    const list = [];
    const search = [];
    const until = performance.now() + LOAD_MS;
    const client = async (who, c) => {
      for (let i = c; performance.now() < until; i++) {
        const q = i % 2 === 0 ? '' : `?q=${encodeURIComponent(WORDS[i % WORDS.length])}`;
        const t = performance.now();
        const answer = await who.get(`/api/library${q}`);
        await answer.arrayBuffer();
        if (answer.status !== 200) throw new Error(`bench: library answered ${answer.status}`);
        (q ? search : list).push(performance.now() - t);
      }
    };
    const loadStarted = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c % 2 ? bo : anna, c)));
    const perSecond = (list.length + search.length) / ((performance.now() - loadStarted) / 1000);

    // 3. One big shared process: opened and saved one request at a time.
    const big = generateProcessFile({ steps: 1000, title: 'Prestandaprov 1000 steg' });
    const posted = await anna.send('POST', '/api/processes', big);
    if (posted.status !== 201)
      throw new Error(`bench: POST of 1,000 steps answered ${posted.status}`);
    const created = await posted.json();
    const entries = [{ principalType: 'user', principalId: boId, role: 'editor' }];
    await anna.send('PUT', `/api/processes/${created.id}/access`, { entries });
    const opens = [];
    let stored;
    for (let i = 0; i < OPENS; i++) {
      const t = performance.now();
      const answer = await bo.get(`/api/processes/${created.id}`);
      if (answer.status !== 200) throw new Error(`bench: GET answered ${answer.status}`);
      stored = await answer.json();
      opens.push(performance.now() - t);
    }
    const saves = [];
    let revision = stored.revision;
    for (let i = 0; i < SAVES; i++) {
      const file = {
        ...stored.file,
        process: { ...stored.file.process, title: `Prestandaprov ${i}` },
      };
      const t = performance.now();
      const answer = await anna.send('PUT', `/api/processes/${created.id}`, {
        file,
        baseRevision: revision,
      });
      if (answer.status !== 200) throw new Error(`bench: PUT answered ${answer.status}`);
      revision = (await answer.json()).revision;
      saves.push(performance.now() - t);
    }
    return {
      database,
      seed: {
        processes: PROCESSES,
        seconds: Math.round(seedSeconds * 10) / 10,
        post: summary(posts),
      },
      library: {
        clients: CLIENTS,
        seconds: LOAD_MS / 1000,
        perSecond: Math.round(perSecond),
        list: summary(list),
        search: summary(search),
      },
      big: {
        steps: 1000,
        kb: Math.round(JSON.stringify(stored.file).length / 1024),
        open: summary(opens),
        save: summary(saves),
      },
    };
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The section: builds the server unless told not to, measures SQLite and PostgreSQL if found. */
export async function runServerBench({ build: rebuild = true } = {}) {
  const guard = setTimeout(() => {
    console.error('bench: the server section took over 5 minutes; stopping');
    process.exit(1);
  }, LIMIT_MS);
  try {
    if (rebuild) {
      await buildServer(OUT_DIR);
    }
    const { generateProcessFile } = await load('src/domain/generate/generateProcess.ts');
    const { startMockIdp } = await load('src/server/test-idp/mockIdp.ts');
    const { startPostgres } = await load('src/server/test/postgres.ts');
    const idp = await startMockIdp({
      anna: { name: 'Anna Andersson', roles: ['editor'] },
      bo: { name: 'Bo Berg', roles: ['editor'] },
    });
    const results = [];
    try {
      results.push(await measure('sqlite', { generateProcessFile, idp }, {}));
      const postgres = await startPostgres();
      if (postgres) {
        try {
          results.push(
            await measure('postgres', { generateProcessFile, idp }, { DATABASE_URL: postgres.url }),
          );
        } finally {
          await postgres.stop();
        }
      } else console.log('bench: no initdb found, PostgreSQL skipped');
    } finally {
      await idp.stop();
    }
    print(results);
    return results;
  } finally {
    clearTimeout(guard);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runServerBench({ build: !process.argv.includes('--no-build') });
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
}
