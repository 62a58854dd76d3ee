// Journey: the flow as numbered text — read beside the diagram, edited there, downloaded, and
// printed as the PDF's appendix.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures/guard';
import { exportPdfText, importFile, openLibrary, waitUntilSaved } from './pages/library';

const FIXTURE = 'e2e/fixtures/forskoleplats.json';
const TITLE = 'Ansöka om förskoleplats';

/** What the text view of the fixture says, word for word (as the unit test has it too). */
const EXPECTED = `Ansöka om förskoleplats

1. Behov: Behöver förskoleplats till hösten – Invånare
2. Aktivitet: Läser om förskolor på webben – Invånare
3. Aktivitet: Ansöker i e-tjänsten – Invånare
4. Aktivitet: Registrerar ansökan – Barn- och utbildningsförvaltningen
   Underlag: Ansökan
5. Beslut: Komplett ansökan? – Barn- och utbildningsförvaltningen. Ja → 6, Nej → 7
6. Väntan: Väntar i kö – Barn- och utbildningsförvaltningen. → 8
   Problem: Kön syns inte för vårdnadshavaren
7. Aktivitet: Begär komplettering – Barn- och utbildningsförvaltningen. → 9
8. Aktivitet: Fördelar plats enligt turordning – Barn- och utbildningsförvaltningen. → 10
9. Aktivitet: Kompletterar ansökan – Invånare. Tillbaka till 4
10. Aktivitet: Skickar erbjudande – Barn- och utbildningsförvaltningen
    Underlag: Erbjudande om plats
11. Beslut: Tackar ja? – Invånare. Ja → 12, Nej → 13
12. Aktivitet: Tackar ja i e-tjänsten – Invånare. → 14
13. Aktivitet: Tackar nej och står kvar i kö – Invånare. Tillbaka till 6
14. Aktivitet: Lägger upp placering – Barn- och utbildningsförvaltningen. → 15, → 16
15. Aktivitet: Beräknar avgift – Kommunstyrelseförvaltningen. → 17
    Problem: Inkomstuppgift saknas ofta
    Förbättringsförslag: Hämta inkomst automatiskt med samtycke
16. Aktivitet: Ordnar plats i lokalen – Tekniska förvaltningen. → 18
17. Aktivitet: Skickar första fakturan – Kommunstyrelseförvaltningen. → 18, → 19
18. Aktivitet: Inskolning – Barn- och utbildningsförvaltningen. → 20
19. Aktivitet: Prövar nedsättning vid behov – Arbete- och välfärdsförvaltningen. Flödet slutar här
20. Resultat: Barnet går i förskolan – Invånare
`;

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

