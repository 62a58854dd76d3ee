// Bundle size: the gzip size of the JS the browser loads to show the start screen, and of every
// other (lazy) chunk. The source maps tell whether PDF, BPMN or layout code is in the start-up set.
// Start-up is what is requested until the page's load event: what the start screen waits for.
// Chunks the app fetches afterwards (the editor, right after load) are listed as prefetched.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, type Browser } from '@playwright/test';

export interface Chunk {
  file: string;
  gzip: number;
}
export interface BundleSizes {
  startup: Chunk[];
  startupGzip: number;
  lazy: Chunk[];
  /** Lazy chunks the app fetched after start-up (after the load event). */
  prefetched: Chunk[];
  /** Sources of PDF, BPMN or layout code found in start-up chunks (should be none). */
  heavyAtStartup: string[];
}

// The libraries and converters themselves; small option types and worker launchers may stay.
const HEAVY =
  /node_modules\/(jspdf|svg2pdf\.js|html2canvas|dompurify|bpmn-moddle|moddle|moddle-xml|saxen|elkjs)\/|src\/formats\/bpmn\/|src\/formats\/pdf\/(?!pdfTypes\.ts)|src\/editor\/tidy\/layout\.worker/;

export async function bundleSizes(
  browser: Browser,
  url: string,
  dist: string,
): Promise<BundleSizes> {
  const loaded = new Set<string>();
  const later = new Set<string>();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    let started = true;
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.js')) (started ? loaded : later).add(basename(path));
    });
    page.on('load', () => (started = false));
    await page.goto(`${url}/`, { waitUntil: 'load' });
    await expect(page.getByRole('heading', { name: 'Processbibliotek' })).toBeVisible();
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
  }
  const assets = join(dist, 'assets');
  const files = (await readdir(assets)).filter((f) => f.endsWith('.js'));
  const chunks = await Promise.all(
    files.map(async (file) => ({
      file,
      gzip: gzipSync(await readFile(join(assets, file)), { level: 9 }).length,
    })),
  );
  const startup = chunks.filter((c) => loaded.has(c.file));
  const heavyAtStartup: string[] = [];
  for (const { file } of startup) {
    const map = JSON.parse(await readFile(join(assets, `${file}.map`), 'utf8').catch(() => '{}'));
    for (const source of (map.sources ?? []) as string[])
      if (HEAVY.test(source)) heavyAtStartup.push(`${file}: ${source.replace(/^(\.\.\/)+/, '')}`);
  }
  return {
    startup,
    startupGzip: startup.reduce((sum, c) => sum + c.gzip, 0),
    lazy: chunks.filter((c) => !loaded.has(c.file)).sort((a, b) => b.gzip - a.gzip),
    prefetched: chunks.filter((c) => !loaded.has(c.file) && later.has(c.file)),
    heavyAtStartup,
  };
}
