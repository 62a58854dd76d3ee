// Offline first: after one visit the app starts, opens and edits a process with its server gone,
// and a new version is offered, never forced. These tests serve the build from a small server of
// their own that they can stop (Playwright's setOffline does not cover the service worker's
// fetches) and whose files they can swap for a newer build.
import { cp, readFile, appendFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { securityHeaders } from '../src/app/pwa/csp';
import { expect, test as guarded, type Page } from './fixtures/guard';
import {
  addLane,
  createProcess,
  openLibrary,
  openProcessFromLibrary,
  quickEntry,
  waitUntilSaved,
} from './pages/library';

const built = resolve(process.env.FV_DIST ?? 'dist');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/** A static host like the one the app is deployed to: files, SPA fallback, security headers. */
class AppServer {
  root = built;
  private server: Server | null = null;
  port = 0;

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      void (async () => {
        const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
        let file = join(this.root, path);
        const isFile = await stat(file).then(
          (s) => s.isFile(),
          () => false,
        );
        if (!isFile) file = join(this.root, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, {
          ...securityHeaders,
          'Content-Type': types[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        res.end(body);
      })().catch(() => {
        res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((done) => server.listen(this.port, '127.0.0.1', done));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Gone, as a server that was switched off: new connections are refused. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
}

const test = guarded.extend<{ app: AppServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  app: async ({}, provide) => {
    const app = new AppServer();
    await app.start();
    await provide(app);
    await app.stop();
  },
  baseURL: async ({ app }, provide) => provide(app.url),
});

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has precached the app and controls the page. */
async function untilServiceWorkerControls(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((done) =>
      navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
    );
  });
}

function countNavigations(page: Page) {
  const seen = { count: 0 };
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.count += 1;
  });
  return seen;
}

const step = (page: Page, label: string) => page.getByText(label, { exact: true });

test('after one visit the library and a process open and can be edited with the server gone', async ({
  page,
  app,
  privacy,
}) => {
  test.setTimeout(120_000);
  await openLibrary(page);
  await untilServiceWorkerControls(page);
  await createProcess(page, 'Ansöka om bygglov');
  await addLane(page, 'Invånare');
  await quickEntry(page, 'Invånare: Skickar ansökan');
  await waitUntilSaved(page);
  // The guard watches the service worker's fetches too (its precache of the whole app).
  const fromWorker = privacy.requests.filter((r) => r.fromServiceWorker);
  expect(fromWorker.length).toBeGreaterThan(0);

  await app.stop();
  await expect(page.request.get(app.url).catch(() => 'unreachable')).resolves.toBe('unreachable');

  // Straight to the deep link: the navigation fallback serves the app shell for /p/<id> too.
  await page.reload();
  await expect(page.getByRole('main', { name: 'Redigerare: Ansöka om bygglov' })).toBeVisible();
  await openLibrary(page);
  await openProcessFromLibrary(page, 'Ansöka om bygglov');
  await expect(step(page, 'Skickar ansökan')).toBeVisible();
  await quickEntry(page, 'Invånare: Kompletterar ritningar');
  await waitUntilSaved(page);
  // Lazy chunks come from the precache: the PDF export (jsPDF) was never loaded before.
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: /PDF/ }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: /PDF/ })
    .getByRole('button', { name: 'Exportera' })
    .click();
  expect((await downloading).suggestedFilename()).toMatch(/\.pdf$/);

  await app.start();
  await page.reload();
  await expect(step(page, 'Kompletterar ritningar')).toBeVisible();
  await expect(step(page, 'Skickar ansökan')).toBeVisible();
});

/** A newer build as a deploy brings it: a changed service worker (its precache list unchanged). */
async function newerBuild(dir: string): Promise<string> {
  await cp(built, dir, { recursive: true, filter: (src) => !src.endsWith('.map') });
  await appendFile(join(dir, 'sw.js'), `\n// build ${Date.now()}\n`);
  return dir;
}

async function checkForUpdate(page: Page) {
  // What the browser does on its own on navigations and the app every hour.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

test('a new version is offered and loaded only when the person asks, with the edits kept', async ({
  page,
  context,
  app,
}, testInfo) => {
  test.setTimeout(120_000);
  await openLibrary(page);
  await untilServiceWorkerControls(page);
  await createProcess(page, 'Nytt körkort');
  await addLane(page, 'Invånare');
  await quickEntry(page, 'Invånare: Beställer körkort');
  await waitUntilSaved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(step(other, 'Beställer körkort')).toBeVisible();
  const navigations = countNavigations(page);
  const otherNavigations = countNavigations(other);

  app.root = await newerBuild(testInfo.outputPath('newer'));
  await checkForUpdate(page);
  const banner = (p: Page) => p.getByRole('region', { name: 'Ny version' });
  await expect(banner(page)).toContainText('Ny version finns — ladda om');
  await expect(banner(other)).toContainText('Ny version finns — ladda om');
  // Editing goes on under the banner; the page stays the same page.
  await quickEntry(page, 'Invånare: Hämtar ut körkortet');
  await waitUntilSaved(page);
  await checkForUpdate(page);
  await expect(step(page, 'Hämtar ut körkortet')).toBeVisible();
  expect(navigations.count).toBe(0);

  await quickEntry(page, 'Invånare: Kör hem');
  const reloaded = page.waitForEvent('framenavigated');
  await banner(page).getByRole('button', { name: 'Ladda om' }).click();
  await reloaded;
  await expect(step(page, 'Kör hem')).toBeVisible();
  await expect(banner(page)).toBeHidden();
  const controller = await page.evaluate(() => navigator.serviceWorker.controller?.state);
  expect(controller).toBe('activated');

  // The other tab now runs under the new worker too, but was not reloaded under its user.
  await expect(step(other, 'Beställer körkort')).toBeVisible();
  expect(otherNavigations.count).toBe(0);
  await expect(banner(other)).toBeVisible();
});
