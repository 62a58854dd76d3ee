import { describe, expect, it } from 'vitest';
import { translate } from '../../platform/i18n/i18n';
import { DEFAULT_REGISTER } from '../../domain/register/defaultRegister';
import { newProcess } from '../../domain/model/factories';
import { planTablePaste, tableFileToProcess } from '../../formats/table/importTable';
import { noticeDetails, tableErrorMessage } from './tableMessages';

const sv = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('sv', key, params);
const plan = (text: string) => {
  const p = planTablePaste(newProcess('T'), DEFAULT_REGISTER, text, { defaultLane: { name: 'X' } });
  if (!p.ok) throw new Error(p.error);
  return p.notice;
};

describe('the table notice', () => {
  it('says the columns were guessed, and which', () => {
    const text = 'Kundtjänst\tTar emot\t5 min\nSocialtjänsten\tUtreder\t3 veckor';
    expect(noticeDetails(plan(text), sv)).toBe(
      'Kolumnerna gissades utan rubrikrad: 1 Enhet, 2 Aktivitet, 3 Tid. ' +
        'Nya simbanor: Kundtjänst, Socialtjänsten. ' +
        'Nya i organisationsregistret: Kundtjänst, Socialtjänsten.',
    );
  });

  it('lists what was skipped, unreadable or not found', () => {
    const text = [
      'Steg;Tid;Kostnad;Nästa;Typ',
      'Ta emot;ca en vecka;100;9;Blankettgrej',
      ';;200;;',
      'Granska;15;;;',
    ].join('\n');
    expect(noticeDetails(plan(text), sv)).toBe(
      [
        'Kolumner: 1 Aktivitet, 2 Tid, 4 Nästa, 5 Typ.',
        'Ignorerade kolumner: Kostnad.',
        '1 rader utan aktivitet hoppades över.',
        'Tider som inte kunde läsas: 2: ca en vecka.',
        '1 tider utan enhet lästes som minuter.',
        'Okända typer blev aktiviteter: Blankettgrej.',
        'Nästa-mål som inte hittades: 2: 9.',
        'Nya simbanor: X.',
        'Nya i organisationsregistret: X.',
      ].join(' '),
    );
  });

  it('a file says what the register gained, not that every lane of the new process is new', () => {
    const bytes = new TextEncoder().encode('Enhet;Steg\nInvånare;Ansöker\nBygglovsenheten;Prövar');
    const file = tableFileToProcess(bytes, {
      title: 'T',
      register: DEFAULT_REGISTER,
      defaultLaneName: 'X',
    });
    if (!file.ok) throw new Error(file.error);
    expect(noticeDetails(file.notice, sv)).toBe(
      'Kolumner: 1 Enhet, 2 Aktivitet. Nya i organisationsregistret: Bygglovsenheten.',
    );
  });

  it('a refusal names its limit and row', () => {
    const m = tableErrorMessage({ ok: false, error: 'cellTooLong', row: 7 });
    expect(sv(m.key as never, m.params)).toBe(
      'En cell på rad 7 är längre än 5\u00a0000 tecken. Inget har ändrats.',
    );
  });
});
