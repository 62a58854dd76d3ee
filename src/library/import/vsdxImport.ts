// A Visio drawing goes through its converter (loaded on demand): every page with steps becomes a
// process of its own, imported like our own files; the notice says what was brought in and what
// was simplified. A refused file changes nothing stored.
import { useLanguage, type MessageKey } from '../../platform/i18n/i18n';
import { navigate, processPath } from '../../platform/router';
import { services } from '../../state/services';
import { useSessionStore } from '../../state/sessionStore';
import type { Simplified } from '../../formats/vsdx/importVsdx';
import { importErrorMessage, importTranslator, readBytes } from './importMessages';

export async function importVsdxFile(file: File): Promise<void> {
  const { showAlert, showToast } = useSessionStore.getState();
  const t = importTranslator();
  const bytes = await readBytes(file);
  if (!bytes) return;
  const { importVsdx } = await import('../../formats/vsdx/importVsdx');
  const converted = importVsdx(bytes, {
    title: file.name.replace(/\.vsdx$/i, ''),
    defaultLaneName: t('vsdx.defaultLane'),
  });
  if (!converted.ok) {
    showAlert({ key: `vsdx.error.${converted.error}`, params: { file: file.name } });
    return;
  }
  const ids: string[] = [];
  for (const p of converted.processes) {
    const result = await services().importProcessFile(JSON.stringify(p.file));
    if (!result.ok) {
      showAlert(importErrorMessage(result.error, file.name));
      if (ids[0]) navigate(processPath(ids[0]));
      return;
    }
    ids.push(result.id);
  }
  // The notice speaks of the page shown; other pages' notes are about the file as a whole.
  const first = converted.processes[0]!;
  const notes = [...first.simplified, ...converted.pageNotes];
  const params = {
    file: file.name,
    steps: first.counts.steps,
    lanes: first.counts.lanes,
    connections: first.counts.connections,
    pages: ids.length > 1 ? t('vsdx.pages', { count: ids.length }) : '',
  };
  showToast(
    notes.length > 0
      ? {
          key: 'vsdx.simplified',
          params: {
            ...params,
            list: describe(
              notes,
              t,
              useLanguage.getState().language === 'sv' ? ['”', '”'] : ['“', '”'],
            ),
          },
          sticky: true,
        }
      : { key: 'vsdx.done', params },
  );
  navigate(processPath(ids[0]!));
}

/** "3 connectors … were left out; 2 shapes … became activities (A, B)": one clause per reason. */
function describe(
  notes: readonly Simplified[],
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  [open, close]: readonly [string, string],
): string {
  const byReason = new Map<Simplified['reason'], string[]>();
  for (const n of notes) byReason.set(n.reason, [...(byReason.get(n.reason) ?? []), n.name]);
  return [...byReason]
    .map(([reason, names]) => {
      const shown = names.filter(Boolean).slice(0, 4);
      const list = `${shown.map((n) => `${open}${n}${close}`).join(', ')}${names.length > shown.length ? ' …' : ''}`;
      return t(`vsdx.reason.${reason}` as MessageKey, { count: names.length, list });
    })
    .join('; ');
}
