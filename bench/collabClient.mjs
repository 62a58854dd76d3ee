// The collab bench's plumbing: the built server on 127.0.0.1 in local mode (no identity provider),
// a participant signed in by name (POST /api/auth/local) and a Hocuspocus provider on /collab that
// carries that person's session cookie, as a browser on the same origin would.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startBuiltServer } from './serverProcess.mjs';

/** `node <dir>/main.js` in local mode on a free port of 127.0.0.1 until /healthz answers. */
export const startLocalServer = (main, dataDir) =>
  startBuiltServer(
    main,
    {
      DATA_DIR: dataDir,
      STATIC_DIR: dataDir,
      DATABASE_URL: '',
      OIDC_ISSUER: '',
      SIGN_IN_PER_MINUTE: '10000',
    },
    { withOrigin: false },
  );

// Clock ticks per second of /proc's CPU times (100 on every Linux this runs on).
const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** CPU seconds (user + system) and resident memory of a process, from /proc (Linux only). */
export function usage(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state, field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(fields[11]) + Number(fields[12])) / TICKS;
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return { cpu, rssMb: rssKb / 1024 };
  } catch {
    return { cpu: NaN, rssMb: NaN };
  }
}

/** Signs a participant in by display name; the answer's cookie is their session. */
export async function signInLocal(base, name) {
  const answer = await fetch(`${base}/api/auth/local`, {
    method: 'POST',
    headers: { origin: base, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  if (answer.status !== 200) throw new Error(`bench: local sign-in answered ${answer.status}`);
  const cookie = answer.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  if (!/fv_session=/.test(cookie)) throw new Error(`bench: ${name} got no session cookie`);
  const headers = { cookie, origin: base };
  return {
    cookie,
    send: (method, path, body) =>
      fetch(`${base}${path}`, {
        method,
        headers: { ...headers, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}

/** ws with the person's cookie and our Origin on the upgrade request. */
function cookieSocket(base, cookie) {
  return class extends WebSocket {
    constructor(url, protocols) {
      super(url, protocols ?? [], { headers: { cookie, origin: base } });
    }
  };
}

/** A provider in room process:<id>; resolves once the first sync is done (or fails in 20 s). */
export function connect(base, cookie, processId) {
  const document = new Y.Doc();
  const provider = new HocuspocusProvider({
    url: `${base.replace(/^http/, 'ws')}/collab`,
    name: `process:${processId}`,
    document,
    WebSocketPolyfill: cookieSocket(base, cookie),
  });
  return new Promise((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error('bench: no sync on /collab within 20 s')),
      20_000,
    );
    provider.on('authenticationFailed', ({ reason }) => {
      clearTimeout(timer);
      fail(new Error(`bench: /collab refused the participant (${reason})`));
    });
    provider.on('synced', () => {
      clearTimeout(timer);
      done({ document, provider });
    });
  });
}

/** The Y.Map of a step (found by its id among the root maps) and the key its label is kept in. */
export function stepMapOf(doc, step) {
  for (const name of doc.share.keys()) {
    const type = doc.share.get(name);
    if (!(type instanceof Y.Map)) continue;
    const map = type.get(step.id);
    if (!(map instanceof Y.Map)) continue;
    for (const [key, value] of map.entries()) if (value === step.label) return { map, key };
  }
  throw new Error(`bench: no Y.Map with the label of step ${step.id}`);
}
