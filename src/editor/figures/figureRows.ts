// The key figures as rows of words and numbers, for the panel and the PDF alike.
import type { Translate } from '../../platform/i18n/i18n';
import type { KeyFigures } from '../../domain/analysis/keyFigures';

/** Minutes as a person says them: minutes, hours, or (calendar) days. */
export function formatMinutes(t: Translate, minutes: number): string {
  const round = (v: number) => Math.round(v * 10) / 10;
  if (minutes >= 24 * 60) return t('figures.days', { value: round(minutes / (24 * 60)) });
  if (minutes >= 60) return t('figures.hours', { value: round(minutes / 60) });
  return t('figures.minutes', { value: round(minutes) });
}

export function leadTimeText(t: Translate, k: KeyFigures): string {
  if (!k.longest || !k.shortest) return t('figures.noLeadTime');
  if (k.longest.minutes === k.shortest.minutes) return formatMinutes(t, k.longest.minutes);
  return t('figures.leadTimeRange', {
    shortest: formatMinutes(t, k.shortest.minutes),
    longest: formatMinutes(t, k.longest.minutes),
  });
}

export function figureRows(t: Translate, k: KeyFigures): [string, string][] {
  const share =
    k.longest && k.longest.minutes > 0
      ? t('figures.percent', {
          value: Math.round((100 * k.longest.valueAddingMinutes) / k.longest.minutes),
        })
      : '–';
  return [
    [t('figures.handovers'), String(k.handovers)],
    [t('figures.acrossOrganisations'), String(k.handoversAcrossOrganisations)],
    [t('figures.customerContacts'), String(k.customerContacts)],
    [t('figures.unitsInvolved'), String(k.unitsInvolved)],
    [t('figures.leadTime'), leadTimeText(t, k)],
    [t('figures.valueAdding'), share],
    [t('figures.backAndForth'), String(k.backAndForth)],
    [t('figures.activities'), String(k.activities)],
    [t('figures.decisions'), String(k.decisions)],
    [t('figures.lanesUsed'), String(k.lanesUsed)],
    [t('figures.problems'), String(k.problems)],
    [t('figures.improvements'), String(k.improvements)],
  ];
}
