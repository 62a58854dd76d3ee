// Presence in a shared process (issue 20 (c)): who is here, each person's selection outlined in
// their colour and "<Namn> skriver…" on the step being edited, within 1 s; gone when they leave.
import { collabPeer, createShared, share, smallProcess, usersByName } from './api';
import { expect, test } from './fixtures';
import { hereNow, openLive, stepOn } from './ui';

test('names, selections and the typing label show within 1 s and go when a person leaves', async ({
  people,
  server,
}) => {
  test.setTimeout(90_000);
  const [anna, bo, cecilia] = await people('anna', 'bo', 'cecilia');
  const title = 'Ansöka om förskoleplats';
  const id = await createShared(anna.page, smallProcess(title));
  const users = await usersByName(anna.page);
  await share(anna.page, id, [
    { userId: users[bo.name]!, role: 'editor' },
    { userId: users[cecilia.name]!, role: 'editor' },
  ]);
  await Promise.all([anna, bo, cecilia].map((p) => openLive(p.page, title)));

  await test.step('everyone sees the others in Här nu', async () => {
    await expect(hereNow(anna.page).getByRole('listitem')).toHaveText(
      [/Bo Berg/, /Cecilia Ceder/],
      {
        useInnerText: true,
      },
    );
    await expect(hereNow(bo.page)).toContainText('Anna Andersson');
    await expect(hereNow(bo.page)).toContainText('Cecilia Ceder');
    // Nobody is listed as here with themself.
    await expect(hereNow(bo.page)).not.toContainText('Bo Berg');
  });

  await test.step('Bo selects a step: Anna sees it outlined within 1 s', async () => {
    await stepOn(bo.page, 'Kontrollera underlag').click();
    const outline = anna.page.locator('.presence-layer .peer-outline');
    await expect(outline).toHaveCount(1, { timeout: 1_000 });
    // In Bo's colour: the same colour as his chip in Här nu.
    const chip = await hereNow(anna.page)
      .getByRole('listitem')
      .filter({ hasText: 'Bo Berg' })
      .locator('.presence-chip')
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await outline.evaluate((e) => getComputedStyle(e).borderTopColor)).toBe(chip);
  });

  await test.step('Bo types in the step: "Bo skriver…" within 1 s', async () => {
    await stepOn(bo.page, 'Kontrollera underlag').dblclick();
    await bo.page.getByLabel('Stegets text').pressSequentially(' noga', { delay: 20 });
    await expect(anna.page.locator('.presence-layer .peer-tag.typing')).toHaveText('Bo skriver…', {
      timeout: 1_000,
    });
    await expect(cecilia.page.locator('.presence-layer .peer-tag.typing')).toHaveText(
      'Bo skriver…',
      { timeout: 1_000 },
    );
  });

  await test.step('a full room: four chips, the rest behind "+N", each still followable', async () => {
    // Five more laptops in the room, as Cecilia's other tabs would be (Node clients, own names).
    const guests = await Promise.all(
      [1, 2, 3, 4, 5].map(async (n) => {
        const peer = await collabPeer(cecilia.context, server.url, id);
        peer.provider.setAwarenessField('user', {
          id: `guest-${n}`,
          name: `Gäst ${n}`,
          color: '#1d4ed8',
        });
        return peer;
      }),
    );
    try {
      const list = hereNow(anna.page).getByRole('listitem');
      await expect(list).toHaveCount(4);
      const more = anna.page.getByRole('button', { name: '3 till här nu' });
      await more.click();
      const items = anna.page.getByRole('menuitem');
      await expect(items).toHaveCount(3);
      await items.filter({ hasText: 'Följ Gäst 5' }).click();
      await expect(
        anna.page.getByRole('status').filter({ hasText: 'Du följer Gäst 5' }),
      ).toBeAttached();
      // The person I follow is kept in sight, with its pressed "Följ".
      await expect(
        hereNow(anna.page).getByRole('button', { name: 'Följ Gäst 5', pressed: true }),
      ).toBeVisible();
      await anna.page.screenshot({ path: test.info().outputPath('full-room.png') });
    } finally {
      for (const g of guests) g.close();
    }
    await expect(hereNow(anna.page).getByRole('listitem')).toHaveCount(2, { timeout: 5_000 });
  });

  await test.step("Följ on a smaller screen shows the same part of Anna's flow", async () => {
    await bo.page.keyboard.press('Escape');
    await bo.page.setViewportSize({ width: 1100, height: 760 });
    await hereNow(bo.page).getByRole('button', { name: 'Följ Anna Andersson' }).click();
    await anna.page.getByRole('button', { name: 'Zooma in' }).click();
    await anna.page.getByRole('button', { name: 'Zooma in' }).click();
    // Where a step sits against the middle of the canvas, in pixels, and the canvas's size.
    const placed = async (page: typeof anna.page) => {
      const canvas = await page.getByTestId('rf__wrapper').boundingBox();
      const step = await stepOn(page, 'Granska faktura').boundingBox();
      if (!canvas || !step) return null;
      return {
        dx: step.x + step.width / 2 - (canvas.x + canvas.width / 2),
        dy: step.y + step.height / 2 - (canvas.y + canvas.height / 2),
        w: canvas.width,
        h: canvas.height,
      };
    };
    await expect
      .poll(
        async () => {
          const [a, b] = [await placed(anna.page), await placed(bo.page)];
          if (!a || !b) return Infinity;
          // Bo's canvas is smaller: the same flow point in the middle, scaled to fit.
          const k = Math.min(b.w / a.w, b.h / a.h);
          return Math.max(Math.abs(b.dx - a.dx * k), Math.abs(b.dy - a.dy * k));
        },
        { timeout: 5_000 },
      )
      .toBeLessThan(4);
    await hereNow(bo.page).getByRole('button', { name: 'Följ Anna Andersson' }).click();
  });

  await test.step("the facilitator's workshop timer runs on every laptop", async () => {
    await bo.page.keyboard.press('Escape');
    for (const p of [anna, cecilia])
      await p.page.getByRole('button', { name: 'Workshopläge' }).click();
    const annaTimer = anna.page.getByRole('group', { name: 'Timer' });
    const ceciliaTimer = cecilia.page.getByRole('group', { name: 'Timer' });
    await annaTimer.getByLabel('Minuter').fill('7');
    await annaTimer.getByRole('button', { name: 'Starta' }).click();
    await expect(ceciliaTimer.getByRole('timer')).toHaveText(/^0[67]:\d\d$/);
    await expect(ceciliaTimer.getByRole('button', { name: 'Pausa' })).toBeVisible();
    await annaTimer.getByRole('button', { name: 'Nollställ' }).click();
    await expect(ceciliaTimer.getByRole('button', { name: 'Starta' })).toBeVisible();
  });

  await test.step('Bo closes his page: his name and marks go', async () => {
    await bo.page.close();
    await expect(hereNow(anna.page)).not.toContainText('Bo Berg', { timeout: 5_000 });
    await expect(anna.page.locator('.presence-layer .peer-outline')).toHaveCount(0);
    await expect(anna.page.locator('.presence-layer .peer-tag.typing')).toHaveCount(0);
    await expect(hereNow(anna.page)).toContainText('Cecilia Ceder');
  });
});
