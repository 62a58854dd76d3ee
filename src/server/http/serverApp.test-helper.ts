// A server app on a fresh SQLite database in a temporary folder, with a tiny fake build as its
// static files, for the HTTP tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerApp } from '../app';
import { discoverOidc } from '../auth/oidc';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';

export const INDEX_HTML =
  '<!doctype html><html><head><meta charset="UTF-8" /></head><body>app</body></html>';

function fakeBuild(dir: string): string {
  const root = join(dir, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX_HTML);
  writeFileSync(join(root, 'sw.js'), 'self.addEventListener("install", () => {});');
  writeFileSync(join(root, 'manifest.webmanifest'), '{"name":"Flödesverkstan"}');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1);');
  return root;
}

export async function startTestServer(env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fv-server-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: join(dir, 'data'),
    STATIC_DIR: fakeBuild(dir),
    ...env,
  });
  const database = await openDatabase({ dataDir: config.dataDir });
  const oidc = config.oidc ? await discoverOidc(config.oidc) : undefined;
  const app = createServerApp({ ...database, config, oidc });
  let closed = false;
  return {
    app,
    config,
    db: database.db,
    async closeDatabase() {
      if (!closed) await database.close();
      closed = true;
    },
    async stop() {
      if (!closed) await database.close();
      closed = true;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The fv_session value from a response's Set-Cookie, or undefined. */
export function sessionCookie(res: Response): string | undefined {
  const header = res.headers.get('Set-Cookie') ?? '';
  return /(?:^|,\s*)fv_session=([^;]*)/.exec(header)?.[1];
}
