// Journey (issue 16): a flow with a three-way decision and attached problems, built with the
// keyboard only (no mouse call in this file), tidied up and exported as SVG. The file itself is
// the evidence: no two connections on one stretch of line, each label on its own connection.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures/guard';
import {
  laneOf,
  misplacedLabels,
  overlappingConnections,
  readSvgFlow,
  slantedSegments,
} from './pages/svgFlow';

const DECISION = 'Hur komplext är ärendet?';
const OUTCOMES = {
  Enkelt: { step: 'Ger besked direkt', lane: 'Kundtjänst' },
  Normalt: { step: 'Utreder ärendet', lane: 'Handläggning' },
  Komplext: { step: 'Gör fördjupad utredning', lane: 'Specialistteam' },
} as const;
const PROBLEMS = {
  'Ansökan saknar ritningar': 'Registrerar ärendet',
  'Lång väntan på yttrande': OUTCOMES.Komplext.step,
} as const;

// Text goes in as the keyboard's insertText (one input event, as from an IME or a paste of
// dictation) instead of a key per character: the journey is about which keys drive the editor,
// and on a shared two-core machine typing ~200 characters one by one costs tens of seconds.

async function activate(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

async function addLaneByKeyboard(page: Page, name: string) {
  await activate(page, 'Lägg till simbana');
  await page.keyboard.insertText(name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
}

async function quickEntry(page: Page, text: string) {
  const field = page.getByLabel('Snabbinmatning');
  await field.focus();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('');
}

/** Leaves any field or button, so the editor's own keys (arrows, Alt+arrows) apply. */
async function toCanvas(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Alt+arrow: a new step after the selected one, its label typed at once. */
async function addNext(
  page: Page,
  key: 'Alt+ArrowUp' | 'Alt+ArrowRight' | 'Alt+ArrowDown',
  label: string,
) {
  await page.keyboard.press(key);
  await page.keyboard.insertText(label);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('group', { name: new RegExp(`^Aktivitet: ${label},`) }),
  ).toBeVisible();
}

async function addProblem(page: Page, step: string, label: string) {
  const panel = page.getByRole('complementary', { name: 'Egenskaper' });
  await expect(panel.getByLabel('Text', { exact: true })).toHaveValue(step);
  await panel.getByRole('button', { name: 'Lägg till problem' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(label);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: new RegExp(`^Problem: ${label},`) })).toBeVisible();
}

async function exportSvgByKeyboard(page: Page): Promise<string> {
  await activate(page, 'Exportera');
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  // Typeahead: the menu moves to the item that starts with the typed letter.
  await page.keyboard.press('s');
  await expect(page.getByRole('menuitem', { name: /^SVG/ })).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  return readFile(await (await downloading).path(), 'utf8');
}

test('a tidied three-way decision with problems exports an SVG whose lines and labels tell the truth', async ({
  page,
}) => {
  // The first tidy-up loads and compiles ELK in a worker: seconds on a busy machine.
  test.setTimeout(90_000);
  await page.goto('/');
  await activate(page, 'Ny process');
  await page.keyboard.insertText('Ansöka om bygglov');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main', { name: 'Redigerare: Ansöka om bygglov' })).toBeVisible();
  // A new process already has its Invånare lane, with Behov and Resultat in it.
  for (const lane of ['Kundtjänst', 'Handläggning', 'Specialistteam'])
    await addLaneByKeyboard(page, lane);

  await quickEntry(page, 'Invånare: Skickar ansökan');
  await quickEntry(page, 'Kundtjänst: Registrerar ärendet');
  await addProblem(page, 'Registrerar ärendet', 'Ansökan saknar ritningar');
  // With the problem selected, quick entry goes on from the step it is attached to.
  await quickEntry(page, `Handläggning: ${DECISION}`);

  await toCanvas(page);
  await addNext(page, 'Alt+ArrowUp', OUTCOMES.Enkelt.step);
  await page.keyboard.press('ArrowLeft');
  await addNext(page, 'Alt+ArrowRight', OUTCOMES.Normalt.step);
  await page.keyboard.press('ArrowLeft');
  await addNext(page, 'Alt+ArrowDown', OUTCOMES.Komplext.step);
  await page.keyboard.press('ArrowLeft');

  const panel = page.getByRole('complementary', { name: 'Egenskaper' });
  await expect(panel).toContainText('Steg: Beslut');
  for (const [label, { step }] of Object.entries(OUTCOMES)) {
    await panel.getByLabel(`Etikett mot ”${step}”`).focus();
    await page.keyboard.insertText(label);
    await page.keyboard.press('Enter');
  }
  // ↓ goes to the nearest step in the lane below: the only one in Specialistteam.
  await toCanvas(page);
  await page.keyboard.press('ArrowDown');
  await addProblem(page, OUTCOMES.Komplext.step, 'Lång väntan på yttrande');

  await activate(page, 'Städa upp');
  // The first tidy-up loads the ELK worker, on a machine that may be busy.
  await expect(page.getByRole('status').filter({ hasText: 'Flödet är uppstädat.' })).toBeVisible({
    timeout: 30_000,
  });

  const svg = await exportSvgByKeyboard(page);
  // Kept with the test's results, so a failure can be looked at as a picture.
  await test.info().attach('export.svg', { body: svg, contentType: 'image/svg+xml' });
  const flow = readSvgFlow(svg);

  // The flow that was built is the flow that was drawn.
  const step = (label: string) => flow.steps.find((s) => s.label === label);
  expect(step(DECISION)?.kind).toBe('Beslut');
  for (const [label, { step: target, lane }] of Object.entries(OUTCOMES)) {
    const titled = flow.connections.filter(
      (c) => c.title === `Från ${DECISION} till ${target}: ${label}`,
    );
    expect(titled, `one connection "${label}"`).toHaveLength(1);
    expect(titled[0]!.text).toBe(label);
    expect(laneOf(flow, step(target)!)).toBe(lane);
  }
  expect(laneOf(flow, step(DECISION)!)).toBe('Handläggning');
  for (const [problem, owner] of Object.entries(PROBLEMS)) {
    expect(step(problem)?.kind).toBe('Problem');
    expect(flow.connections.map((c) => c.title)).toContain(`Från ${problem} till ${owner}`);
  }
  expect(flow.connections).toHaveLength(8);

  // What a reader can trust: straight lines at right angles, none shared, labels on their own.
  expect(slantedSegments(flow)).toEqual([]);
  expect(overlappingConnections(flow)).toEqual([]);
  expect(misplacedLabels(flow)).toEqual([]);
});
