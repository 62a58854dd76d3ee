// Journey: a facilitator at a projector — workshop mode with quick entry, the parking lot and
// the timer; the parking lot is kept with the process.
import { expect, test } from './fixtures/guard';
import { addLane, createProcess, openLibrary, quickEntry, waitUntilSaved } from './pages/library';

test('workshop mode: quick entry, parking lot notes that become steps, a timer', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openLibrary(page);
  await createProcess(page, 'Ansöka om färdtjänst');
  await addLane(page, 'Invånare');
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
  await expect(room.getByText('Utreder behovet', { exact: true })).toBeVisible();
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
