// Live co-editing in the workshop (issue 20 (a), (b)): three people edit one shared process at
// once in their own browsers, with small random pauses between their actions, and every browser
// and the server's stored JSON agree within 5 s; Ctrl+Z in one browser takes back that person's
// own edit only, everywhere.
import type { Page } from '@playwright/test';
import { loadDocument } from '../../src/domain/load/loadDocument';
import { quickEntry } from '../pages/library';
import { createShared, read, share, smallProcess, usersByName } from './api';
import { expect, test, type Person } from './fixtures';
import { flowText, laneNames, openLive, renameStep, stepOn } from './ui';

/** A seeded pause of 0–250 ms between one person's actions (the same every run). */
function pauses(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return new Promise((r) => setTimeout(r, (s / 2147483648) * 250));
  };
}

/** A shared process (lanes Invånare, Kommunstyrelseförvaltningen, Barn- och utbildnings…) open
 *  live in every person's browser. */
async function room(people: Person[], title: string): Promise<string> {
  const [anna, ...others] = people;
  const id = await createShared(anna!.page, smallProcess(title));
  const users = await usersByName(anna!.page);
  const entries = others.map((p) => ({ userId: users[p.name]!, role: 'editor' as const }));
  expect((await share(anna!.page, id, entries)).status).toBe(200);
  await Promise.all(people.map((p) => openLive(p.page, title)));
  return id;
}

/** What must be equal everywhere: as the server stores it, and as each browser shows it. */
async function stored(page: Page, id: string) {
  const { file } = (await read(page, id)).body;
  const p = file.process;
  return {
    valid: loadDocument(file).ok,
    steps: p.steps.map((s) => s.label).sort(),
    lanes: [...p.lanes].sort((a, b) => (a.order! < b.order! ? -1 : 1)).map((l) => l.registerId),
    notes: p.parkingLot.map((n) => n.text).sort(),
    waiting: p.steps.find((s) => s.label === 'Kontrollera underlag')?.properties.waitingTime,
  };
}

test('three people editing at once converge within 5 s, in every browser and on the server', async ({
  people,
}) => {
  test.setTimeout(120_000);
  const [anna, bo, cecilia] = await people('anna', 'bo', 'cecilia');
  const id = await room([anna, bo, cecilia], 'Ansöka om färdtjänst');

  await test.step('everyone edits at once', async () => {
    const annaPause = pauses(1);
    const boPause = pauses(2);
    const ceciliaPause = pauses(3);
    await Promise.all([
      (async () => {
        await quickEntry(anna.page, 'Invånare: Anna ringer kundcenter');
        await annaPause();
        await quickEntry(anna.page, 'Invånare: Anna fyller i blanketten');
        await annaPause();
        await anna.page.getByRole('button', { name: 'Workshopläge' }).click();
        const lot = anna.page.getByRole('region', { name: 'Parkeringsplats' });
        for (const note of ['Vem betalar resan?', 'Finns blanketten på lätt svenska?']) {
          await lot.getByLabel('Ny lapp på parkeringsplatsen').fill(note);
          await lot.getByRole('button', { name: 'Parkera' }).click();
          await annaPause();
        }
        await anna.page.getByRole('button', { name: 'Avsluta workshopläge' }).click();
      })(),
      (async () => {
        await renameStep(bo.page, 'Besluta om faktura', 'Bo beslutar om fakturan');
        await boPause();
        await bo.page
          .getByRole('button', { name: 'Flytta Barn- och utbildningsförvaltningen uppåt' })
          .click();
        await boPause();
        await quickEntry(bo.page, 'Kommunstyrelseförvaltningen: Bo skickar beslut');
      })(),
      (async () => {
        await ceciliaPause();
        await stepOn(cecilia.page, 'Kontrollera underlag').click();
        const amount = cecilia.page.getByLabel('Väntetid, antal');
        await amount.fill('3');
        await amount.press('Enter');
        await ceciliaPause();
        await quickEntry(cecilia.page, 'Invånare: Cecilia får besked');
      })(),
    ]);
  });

  await test.step('within 5 s every browser and the server agree', async () => {
    const expected = expect.objectContaining({
      valid: true,
      steps: expect.arrayContaining([
        'Anna ringer kundcenter',
        'Anna fyller i blanketten',
        'Bo beslutar om fakturan',
        'Bo skickar beslut',
        'Cecilia får besked',
      ]),
      lanes: ['kg-invanare', 'u-buf', 'u-ksf'],
      notes: ['Finns blanketten på lätt svenska?', 'Vem betalar resan?'],
      waiting: { value: 3, unit: 'h' },
    });
    // The server's JSON is stored debounced (≤ 3 s): read through each person's session.
    for (const p of [anna, bo, cecilia])
      await expect.poll(() => stored(p.page, id), { timeout: 5_000 }).toEqual(expected);
    // Every browser shows the same flow (the text view: every step, in flow order, with lanes).
    await expect
      .poll(
        async () => {
          const texts = await Promise.all([anna, bo, cecilia].map((p) => flowText(p.page)));
          const mine = [
            'Anna fyller i blanketten',
            'Bo beslutar om fakturan',
            'Cecilia får besked',
          ];
          return texts.every((t) => t === texts[0]) && mine.every((l) => texts[0]!.includes(l));
        },
        { timeout: 5_000 },
      )
      .toBe(true);
    for (const p of [anna, bo, cecilia])
      expect(await laneNames(p.page)).toEqual([
        'Invånare',
        'Barn- och utbildningsförvaltningen',
        'Kommunstyrelseförvaltningen',
      ]);
  });
});

test('Ctrl+Z takes back only my own edit, in every browser', async ({ people }) => {
  test.setTimeout(90_000);
  const [anna, bo] = await people('anna', 'bo');
  const id = await room([anna, bo], 'Ansöka om bostadsanpassning');

  await renameStep(anna.page, 'Granska faktura', 'Anna granskar');
  await expect(stepOn(bo.page, 'Anna granskar')).toBeVisible();
  await renameStep(bo.page, 'Kontrollera underlag', 'Bo kontrollerar');
  await expect(stepOn(anna.page, 'Bo kontrollerar')).toBeVisible();

  // Bo's rename came later, yet Anna's Ctrl+Z takes back her own.
  await anna.page.getByRole('main').click({ position: { x: 5, y: 5 } });
  await anna.page.keyboard.press('ControlOrMeta+z');
  for (const page of [anna.page, bo.page]) {
    await expect(stepOn(page, 'Granska faktura')).toBeVisible();
    await expect(stepOn(page, 'Bo kontrollerar')).toBeVisible();
    await expect(stepOn(page, 'Anna granskar')).toHaveCount(0);
  }
  await expect
    .poll(async () => (await stored(bo.page, id)).steps)
    .toEqual(expect.arrayContaining(['Granska faktura', 'Bo kontrollerar']));
});
