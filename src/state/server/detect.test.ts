// Whether the app was served by our server: anything but the contract's JSON from
// GET /api/session means no server, and then no request is ever made again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aSmallProcess, FIXED_TIME } from '../../test/builders';
import { CURRENT_FORMAT_VERSION } from '../../domain/schema/process';
import type { ProcessFile } from '../../domain/model/types';
import type { RememberedSession, SharedStorage } from './ports';

type Answer = Response | 'network';
let answers: Record<string, () => Answer>;
let requests: string[];

function memoryStorage(remembered: RememberedSession | null = null): SharedStorage {
  return {
    readLibrary: async () => [],
    writeLibrary: async () => undefined,
    readSyncRows: async () => [],
    putSyncRow: async () => undefined,
    deleteSyncRow: async () => undefined,
    readProcess: async () => null,
    processExists: async () => false,
    readChangedAt: async () => new Map(),
    writeProcess: async () => undefined,
    rekeyProcess: async () => undefined,
    readRemembered: async () => remembered,
    writeRemembered: async () => undefined,
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const html = () =>
  new Response('<!doctype html><title>Flödesverkstan</title>', {
    headers: { 'Content-Type': 'text/html' },
  });
const ANNA = { id: 'u1', name: 'Anna', roles: ['editor', 'superuser'], groups: ['g'] };

beforeEach(() => {
  vi.resetModules();
  requests = [];
  answers = {};
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    requests.push(`${init?.method ?? 'GET'} ${url}`);
    const answer = answers[url]?.() ?? new Response('Not found', { status: 404 });
    if (answer === 'network') throw new TypeError('Failed to fetch');
    return answer;
  });
});

afterEach(() => vi.unstubAllGlobals());

async function start(storage = memoryStorage()) {
  const actions = await import('./actions');
  const { useServer } = await import('./store');
  const status = await actions.startServer({ storage, flush: async () => undefined });
  return { status, actions, useServer };
}

describe('detectServer', () => {
  it.each([
    ['a static host’s index.html', html],
    ['a 404 page', () => new Response('Not found', { status: 404 })],
    ['another service’s JSON', () => json({ ok: true })],
    [
      'our JSON with an unknown mode',
      () => json({ server: 'flodesverkstan', mode: 'x', user: null }),
    ],
  ])('is none on %s, and asks nothing ever again', async (_name, answer) => {
    answers['/api/session'] = answer;
    const { status, actions, useServer } = await start();
    expect(status).toBe('none');
    expect(useServer.getState().status).toBe('none');
    expect(await actions.detectServer()).toBe('none');
    expect(await actions.serverActions.signInLocal('Anna')).toBe('refused');
    await actions.serverActions.syncNow();
    expect(requests).toEqual(['GET /api/session']);
  });

  it('is none when nothing answers and no server was ever seen here', async () => {
    answers['/api/session'] = () => 'network';
    expect((await start()).status).toBe('none');
  });

  it('is offline, as the person last was, when the server seen before does not answer', async () => {
    answers['/api/session'] = () => 'network';
    const user = { ...ANNA, roles: ['editor' as const] };
    const { status, useServer } = await start(memoryStorage({ mode: 'local', user }));
    expect(status).toBe('offline');
    expect(useServer.getState().user).toEqual(user);
  });

  it('is signedOut or signedIn from our answer; unknown roles give no right', async () => {
    answers['/api/session'] = () => json({ server: 'flodesverkstan', mode: 'oidc', user: null });
    expect((await start()).status).toBe('signedOut');
    vi.resetModules();
    answers['/api/session'] = () => json({ server: 'flodesverkstan', mode: 'local', user: ANNA });
    answers['/api/library'] = () => json({ processes: [] });
    answers['/api/register'] = () => json({ entries: [] });
    const { status, useServer } = await start();
    expect(status).toBe('signedIn');
    expect(useServer.getState().user?.roles).toEqual(['editor']);
  });
});

describe('httpApi', () => {
  const file: ProcessFile = {
    formatVersion: CURRENT_FORMAT_VERSION,
    application: 'test',
    process: { ...aSmallProcess(), id: 'p-1', changedAt: FIXED_TIME },
    register: [],
  };

  it('reads a 409 as stale with the server’s file through the load gate', async () => {
    answers['/api/processes/p-1'] = () => json({ error: 'stale', revision: 4, file }, 409);
    const { httpApi } = await import('./api');
    const result = await httpApi.putProcess('p-1', file, 3);
    expect(result).toMatchObject({ ok: false, reason: 'stale', revision: 4 });
    expect(requests).toEqual(['PUT /api/processes/p-1']);
  });

  it('treats a process the load gate refuses as no answer', async () => {
    const broken = { ...file, process: { ...file.process, steps: 'many' } };
    answers['/api/processes/p-1'] = () => json({ file: broken, revision: 1, role: 'owner' });
    const { httpApi } = await import('./api');
    expect(await httpApi.getProcess('p-1')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('is offline on a network failure or a gateway’s error page', async () => {
    const { httpApi } = await import('./api');
    answers['/api/library'] = () => 'network';
    expect(await httpApi.library()).toEqual({ ok: false, reason: 'offline' });
    answers['/api/library'] = () => new Response('<h1>502</h1>', { status: 502 });
    expect(await httpApi.library()).toEqual({ ok: false, reason: 'offline' });
  });
});
