// The server's API (docs/server-api.md) as a person's browser reaches it: through their own
// context, so their session cookie goes along and the server checks their rights, not ours.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { BrowserContext, Page } from '@playwright/test';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { project, writeDiff } from '../../src/document/yjs/mapping';
import { generateProcessFile } from '../../src/domain/generate/generateProcess';
import type { Process, ProcessFile } from '../../src/domain/model/types';

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/**
 * A request as the app makes it: same origin, so state-changing calls carry the Origin header the
 * CSRF check wants. Sent from the page itself (fetch), as a person could from the console.
 */
export async function call<T = Record<string, unknown>>(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<Answer<T>> {
  const response = await page.request.fetch(path, {
    method,
    headers: { Origin: new URL(page.url()).origin, 'Content-Type': 'application/json' },
    data: body === undefined ? undefined : JSON.stringify(body),
    failOnStatusCode: false,
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = { text };
  }
  return { status: response.status(), body: parsed as T };
}

/** A small process over real register units (the default register's first lanes). */
export function smallProcess(title: string, steps = 6): ProcessFile {
  return generateProcessFile({ steps, lanes: 3, title, seed: steps });
}

export interface Stored {
  file: ProcessFile;
  revision: number;
  role: string;
}

export async function createShared(page: Page, file: ProcessFile): Promise<string> {
  const answer = await call<{ id: string }>(page, 'POST', '/api/processes', file);
  if (answer.status !== 201) throw new Error(`POST /api/processes: ${answer.status}`);
  return answer.body.id;
}

export async function usersByName(page: Page): Promise<Record<string, string>> {
  const answer = await call<{ users: { id: string; name: string }[] }>(page, 'GET', '/api/users');
  return Object.fromEntries(answer.body.users.map((u) => [u.name, u.id]));
}

export function share(
  page: Page,
  id: string,
  entries: { userId: string; role: 'editor' | 'reader' }[],
): Promise<Answer> {
  return call(page, 'PUT', `/api/processes/${id}/access`, {
    entries: entries.map((e) => ({ principalType: 'user', principalId: e.userId, role: e.role })),
  });
}

export function read(page: Page, id: string): Promise<Answer<Stored>> {
  return call<Stored>(page, 'GET', `/api/processes/${id}`);
}

export function write(
  page: Page,
  id: string,
  file: ProcessFile,
  baseRevision: number,
): Promise<Answer<{ revision: number }>> {
  return call(page, 'PUT', `/api/processes/${id}`, { file, baseRevision });
}

/** The file with one more step label changed: an edit the server must keep. */
export function renamed(file: ProcessFile, stepIndex: number, label: string): ProcessFile {
  const steps = file.process.steps.map((s, i) => (i === stepIndex ? { ...s, label } : s));
  return { ...file, process: { ...file.process, steps } };
}

/**
 * A co-editor outside any browser: a Hocuspocus provider in Node on /collab with the person's own
 * session cookie (taken from their browser context) and the app's Origin, as their page would
 * connect. For what a page cannot show directly: a write forced past the read-only editor, the
 * server closing a connection.
 */
export interface CollabPeer {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Provider events seen so far, in order ('synced', 'close', 'authenticationFailed:<reason>'). */
  events: string[];
  /** The process in the peer's Y.Doc (projected as the editor would). */
  projected(): Process | null;
  /** Changes the process through the mapping's writeDiff, as the editor's binding writes. */
  edit(change: (process: Process) => Process): void;
  close(): void;
}

export async function collabPeer(
  context: BrowserContext,
  serverUrl: string,
  processId: string,
  options: { waitForSync?: boolean } = {},
): Promise<CollabPeer> {
  const cookie = (await context.cookies(serverUrl)).map((c) => `${c.name}=${c.value}`).join('; ');
  const Socket = class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols ?? [], { headers: { cookie, origin: serverUrl } });
    }
  };
  const doc = new Y.Doc();
  const events: string[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: `${serverUrl.replace(/^http/, 'ws')}/collab`,
    WebSocketPolyfill: Socket,
  });
  const provider = new HocuspocusProvider({
    name: `process:${processId}`,
    document: doc,
    websocketProvider: socket,
  });
  // A provider given its socket does not attach itself (Hocuspocus 3).
  provider.attach();
  const destroy = () => {
    provider.destroy();
    socket.destroy();
  };
  provider.on('synced', () => events.push('synced'));
  provider.on('close', () => events.push('close'));
  provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
    events.push(`authenticationFailed:${reason}`),
  );
  const peer: CollabPeer = {
    doc,
    provider,
    events,
    projected: () => project(doc),
    edit(change) {
      const before = project(doc);
      if (!before) throw new Error('the peer has no process to edit');
      doc.transact(() => writeDiff(doc, before, change(before)), 'e2e-peer');
    },
    close: destroy,
  };
  if (options.waitForSync ?? true)
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => {
        destroy();
        fail(new Error(`no sync: ${events.join(', ')}`));
      }, 15_000);
      provider.on('synced', () => {
        clearTimeout(timer);
        done();
      });
      provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
        clearTimeout(timer);
        destroy();
        fail(new Error(`no sync: refused (${reason})`));
      });
    });
  return peer;
}

/** The process with step `index` renamed (for peers' edits). */
export const relabel =
  (index: number, label: string) =>
  (process: Process): Process => ({
    ...process,
    steps: process.steps.map((s, i) => (i === index ? { ...s, label } : s)),
  });
