// Journey: the organisation register names a unit once for every process.
import { expect, test } from './fixtures/guard';
import { addLane, createProcess, lane, openLibrary, openProcessFromLibrary } from './pages/library';

test('renaming a unit in the register renames its lane in every process', async ({ page }) => {
  await openLibrary(page);
  await createProcess(page, 'Bygglov');
  await addLane(page, 'Samhällsbyggnadsförvaltningen');
  await page.getByRole('link', { name: 'Alla processer' }).click();
  await createProcess(page, 'Strandskydd');
  await addLane(page, 'Samhällsbyggnadsförvaltningen');

  await page.getByRole('link', { name: 'Organisation' }).click();
  await expect(page.getByRole('heading', { name: 'Organisationsregister' })).toBeVisible();
  const input = page
    .getByRole('region', { name: 'Förvaltning' })
    .getByRole('group', { name: 'Samhällsbyggnadsförvaltningen' })
    .getByRole('textbox', { name: 'Namn' });
  await input.fill('Stadsbyggnadsförvaltningen');
  await input.blur();
  await expect(page.getByRole('group', { name: 'Stadsbyggnadsförvaltningen' })).toBeVisible();

  await page.getByRole('link', { name: 'Processer' }).click();
  await openProcessFromLibrary(page, 'Bygglov');
  await expect(lane(page, 'Stadsbyggnadsförvaltningen')).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: 'Alla processer' }).click();
  await openProcessFromLibrary(page, 'Strandskydd');
  await expect(lane(page, 'Stadsbyggnadsförvaltningen')).toBeVisible();
});

test('a new register entry can be chosen for a lane', async ({ page }) => {
  await page.goto('/register');
  await page.getByRole('textbox', { name: 'Namn' }).last().fill('Överförmyndarnämnden');
  await page
    .getByRole('combobox', { name: 'Typ', exact: true })
    .selectOption({ label: 'Extern aktör' });
  await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(
    page
      .getByRole('region', { name: 'Extern aktör' })
      .getByRole('group', { name: 'Överförmyndarnämnden' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Processer' }).click();
  await createProcess(page, 'Godmanskap');
  await page.getByRole('button', { name: 'Lägg till simbana' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lägg till simbana' });
  await dialog.getByLabel('Enhet eller kundgrupp').fill('överförmyndarnämnden');
  await expect(dialog.getByText('Finns i registret (Extern aktör).')).toBeVisible();
  await dialog.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(lane(page, 'Överförmyndarnämnden')).toBeVisible();
});
