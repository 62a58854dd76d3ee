// Private by construction: a process full of hostile text travels through every feature (editor,
// every export, share link, landscape, settings) with the service worker running, and nothing
// runs, nothing is blocked by the CSP, and nothing is sent to another host. The guard
// (fixtures/guard.ts) checks the last two for every e2e test; here they are asserted on as well.
import { readFile, writeFile } from 'node:fs/promises';
import { cspHeader, cspMeta } from '../src/app/pwa/csp';
import { expect, test, type Page } from './fixtures/guard';
import { importFile, openLibrary } from './pages/library';

test.use({ serviceWorkers: 'allow' });

const XSS = [
  '<img src=x onerror="window.__xss=1">',
  'javascript:window.__xss=1',
  '"><svg onload=window.__xss=1>',
  '</text><script>window.__xss=1</script>',
  "{{constructor.constructor('window.__xss=1')()}}",
  '<style>*{background:url(https://evil.example/beacon.png)}</style>',
  '<a href="https://evil.example/?c=1">klicka</a>',
];
const TITLE = 'Fientlig <b onmouseover="window.__xss=1">process</b>';

interface Fixture {
  process: {
    id: string;
    title: string;
    purpose: string;
    steps: { label: string; properties: { description: string } }[];
  };
  register: { name: string }[];
}

async function hostileFile(path: string): Promise<Fixture> {
  const fixture = JSON.parse(await readFile('e2e/fixtures/forskoleplats.json', 'utf8')) as Fixture;
  fixture.process.id = 'p-fientlig';
  fixture.process.title = TITLE;
  fixture.process.purpose = XSS[0]!;
  fixture.process.steps.forEach((step, i) => {
    step.label = `${XSS[i % XSS.length]} ${i}`;
    step.properties.description = XSS[(i + 1) % XSS.length]!;
  });
  fixture.register.forEach((entry, i) => (entry.name = `${XSS[(i + 3) % XSS.length]} ${i}`));
  await writeFile(path, JSON.stringify(fixture));
  return fixture;
}

async function download(page: Page, item: RegExp): Promise<string> {
  await page.getByRole('button', { name: 'Exportera' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  return (await downloading).suggestedFilename();
}

const ranScript = (page: Page) =>
  page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

test('hostile text through every feature runs nothing, trips no CSP rule and calls no other host', async ({
  page,
  privacy,
}, info) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const fixture = await hostileFile(info.outputPath('fientlig.json'));

  await openLibrary(page);
  await importFile(page, info.outputPath('fientlig.json'));
  await expect(page.getByRole('main', { name: `Redigerare: ${TITLE}` })).toBeVisible();
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  // Shown as the literal text it is.
  await expect(page.getByText(fixture.process.steps[0]!.label, { exact: true })).toBeVisible();
  await expect(page.getByText(fixture.process.steps[3]!.label, { exact: true })).toBeVisible();

  // Every export: each builds files from the hostile text, some in workers or lazy chunks.
  expect(await download(page, /JSON/)).toMatch(/\.json$/);
  expect(await download(page, /SVG/)).toMatch(/\.svg$/);
  expect(await download(page, /PNG/)).toMatch(/\.png$/);
  expect(await download(page, /BPMN/)).toMatch(/\.bpmn$/);
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: /PDF/ }).click();
  const pdf = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: /PDF/ })
    .getByRole('button', { name: 'Exportera' })
    .click();
  expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);

  // The ELK layout worker.
  await page.getByRole('button', { name: 'Städa upp', exact: true }).click();
  // The first tidy-up loads ELK into its worker; here the service worker is precaching the app
  // at the same time, and with a second test running beside it that took over 20 s.
  await expect(page.getByText('Flödet är uppstädat.')).toBeVisible({ timeout: 60_000 });

  // A share link, opened: decoded from the fragment and rendered read-only.
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: /Dela som länk/ }).click();
  const link = await page
    .getByRole('dialog', { name: 'Dela som länk' })
    .getByLabel('Länk till processen')
    .inputValue();
  await page.goto(link);
  await expect(page.getByText('Skrivskyddad kopia från en länk')).toBeVisible();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  expect(await ranScript(page)).toBeUndefined();

  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await nav.getByRole('link', { name: 'Processkarta' }).click();
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await nav.getByRole('link', { name: 'Inställningar' }).click();
  await expect(page.getByRole('heading', { name: 'Inställningar och lagring' })).toBeVisible();
  await nav.getByRole('link', { name: 'Processer' }).click();
  await expect(page.getByRole('link', { name: TITLE, exact: true })).toBeVisible();

  expect(await ranScript(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(privacy.cspViolations).toEqual([]);
  expect(privacy.foreignRequests).toEqual([]);
  // The journey did go through the service worker, whose fetches the guard also watches.
  expect(privacy.requests.some((r) => r.fromServiceWorker)).toBe(true);
});

test('the app is served with the policy as a header and the same policy as a meta tag', async ({
  page,
}) => {
  const response = await page.request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toBe(cspHeader);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const html = await response.text();
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${cspMeta}"`);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  const worker = await page.request.get('/sw.js');
  expect(worker.headers()['content-security-policy']).toBe(cspHeader);
  const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as {
    name: string;
    lang: string;
    icons: { sizes: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Flödesverkstan', lang: 'sv' });
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
});

test('the guard itself notices a blocked inline style and a request to another host', async ({
  page,
  privacy,
  baseURL,
}) => {
  await openLibrary(page);
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red }';
    document.head.append(style);
  });
  await expect.poll(() => privacy.cspViolations.join('\n')).toContain('style-src-elem');
  // Another origin on the same machine: the name differs, so it is another host.
  const elsewhere = baseURL!.replace('127.0.0.1', 'localhost');
  await page.goto(elsewhere).catch(() => undefined);
  expect(privacy.foreignRequests).toContain(`${elsewhere}/`);
  // Seen, so this test may pass: the guard would otherwise fail it on teardown.
  privacy.cspViolations.length = 0;
  privacy.foreignRequests.length = 0;
});
