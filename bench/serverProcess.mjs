// The built server as a child process for the bench sections (server, collab, collab-browser):
// on a free port of 127.0.0.1, NODE_ENV=test, until /healthz answers.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/**
 * `node <main>` with `env` on top of this process's; ORIGIN is the server's own address unless
 * `withOrigin` is false (local mode then checks the request's host instead).
 */
export async function startBuiltServer(main, env, { withOrigin = true } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...(withOrigin ? { ORIGIN: url } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error('bench: the server stopped at start');
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('bench: no /healthz within 30 s');
}

/** The server's build (vite.server.config.ts) into `outDir` below the repository, said on stdout. */
export async function buildServer(outDir) {
  const root = resolve(import.meta.dirname, '..');
  console.log(`bench: building the server (${outDir})`);
  await build({
    configFile: join(root, 'vite.server.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(root, outDir) },
  });
}
