// A throwaway PostgreSQL for tests: a fresh cluster in a temporary directory on a free port, so
// the server's suite runs against both dialects wherever Debian's `postgresql` is installed.
// Postgres refuses to run as root; CI and the dev machines are root, so it runs as `postgres`.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface TestPostgres {
  url: string;
  stop(): Promise<void>;
}

function findBinDir(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    // Debian links initdb into PATH alone; the other tools stay beside its target.
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')))
      return dirname(realpathSync(join(dir, 'initdb')));
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  // The newest installed major version first.
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const dir = join(root, version, 'bin');
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function postgresUid(): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return { uid: Number(stdout.trim()), gid: Number(gid.trim()) };
}

const urlFor = (port: number, database: string) =>
  `postgres://postgres@127.0.0.1:${port}/${database}`;

/** Whether startPostgres can find a PostgreSQL to start (known before any test is declared). */
export function postgresAvailable(): boolean {
  return findBinDir() !== null;
}

/** null when no PostgreSQL is installed; throws when one is but does not start. */
export async function startPostgres(): Promise<TestPostgres | null> {
  const bin = findBinDir();
  if (bin === null) return null;
  const asRoot = process.getuid?.() === 0;
  const exec = (tool: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args])
      : run(join(bin, tool), args);

  const dir = mkdtempSync(join(tmpdir(), 'fv-pg-'));
  if (asRoot) {
    const { uid, gid } = await postgresUid();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    await exec('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await exec('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
    const admin = new pg.Client({ connectionString: urlFor(port, 'postgres') });
    await admin.connect();
    try {
      await admin.query('create database flodesverkstan');
    } finally {
      await admin.end();
    }
  } catch (error) {
    await exec('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw new Error('could not start a test PostgreSQL', { cause: error });
  }
  return {
    url: urlFor(port, 'flodesverkstan'),
    async stop() {
      await exec('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
