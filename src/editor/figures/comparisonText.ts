// The as-is/to-be comparison in words, for the comparison screen and the PDF page alike.
import type { Translate } from '../../platform/i18n/i18n';
import type { Comparison } from '../../domain/analysis/compare';
import type { KeyFigures } from '../../domain/analysis/keyFigures';
import type { PdfLabels } from '../../formats/pdf/pdfTypes';
import { formatMinutes } from './figureRows';

export function comparisonRows(t: Translate, c: Comparison): [string, string, string][] {
  const lead = (k: KeyFigures) => (k.longest ? formatMinutes(t, k.longest.minutes) : '–');
  const { before: b, after: a } = c;
  return [
    [t('figures.handovers'), String(b.handovers), String(a.handovers)],
    [t('figures.customerContacts'), String(b.customerContacts), String(a.customerContacts)],
    [t('figures.unitsInvolved'), String(b.unitsInvolved), String(a.unitsInvolved)],
    [t('figures.leadTime'), lead(b), lead(a)],
    [t('figures.backAndForth'), String(b.backAndForth), String(a.backAndForth)],
    [t('figures.activities'), String(b.activities), String(a.activities)],
  ];
}

export interface ChangeGroup {
  title: string;
  items: string[];
}

export function changeGroups(
  t: Translate,
  c: Comparison,
  unit: (id: string) => string,
): ChangeGroup[] {
  return [
    { title: t('compare.removed'), items: c.removed.map((s) => s.label) },
    { title: t('compare.added'), items: c.added.map((s) => s.label) },
    {
      title: t('compare.moved'),
      items: c.movedUnit.map((m) =>
        t('compare.movedItem', { step: m.step.label, from: unit(m.fromUnit), to: unit(m.toUnit) }),
      ),
    },
    {
      title: t('compare.relabelled'),
      items: c.relabelled.map((r) =>
        t('compare.relabelledItem', { before: r.before.label, after: r.after.label }),
      ),
    },
  ];
}

export function comparisonForPdf(
  t: Translate,
  c: Comparison,
  unit: (id: string) => string,
): NonNullable<PdfLabels['comparison']> {
  const groups = changeGroups(t, c, unit).filter((g) => g.items.length > 0);
  return {
    heading: t('compare.heading'),
    columns: [t('compare.figure'), t('compare.asIs'), t('compare.toBe')],
    rows: comparisonRows(t, c),
    changesHeading: t('compare.changes'),
    changes: groups.length
      ? groups.flatMap((g) => g.items.map((item) => `${g.title}: ${item}`))
      : [t('compare.noChanges')],
  };
}
