// The WebSocket door to co-editing: only GET /collab upgrades, only from the app's own origin and
// only with a live session; everything else gets an HTTP answer and a closed socket.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { findSessionUser, SESSION_COOKIE } from '../auth/sessions';
import type { Db } from '../http/env';
import type { Collab, CollabContext } from './collab';

export const COLLAB_PATH = '/collab';
/** Far above any process's Y update; larger frames close the socket. */
const MAX_FRAME = 16 * 1024 * 1024;

export interface UpgradeOptions {
  db: Db;
  collab: Collab;
  log: Logger;
  /** The configured ORIGIN, or undefined to accept the request's own (local mode, as csrf.ts). */
  origin: string | undefined;
  /** Local mode without ORIGIN: only loopback names, as http/security.ts' loopbackHostOnly. */
  loopbackOnly: boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The value of one cookie in a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Listens for upgrades on `server`; returns a function that stops and closes the sockets. */
export function attachCollab(server: Server, options: UpgradeOptions): () => Promise<void> {
  const { db, collab, log } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME });

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== COLLAB_PATH) return refuse(socket, 404, 'Not Found');
    const host = request.headers.host ?? '';
    if (options.loopbackOnly && !LOOPBACK_HOSTS.has(new URL(`http://${host}`).hostname))
      return refuse(socket, 421, 'Misdirected Request');
    // A browser always sends Origin on a WebSocket; a page of another origin must not ride the
    // cookie. Local mode: the request's own origin (the loopback-only rule keeps the Host honest).
    const expected = options.origin ?? `http://${host}`;
    if (request.headers.origin !== expected) return refuse(socket, 403, 'Forbidden');
    const token = cookieValue(request.headers.cookie, SESSION_COOKIE);
    const user = token ? await findSessionUser(db, token) : null;
    if (user === null) return refuse(socket, 401, 'Unauthorized');
    wss.handleUpgrade(request, socket, head, (ws) => {
      collab.hocuspocus.handleConnection(ws, request, { user } satisfies CollabContext);
    });
  }

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    upgrade(request, socket, head).catch((error: unknown) => {
      log.error({ err: error }, 'collab: upgrade failed');
      socket.destroy();
    });
  };
  server.on('upgrade', onUpgrade);

  return async () => {
    server.off('upgrade', onUpgrade);
    await collab.close();
    for (const ws of wss.clients) ws.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };
}
