// Journey: the method guide ticks off the method's steps as the specification fills in, and
// the specification (objects, measures) is printed with the PDF.
import { expect, test } from './fixtures/guard';
import { createProcess, openLibrary, waitUntilSaved, exportPdfText } from './pages/library';

test('the method guide follows the specification; measures reach the PDF', async ({ page }) => {
  await openLibrary(page);
  await createProcess(page, 'Ansöka om parkeringstillstånd');
  await page.getByRole('button', { name: 'Metodguide' }).click();
  const guide = page.getByRole('complementary', { name: /Metodguide/ });
  const item = (name: string) => guide.getByRole('listitem').filter({ hasText: name });
  await expect(item('Syfte och kund')).toContainText('(att göra)');
  await expect(item('Mätetal')).toContainText('(att göra)');

  const spec = page.getByRole('complementary', { name: 'Egenskaper' });
  await spec.getByLabel('Syfte').fill('Att den som behöver parkera nära kan göra det.');
  await spec.getByLabel('Syfte').blur();
  await spec.getByRole('checkbox', { name: 'Invånare' }).check();
  await spec.getByLabel('Mätetal').fill('Ledtid: högst 2 veckor\nNöjd kund-index: minst 80');
  await spec.getByLabel('Mätetal').blur();
  await spec.getByLabel('Objekt in').fill('Ansökan, Läkarintyg');
  await spec.getByLabel('Objekt in').blur();
  await expect(item('Syfte och kund')).toContainText('(klart)');
  await expect(item('Mätetal')).toContainText('(klart)');
  await waitUntilSaved(page);

  await page.reload();
  await expect(spec.getByLabel('Mätetal')).toHaveValue(
    'Ledtid: högst 2 veckor\nNöjd kund-index: minst 80',
  );

  const text = await exportPdfText(page);
  expect(text).toContain('Ledtid: högst 2 veckor');
  expect(text).toContain('Ansökan, Läkarintyg');
});