async function openFixtureTextView(page: Page) {
  await openLibrary(page);
  await importFile(page, FIXTURE);
  // Import validates, stores and lays out: on a busy shared machine more than the usual 5 s.
  await expect(page.getByRole('main', { name: `Redigerare: ${TITLE}` })).toBeVisible({
    timeout: 20_000,
  });
  const toggle = page.getByRole('button', { name: 'Textvy', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  return page.getByRole('region', { name: 'Flödet som text' });
}

/** The numbered entry of the text view, found by its number. */
const entry = (view: ReturnType<Page['getByRole']>, n: number) =>
  view.getByRole('listitem').filter({ hasText: new RegExp(`^${n}\\.`) });

test('the text view reads the flow in order, numbered, with decisions and their outcomes', async ({
  page,
}) => {
  const view = await openFixtureTextView(page);
  const steps = view
    .getByRole('list')
    .first()
    .getByRole('listitem')
    .filter({ hasText: /^\d+\./ });
  await expect(steps).toHaveCount(20);
  await expect(entry(view, 1)).toContainText('Behov: Behöver förskoleplats till hösten – Invånare');
  await expect(entry(view, 5)).toContainText(
    'Beslut: Komplett ansökan? – Barn- och utbildningsförvaltningen. Ja → 6, Nej → 7',
  );
  await expect(entry(view, 9)).toContainText('Kompletterar ansökan – Invånare. Tillbaka till 4');
  await expect(entry(view, 4).getByRole('listitem')).toHaveText('Underlag: Ansökan');

  // Choosing a step in the text selects it in the diagram (its properties open).
  await entry(view, 15).getByRole('link', { name: 'Beräknar avgift' }).click();
  await expect(
    page.getByRole('complementary', { name: 'Egenskaper' }).getByLabel('Text', { exact: true }),
  ).toHaveValue('Beräknar avgift');
  await expect(
    page.getByRole('group', {
      name: /^Aktivitet: Beräknar avgift, i Kommunstyrelseförvaltningen,/,
    }),
  ).toBeVisible();

  // The same text, downloaded: word for word.
  const downloading = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Ladda ner som text' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${TITLE}.txt`);
  expect(await readFile(await download.path(), 'utf8')).toBe(EXPECTED);

  await view.getByRole('button', { name: 'Stäng textvyn' }).click();
  await expect(view).toBeHidden();
  await expect(page.getByRole('button', { name: 'Textvy', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('a step renamed and an outcome reworded in the text view show on the canvas and stay after a reload', async ({
  page,
}) => {
  const view = await openFixtureTextView(page);
  await view.getByRole('button', { name: 'Ändra steg 4' }).click();
  await view.getByLabel('Namn på steg 4').fill('Registrerar ansökan i systemet');
  await view.getByRole('button', { name: 'Spara' }).click();
  await expect(view.getByRole('button', { name: 'Ändra steg 4' })).toBeFocused();
  await expect(entry(view, 4)).toContainText(
    'Aktivitet: Registrerar ansökan i systemet – Barn- och utbildningsförvaltningen',
  );

  await view.getByRole('button', { name: 'Ändra steg 5' }).click();
  await expect(view.getByLabel('Namn på steg 5')).toHaveValue('Komplett ansökan?');
  await expect(view.getByLabel('Utfall till steg 7')).toHaveValue('Nej');
  await view.getByLabel('Utfall till steg 7').fill('Saknar uppgifter');
  await view.getByLabel('Utfall till steg 7').press('Enter');
  await expect(entry(view, 5)).toContainText('Ja → 6, Saknar uppgifter → 7');

  // Escape leaves an edit without changing anything.
  await view.getByRole('button', { name: 'Ändra steg 6' }).click();
  await view.getByLabel('Namn på steg 6').fill('Något annat');
  await view.getByLabel('Namn på steg 6').press('Escape');
  await expect(entry(view, 6)).toContainText('Väntan: Väntar i kö');

  await entry(view, 4).getByRole('link', { name: 'Registrerar ansökan i systemet' }).click();
  const renamed = page.getByRole('group', {
    name: /^Aktivitet: Registrerar ansökan i systemet, i Barn- och utbildningsförvaltningen,/,
  });
  await expect(renamed).toBeVisible();
  // The canvas draws only what is in view: go to the outcome's step first.
  await entry(view, 7).getByRole('link', { name: 'Begär komplettering' }).click();
  await expect(page.getByText('Saknar uppgifter', { exact: true })).toBeVisible();
  await waitUntilSaved(page);

  await page.reload();
  await expect(page.getByRole('main', { name: `Redigerare: ${TITLE}` })).toBeVisible();
  await page.getByRole('button', { name: 'Textvy', exact: true }).click();
  const again = page.getByRole('region', { name: 'Flödet som text' });
  await expect(entry(again, 4)).toContainText('Registrerar ansökan i systemet');
  await expect(entry(again, 5)).toContainText('Ja → 6, Saknar uppgifter → 7');
  await entry(again, 4).getByRole('link', { name: 'Registrerar ansökan i systemet' }).click();
  await expect(renamed).toBeVisible();
});

test('the PDF carries the text view as an appendix, unless it is turned off', async ({ page }) => {
  await openFixtureTextView(page);
  const text = squeeze(await exportPdfText(page));
  expect(text).toContain('Bilaga: Flödet som text');
  // The PDF's embedded font has the arrow.
  for (const line of [
    '1. Behov: Behöver förskoleplats till hösten – Invånare',
    '5. Beslut: Komplett ansökan? – Barn- och utbildningsförvaltningen. Ja → 6, Nej → 7',
    '9. Aktivitet: Kompletterar ansökan – Invånare. Tillbaka till 4',
    'Underlag: Erbjudande om plats',
    '19. Aktivitet: Prövar nedsättning vid behov – Arbete- och välfärdsförvaltningen. Flödet slutar här',
    '20. Resultat: Barnet går i förskolan – Invånare',
  ])
    expect(text).toContain(line);

  await page.getByRole('button', { name: 'Exportera' }).click();
  await page.getByRole('menuitem', { name: /PDF/ }).click();
  const dialog = page.getByRole('dialog', { name: /PDF/ });
  const option = dialog.getByRole('checkbox', { name: 'Textversion av flödet som bilaga' });
  await expect(option).toBeChecked();
  await option.uncheck();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exportera' }).click();
  const path = await (await downloading).path();
  const without = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
  });
  expect(without).toContain('Komplett ansökan?');
  expect(without).not.toContain('Bilaga: Flödet som text');
});

test('the text view, reading and editing, has no serious accessibility violations', async ({
  page,
}) => {
  const view = await openFixtureTextView(page);
  const scan = async () => {
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .include('.text-view')
      .analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  };
  await entry(view, 5).getByRole('link', { name: 'Komplett ansökan?' }).click();
  expect(await scan()).toEqual([]);
  await view.getByRole('button', { name: 'Ändra steg 5' }).click();
  await expect(view.getByLabel('Namn på steg 5')).toBeFocused();
  expect(await scan()).toEqual([]);
});
