// Journey: down into a subprocess from the step that stands for it, and back up the breadcrumb.
import { expect, test } from './fixtures/guard';
import { addLane, createProcess, openLibrary } from './pages/library';

test('a subprocess step opens its process, and the breadcrumb leads back', async ({ page }) => {
  await openLibrary(page);
  await createProcess(page, 'Avgiftshantering');
  await page.getByRole('link', { name: 'Alla processer' }).click();
  await createProcess(page, 'Ansöka om förskoleplats');
  await addLane(page, 'Kommunstyrelseförvaltningen');
  await page.getByRole('button', { name: /^Delprocess/ }).click();
  const panel = page.getByRole('complementary', { name: 'Egenskaper' });
  await panel
    .getByRole('combobox', { name: 'Länkad process' })
    .selectOption({ label: 'Avgiftshantering' });
  await panel.getByRole('button', { name: 'Öppna delprocessen ”Avgiftshantering”' }).click();

  await expect(page.getByRole('main', { name: 'Redigerare: Avgiftshantering' })).toBeVisible();
  const crumbs = page.getByRole('navigation', { name: 'Väg hit' });
  await expect(crumbs.getByRole('listitem')).toHaveText([
    'Ansöka om förskoleplats',
    'Avgiftshantering',
  ]);
  await crumbs.getByRole('link', { name: 'Ansöka om förskoleplats' }).click();
  await expect(
    page.getByRole('main', { name: 'Redigerare: Ansöka om förskoleplats' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Väg hit' })).toHaveCount(0);
});
