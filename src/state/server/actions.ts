// What the UI may ask of the server (types.ts' ServerActions), and the server's life in this tab:
// at start one GET /api/session tells whether the app was served by our server at all. If not
// ('none': a static host, the dev server) nothing here ever makes another request, and the app
// is exactly the local app. Signed in, the sync engine pulls on focus, on `online` and every
// ~15 s while the page is visible, and sends pending changes every ~5 s until they are through.
import { newId } from '../../domain/model/ids';
import { documentSession } from '../documentSession';
import { saveRegisterEntries } from '../registerService';
import { useRegisterStore } from '../registerStore';
import { useSessionStore } from '../sessionStore';
import { httpApi, type ServerApi } from './api';
import type { SharedStorage } from './ports';
import { syncView, useServer } from './store';
import { createSyncEngine, type Reach, type SyncEngine } from './sync';
import type { ServerActions, ServerStatus } from './types';

export interface ServerConfig {
  storage: SharedStorage;
  /** Writes the open document's pending save (services().flush). */
  flush(): Promise<void>;
  api?: ServerApi;
  /** The server gave a shared process another id (the open editor may need to follow). */
  onRekey?(oldId: string, newId: string): void;
  /** A process co-edited live (state/collab): the HTTP sync leaves it alone. */
  isLive?(processId: string): boolean;
}

const TICK_MS = 5_000;
const PULL_EVERY_TICKS = 3;

let config: ServerConfig | null = null;
let engine: SyncEngine | null = null;
let ticks = 0;
let listening = false;

const api = () => config?.api ?? httpApi;
const setState = useServer.setState;

function remember(): void {
  const { mode, user } = useServer.getState();
  if (mode) void config?.storage.writeRemembered({ mode, user }).catch(console.error);
}

function reached(reach: Reach): void {
  const { status } = useServer.getState();
  if (reach === 'signedOut') {
    stopEngine();
    setState({ status: 'signedOut', user: null, sync: {} });
    remember();
  } else if (reach === 'offline' && status === 'signedIn') setState({ status: 'offline' });
  else if (reach === 'ok' && status === 'offline') setState({ status: 'signedIn' });
}

function stopEngine(): void {
  engine?.stop();
  engine = null;
}

/** The engine for the signed-in person (also while offline, so shared processes open). */
async function ensureEngine(): Promise<SyncEngine | null> {
  if (engine || !config) return engine;
  const storage = config.storage;
  const created = createSyncEngine({
    api: api(),
    storage,
    session: documentSession,
    register: () => useRegisterStore.getState().entries,
    putRegister: (entries) => {
      if (entries.length) saveRegisterEntries(entries);
    },
    flush: config.flush,
    onRows: (rows) => setState({ sync: syncView(rows) }),
    onLibrary: (library) => setState({ library }),
    onReach: reached,
    notify: (message) => useSessionStore.getState().showToast(message),
    onRekey: config.onRekey,
    isLive: config.isLive,
  });
  engine = created;
  await created.load();
  return created;
}

async function pullAndPush(): Promise<void> {
  const running = await ensureEngine();
  if (running && useServer.getState().status !== 'none') reached(await running.pull());
}

/** The server's answer decides the status; only a server that answered ever gets asked again. */
export async function detectServer(): Promise<ServerStatus> {
  if (!config || useServer.getState().status === 'none') return useServer.getState().status;
  const answer = await api().session();
  if (answer.ok) {
    const { mode, user, collab } = answer.value;
    setState({ status: user ? 'signedIn' : 'signedOut', mode, user, collab: collab === true });
    remember();
    if (user) void pullAndPush().catch(console.error);
    else stopEngine();
  } else if (answer.reason === 'offline') {
    const known = useServer.getState().mode
      ? { mode: useServer.getState().mode!, user: useServer.getState().user }
      : await config.storage.readRemembered();
    if (!known) setState({ status: 'none' });
    else {
      setState({ status: 'offline', mode: known.mode, user: known.user });
      if (known.user) await ensureEngine();
    }
  } else setState({ status: 'none' });
  listen();
  return useServer.getState().status;
}

