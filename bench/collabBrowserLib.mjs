// The browser collab bench's plumbing (bench/collabBrowser.mjs): the built server serving the
// built app on 127.0.0.1 in local mode, the open-time probe, and main-thread tasks from a trace.
import { startBuiltServer } from './serverProcess.mjs';

/** `node main.js` in local mode on a free port of 127.0.0.1, serving the app, until /healthz. */
export const startAppServer = (main, dataDir, staticDir) =>
  startBuiltServer(main, {
    DATA_DIR: dataDir,
    STATIC_DIR: staticDir,
    DATABASE_URL: '',
    OIDC_ISSUER: '',
    SIGN_IN_PER_MINUTE: '1000',
  });

/** A browser context of its own (the e2e tests' viewport and locale), signed in by name. */
export async function newPerson(browser, url, name) {
  const context = await browser.newContext({
    baseURL: url,
    serviceWorkers: 'block',
    viewport: { width: 1440, height: 900 },
    locale: 'sv-SE',
  });
  // Nothing but this server: the bench stays on 127.0.0.1.
  await context.route(/^(?!http:\/\/127\.0\.0\.1)[a-z]+:\/\//, (route) =>
    route.request().url().startsWith('data:') ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  await page.goto('/');
  const answer = await page.request.post('/api/auth/local', {
    data: { name },
    headers: { origin: url },
  });
  if (answer.status() !== 200) throw new Error(`bench: local sign-in answered ${answer.status()}`);
  return { context, page };
}

/**
 * Arms the page: the next click's time, and the first animation frame in which steps are drawn
 * and visible (React Flow hides a node until it knows its size), as bench/lib/probe.ts does.
 */
export async function armOpen(page) {
  await page.evaluate(() => {
    window.__benchOpen = null;
    let clickAt = 0;
    window.addEventListener('click', (e) => (clickAt = e.timeStamp), { capture: true, once: true });
    const visible = () => {
      const drawn = [...document.querySelectorAll('.react-flow__node-step')];
      return drawn.length > 0 && drawn.every((n) => n.style.visibility !== 'hidden');
    };
    const poll = () => {
      if (clickAt && visible()) window.__benchOpen = performance.now() - clickAt;
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}

export async function openTime(page, timeout) {
  await page.waitForFunction(() => window.__benchOpen !== null, null, { timeout });
  return page.evaluate(() => window.__benchOpen);
}

/**
 * Starts a timeline trace; the returned function stops it and gives every renderer-main task
 * that overlaps the stretch from console.timeStamp('bench-send') to console.timeStamp('bench-seen')
 * + afterMs: its ms, and whether it started after the edit was in the DOM. `keep` (an array)
 * also gets the trace's events.
 */
export async function traceTasks(cdp, keep = null) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return async (afterMs) => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    keep?.push(...events);
    return tasksBetween(events, afterMs);
  };
}

export function tasksBetween(events, afterMs) {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  if (main.size === 0) throw new Error('the trace names no renderer main thread');
  const mark = (message) =>
    events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message)?.ts;
  const from = mark('bench-send');
  const seen = mark('bench-seen');
  if (from === undefined || seen === undefined) throw new Error('the trace lacks the bench marks');
  const to = seen + afterMs * 1000;
  const onMain = (e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`);
  const calls = events.filter((e) => onMain(e) && CALLS.has(e.name));
  return events
    .filter((e) => e.name === 'RunTask' && onMain(e) && e.ts + (e.dur ?? 0) > from && e.ts < to)
    .map((e) => ({ ms: (e.dur ?? 0) / 1000, afterSeen: e.ts > seen, what: whatRan(e, calls) }));
}

/** Trace events that say what script a task ran. */
const CALLS = new Set(['FireAnimationFrame', 'FunctionCall', 'TimerFire', 'EventDispatch']);

/**
 * What a task mostly ran, for telling long tasks apart: its longest script entry, e.g.
 * "FireAnimationFrame" (the binding takes remote updates in on an animation frame),
 * "FunctionCall performWorkUntilDeadline" (React's scheduler: a deferred render) or
 * "FunctionCall y.onsuccess" (an IndexedDB callback: y-dexie's compaction).
 */
function whatRan(task, calls) {
  const end = task.ts + (task.dur ?? 0);
  const inside = calls.filter((c) => c.ts >= task.ts && c.ts < end);
  const longest = inside.reduce((a, c) => ((c.dur ?? 0) > (a?.dur ?? -1) ? c : a), null);
  if (!longest) return 'browser';
  const fn = longest.args?.data?.functionName;
  return fn ? `${longest.name} ${fn}` : longest.name;
}
