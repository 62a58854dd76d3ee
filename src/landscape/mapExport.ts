// The process map as a downloaded PDF. The PDF code (jsPDF) is loaded only here, on demand,
// so it stays out of the start-up bundle.
import type { Language, Translate } from '../platform/i18n/i18n';
import { involvementMatrix } from '../domain/analysis/involvement';
import type { Process, RegisterEntry } from '../domain/model/types';
import { fileNameFor } from '../formats/json/processFile';
import type { MapPdfInput } from '../formats/pdf/mapPdf';
import { downloadBlob } from '../ui/download';
import { MAP_CATEGORIES, mapGroups, mapRows } from '../domain/analysis/mapRows';

/** Everything the PDF prints, worded in the user's language. */
export function mapPdfInput(
  processes: readonly Process[],
  register: readonly RegisterEntry[],
  t: Translate,
  language: Language,
  now: Date,
): MapPdfInput {
  const date = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'medium',
  }).format(now);
  const groups = mapGroups(processes);
  const rows = mapRows(processes);
  const matrix = involvementMatrix(
    rows.map((r) => r.item),
    register,
  );
  return {
    language,
    bands: MAP_CATEGORIES.map((category) => ({
      heading: t(`landscape.${category}`),
      main: category === 'huvudprocess',
      groups: (groups.get(category) ?? []).map((g) => ({
        title: g.item.title,
        toBe: g.item.variant === 'onskat',
        toBes: g.toBes.map((p) => p.title),
      })),
    })),
    matrix: {
      rows: rows.map((r) => ({ title: r.item.title, toBe: r.toBe, nested: r.nested })),
      units: matrix.units.map((u) => ({ short: u.shortName, name: u.name, color: u.color })),
      cells: matrix.rows.map(({ cells }) =>
        matrix.units.map((u) => {
          const c = cells.get(u.id);
          if (!c) return null;
          return [
            t('matrix.cellSteps', { steps: c.steps }),
            t('matrix.cellHandovers', { handovers: c.handovers }),
          ];
        }),
      ),
      toBeLabel: t('landscape.toBe'),
    },
    words: {
      title: t('landscape.heading'),
      subtitle: t('landscape.pdfSubtitle', { date }),
      need: t('landscape.need'),
      value: t('landscape.value'),
      empty: t('landscape.empty'),
      toBe: t('landscape.toBe'),
      matrix: t('matrix.heading'),
      matrixHelp: t('matrix.help'),
      matrixEmpty: t('matrix.empty'),
      process: t('matrix.process'),
      part: t('landscape.pdfPart', {
        from: '{from}',
        to: '{to}',
        rows: '{rows}',
        first: '{first}',
        last: '{last}',
        units: '{units}',
      }),
      page: t('landscape.pdfPage', { page: '{page}', pages: '{pages}' }),
      creator: t('app.name'),
      footer: t('landscape.pdfFooter', { date }),
    },
  };
}

export async function exportMapPdf(
  processes: readonly Process[],
  register: readonly RegisterEntry[],
  t: Translate,
  language: Language,
): Promise<void> {
  const now = new Date();
  const input = mapPdfInput(processes, register, t, language, now);
  const { buildMapPdf } = await import('../formats/pdf/mapPdf');
  const blob = await buildMapPdf(input);
  const day = now.toISOString().slice(0, 10);
  downloadBlob(fileNameFor(t('landscape.pdfFile', { date: day }), 'pdf'), blob);
}