function tick(): void {
  const { status, user } = useServer.getState();
  if (status === 'offline') void detectServer().catch(console.error);
  if (status !== 'signedIn' || !user) return;
  ticks++;
  const visible = typeof document === 'undefined' || document.visibilityState === 'visible';
  if (visible && ticks % PULL_EVERY_TICKS === 0) void pullAndPush().catch(console.error);
  else if (engine?.hasDirty()) void engine.push().then(reached, console.error);
}

function listen(): void {
  if (listening || useServer.getState().status === 'none' || typeof window === 'undefined') return;
  listening = true;
  const again = () => {
    const { status } = useServer.getState();
    if (status === 'offline') void detectServer().catch(console.error);
    else if (status === 'signedIn') void pullAndPush().catch(console.error);
  };
  window.addEventListener('focus', again);
  window.addEventListener('online', again);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') again();
  });
  setInterval(tick, TICK_MS);
  // Edits of the open document by this person (not what arrives from elsewhere).
  documentSession.subscribe((change) => {
    const id = change.after?.id;
    if (id && change.before?.id === id && change.kind !== 'load' && change.kind !== 'remote')
      engine?.changed(id);
  });
}

/** Called once by app/bootstrap: finds out whether a server is there. */
export function startServer(serverConfig: ServerConfig): Promise<ServerStatus> {
  config = serverConfig;
  return detectServer();
}

const signedIn = () => (useServer.getState().user ? ensureEngine() : Promise.resolve(null));

export const serverActions: ServerActions = {
  async signInLocal(name) {
    if (!config || useServer.getState().status === 'none') return 'refused';
    const result = await api().signInLocal(name);
    if (!result.ok) return result.reason === 'offline' ? 'offline' : 'refused';
    setState({ status: 'signedIn', mode: 'local', user: result.value });
    remember();
    await pullAndPush();
    return 'ok';
  },
  signIn(returnTo) {
    // Only a path of this app: the server refuses anything else too.
    const path = returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
    window.location.assign(`/api/auth/login?returnTo=${encodeURIComponent(path)}`);
  },
  async signOut() {
    stopEngine();
    await api().signOut();
    setState({ status: 'signedOut', user: null, library: [], sync: {} });
    remember();
    // A shared laptop should not keep listing what the last person could read.
    await config?.storage.writeLibrary([]);
  },
  async principals() {
    const result = await api().principals();
    return result.ok ? result.value : 'offline';
  },
  async share(processId, access) {
    const running = useServer.getState().status === 'signedIn' ? await signedIn() : null;
    return running ? running.share(processId, access) : 'offline';
  },
  async ensureLocal(processId) {
    const running = await signedIn();
    return running ? running.ensureLocal(processId) : 'offline';
  },
  async copyToMine(processId) {
    const found = await serverActions.ensureLocal(processId);
    if (found !== 'ok' || !config) return found;
    const source = await config.storage.readProcess(processId);
    if (!source) return 'missing';
    const now = new Date().toISOString();
    const copy = { ...source, id: newId('p'), createdAt: now, changedAt: now };
    await config.storage.writeProcess(copy);
    return copy.id;
  },
  async syncNow() {
    if (useServer.getState().status === 'offline') await detectServer();
    if (useServer.getState().status === 'signedIn') await pullAndPush();
  },
  async saveRegisterEntry(entry) {
    if (useServer.getState().status !== 'signedIn') return 'offline';
    const result = await api().putRegisterEntry(entry);
    if (!result.ok) return result.reason === 'status' ? 'refused' : 'offline';
    saveRegisterEntries([result.value]);
    return 'ok';
  },
  async acknowledgeConflicts(processId) {
    await engine?.acknowledge(processId);
  },
};
