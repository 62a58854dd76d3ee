// Journey: the HUKI matrix of an example, worked out from the flow, corrected by the group.
import { expect, test } from './fixtures/guard';
import { openLibrary, waitUntilSaved, createFromTemplate } from './pages/library';

test('the HUKI matrix is worked out from the flow and a corrected cell is kept', async ({
  page,
}) => {
  await openLibrary(page);
  await createFromTemplate(page, /Ansöka om förskoleplats/);
  await expect(
    page.getByRole('main', { name: /Redigerare: Ansöka om förskoleplats/ }),
  ).toBeVisible();
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'HUKI-matris' }).click();

  await expect(page.getByRole('heading', { name: /^HUKI: Ansöka om förskoleplats/ })).toBeVisible();
  const cell = (unit: string) =>
    page.getByRole('combobox', { name: `${unit} för ”Beräknar avgift”` });
  // Worked out: the fee is done (U) in KSF; BUF carries the process (H) and takes over next (I).
  await expect(
    cell('Kommunstyrelseförvaltningen').getByRole('option', { name: 'auto (U)' }),
  ).toHaveCount(1);
  await expect(
    cell('Barn- och utbildningsförvaltningen').getByRole('option', { name: 'auto (HI)' }),
  ).toHaveCount(1);
  await expect(cell('Barn- och utbildningsförvaltningen')).toHaveValue('');

  await cell('Barn- och utbildningsförvaltningen').selectOption('K');
  await expect(cell('Barn- och utbildningsförvaltningen')).toHaveValue('K');
  await waitUntilSaved(page);
  await page.reload();
  await expect(
    page.getByRole('combobox', {
      name: 'Barn- och utbildningsförvaltningen för ”Beräknar avgift”',
    }),
  ).toHaveValue('K');
});
