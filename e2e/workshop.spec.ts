// Journey: a facilitator at a projector — workshop mode with quick entry, the parking lot and
// the timer; the parking lot is kept with the process.
import { expect, test } from './fixtures/guard';
import { createProcess, openLibrary, quickEntry, waitUntilSaved } from './pages/library';

test('workshop mode: quick entry, parking lot notes that become steps, a timer', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openLibrary(page);
  await createProcess(page, 'Ansöka om färdtjänst');
  await page.getByRole('button', { name: 'Workshopläge' }).click();
  const room = page.getByRole('main', { name: 'Workshop: Ansöka om färdtjänst' });
  await expect(room).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lägg till simbana' })).toHaveCount(0);

  await quickEntry(page, 'Invånare: Ansöker om färdtjänst');
  await expect(room.getByText('Ansöker om färdtjänst', { exact: true })).toBeVisible();

  const lot = page.getByRole('region', { name: 'Parkeringsplats' });
  await lot
    .getByLabel('Ny lapp på parkeringsplatsen')
    .fill('Vård- och omsorgsförvaltningen: Utreder behovet');
  await lot.getByRole('button', { name: 'Parkera' }).click();
  await lot.getByLabel('Ny lapp på parkeringsplatsen').fill('Vem betalar resan?');
  await lot.getByRole('button', { name: 'Parkera' }).click();
  await expect(lot.getByRole('listitem')).toHaveCount(2);
  await waitUntilSaved(page);

  // The notes survive a reload (workshop mode itself is per session).
  await page.reload();
  await page.getByRole('button', { name: 'Workshopläge' }).click();
  await expect(lot.getByRole('listitem')).toHaveCount(2);
  await lot
    .getByRole('button', {
      name: 'Gör ”Vård- och omsorgsförvaltningen: Utreder behovet” till steg',
    })
    .click();
  // The note names a lane the process lacks: the dialog offers it, after the last step.
  const dialog = page.getByRole('dialog', { name: 'Gör lappen till ett steg' });
  await expect(dialog.getByLabel('Stegets text')).toHaveValue('Utreder behovet');
  await expect(dialog.getByLabel('Simbana').locator('option:checked')).toHaveText(
    'Ny simbana: Vård- och omsorgsförvaltningen',
  );
  await expect(dialog.getByLabel('Kommer efter').locator('option:checked')).toHaveText(
    'Ansöker om färdtjänst (Invånare)',
  );
  await dialog.getByRole('button', { name: 'Skapa steget' }).click();
  await expect(room.getByText('Utreder behovet', { exact: true })).toBeVisible();
  await expect(
    room.getByRole('group', { name: 'Koppling från Ansöker om färdtjänst till Utreder behovet' }),
  ).toHaveCount(1);
  await expect(lot.getByRole('listitem')).toHaveText(['Vem betalar resan?Till steg✕']);

  const timer = page.getByRole('group', { name: 'Timer' });
  await timer.getByLabel('Minuter').fill('1');
  await expect(timer.getByRole('timer')).toHaveText('01:00');
  await timer.getByRole('button', { name: 'Starta' }).click();
  await expect(timer.getByRole('timer')).not.toHaveText('01:00');
  await timer.getByRole('button', { name: 'Nollställ' }).click();
  await expect(timer.getByRole('timer')).toHaveText('01:00');

  await page.getByRole('button', { name: 'Avsluta workshopläge' }).click();

  await expect(page.getByRole('main', { name: 'Redigerare: Ansöka om färdtjänst' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a parked question becomes a step after the chosen flow step, a decision only when chosen', async ({
  page,
}) => {
  await openLibrary(page);
  await createProcess(page, 'Ansöka om parkeringstillstånd');
  await quickEntry(page, 'Invånare: Ansöker om tillstånd');
  // An idea on that step, selected last: the new step must not hang off the idea.
  await page.getByRole('button', { name: 'Lägg till förbättringsförslag' }).click();
  await page.keyboard.type('Digital ansökan');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Workshopläge' }).click();
  const lot = page.getByRole('region', { name: 'Parkeringsplats' });
  await lot.getByLabel('Ny lapp på parkeringsplatsen').fill('Finns det en ledig plats?');
  await lot.getByRole('button', { name: 'Parkera' }).click();
  await lot.getByRole('button', { name: 'Gör ”Finns det en ledig plats?” till steg' }).click();

  const dialog = page.getByRole('dialog', { name: 'Gör lappen till ett steg' });
  const kind = dialog.getByLabel('Typ av steg');
  await expect(kind.locator('option:checked')).toHaveText('Aktivitet');
  await expect(dialog.getByText('Texten är en fråga.', { exact: false })).toBeVisible();
  await expect(dialog.getByLabel('Kommer efter').locator('option:checked')).toHaveText(
    'Ansöker om tillstånd (Invånare)',
  );
  await kind.selectOption({ label: 'Beslut' });
  await dialog.getByRole('button', { name: 'Skapa steget' }).click();

  await expect(
    page.getByRole('group', { name: /^Beslut: Finns det en ledig plats\?/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('group', {
      name: 'Koppling från Ansöker om tillstånd till Finns det en ledig plats?',
    }),
  ).toHaveCount(1);
  // Its only way in is from the step, none from the idea.
  await expect(
    page.getByRole('group', { name: /^Koppling från .* till Finns det en ledig plats\?$/ }),
  ).toHaveCount(1);
  await expect(lot.getByRole('listitem')).toHaveCount(0);
});
