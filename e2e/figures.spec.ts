// Journey: the key figures of a realistic flow, live in the panel and printed in the PDF.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/guard';
import { createProcess, importFile, openLibrary, quickEntry, exportPdfText } from './pages/library';

const FIXTURE = 'e2e/fixtures/forskoleplats.json';

interface Fixture {
  process: {
    lanes: { id: string; registerId: string }[];
    steps: { id: string; laneId: string }[];
    connections: { from: string; to: string; kind: string }[];
  };
  register: { id: string; kind: string }[];
}

/** Handovers counted by hand: flows between lanes of two different units (not the customer). */
function handoversIn(f: Fixture): number {
  const unit = (stepId: string) => {
    const lane = f.process.lanes.find(
      (l) => l.id === f.process.steps.find((s) => s.id === stepId)!.laneId,
    )!;
    const entry = f.register.find((e) => e.id === lane.registerId)!;
    return entry.kind === 'kundgrupp' ? null : entry.id;
  };
  return f.process.connections.filter((c) => {
    if (c.kind !== 'flow') return false;
    const a = unit(c.from);
    const b = unit(c.to);
    return a !== null && b !== null && a !== b;
  }).length;
}

test('"Nyckeltal" shows handovers, customer contacts, units and lead time, and follows edits', async ({
  page,
}) => {
  const fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as Fixture;
  const expected = handoversIn(fixture);
  expect(expected).toBeGreaterThan(0);
  await openLibrary(page);
  await importFile(page, FIXTURE);
  await page.getByRole('button', { name: 'Nyckeltal' }).click();
  const panel = page.getByRole('complementary', { name: 'Nyckeltal' });
  await expect(panel.getByRole('listitem').filter({ hasText: /^Överlämningar/ })).toHaveText(
    `Överlämningar ${expected}`,
  );
  await expect(
    panel.getByRole('listitem').filter({ hasText: /^Kundkontakter \d+$/ }),
  ).toBeVisible();
  await expect(
    panel.getByRole('listitem').filter({ hasText: /^Inblandade enheter \d+$/ }),
  ).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: /^Ledtid / })).toContainText(
    /dagar|tim|min/,
  );

  // One more handover, live: a step in another unit's lane after the selected step.
  await page.getByRole('button', { name: 'Visa hela flödet' }).click();
  await page.getByText('Barnet går i förskolan', { exact: true }).click();
  await quickEntry(page, 'Tekniska förvaltningen: Följer upp lokalbehovet');
  await expect(panel.getByRole('listitem').filter({ hasText: /^Överlämningar/ })).toHaveText(
    `Överlämningar ${expected}`,
  );
  await page.getByRole('toolbar').getByRole('button', { name: 'Ångra' }).click();
  await page.getByText('Registrerar ansökan', { exact: true }).click();
  await quickEntry(page, 'Tekniska förvaltningen: Kontrollerar lokalen');
  await expect(panel.getByRole('listitem').filter({ hasText: /^Överlämningar/ })).toHaveText(
    `Överlämningar ${expected + 1}`,
  );

  // The PDF carries the same figures.
  const text = await exportPdfText(page);
  expect(text).toContain('Nyckeltal');
  expect(text).toMatch(new RegExp(`Överlämningar ${expected + 1}`));
});

test('method checks name what is missing and select the step they are about', async ({ page }) => {
  await openLibrary(page);
  // A new process starts with Behov and Resultat in the customer lane, not yet joined.
  await createProcess(page, 'Kontrollera flödet');
  await quickEntry(page, 'Invånare: Vill ha plats');
  await quickEntry(page, 'Barn- och utbildningsförvaltningen: Bedömer ansökan');
  await page.getByRole('button', { name: 'Nyckeltal' }).click();
  const checks = page.getByRole('region', { name: 'Metodkontroller' });
  await expect(checks).toContainText('”Resultat” nås inte från behovet.');
  await checks
    .getByRole('button', {
      name: 'Flödet tar slut vid ”Bedömer ansökan” utan att nå ett resultat.',
    })
    .click();
  await expect(
    page.getByRole('complementary', { name: 'Egenskaper' }).getByLabel('Text', { exact: true }),
  ).toHaveValue('Bedömer ansökan');

  // Warnings first; the identical tips are one line with a count that opens to their steps.
  const lines = await checks.getByRole('list').first().locator(':scope > li').allInnerTexts();
  expect(lines.at(-1)).toBe('Tips: inget underlag in eller ut – 2 steg');
  expect(lines.slice(0, -1).filter((l) => l.startsWith('Tips'))).toEqual([]);
  const tips = checks.getByRole('button', { name: 'Tips: inget underlag in eller ut – 2 steg' });
  await tips.click();
  await expect(tips).toHaveAttribute('aria-expanded', 'true');
  await checks.getByRole('button', { name: 'Vill ha plats', exact: true }).click();
  await expect(
    page.getByRole('complementary', { name: 'Egenskaper' }).getByLabel('Text', { exact: true }),
  ).toHaveValue('Vill ha plats');
});
