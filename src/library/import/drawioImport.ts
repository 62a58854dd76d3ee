// draw.io files: one page is imported at once; several pages wait for the page picker
// (DrawioPagesDialog), and each picked page becomes a process of its own. Every page goes
// through the same import as our own files; the notice says what was guessed and simplified.
import { navigate, processPath } from '../../platform/router';
import { translate, useLanguage, type MessageKey } from '../../platform/i18n/i18n';
import type { Guessed, ImportedPage, Simplified } from '../../formats/drawio/importDrawio';
import { MAX_DRAWIO_CHARS, MAX_DRAWIO_DEPTH, MAX_PAGES } from '../../formats/drawio/limits';
import { services } from '../../state/services';
import { useSessionStore } from '../../state/sessionStore';
import { useDrawioPages } from './drawioPagesStore';
import { importErrorMessage } from './importMessages';

const MAX = {
  tooLarge: MAX_DRAWIO_CHARS / 1024 / 1024,
  tooDeep: MAX_DRAWIO_DEPTH,
  tooManyPages: MAX_PAGES,
};

function refuse(file: string, error: string, page = '') {
  const max = (MAX as Record<string, number>)[error] ?? '';
  useSessionStore
    .getState()
    .showAlert({ key: `drawio.error.${error}`, params: { file, max, page } });
}

const baseName = (name: string) => name.replace(/(\.drawio)?\.(xml|drawio|dio)$/i, '');

export async function importDrawioFile(name: string, text: string): Promise<void> {
  const { listDrawioPages } = await import('../../formats/drawio/importDrawio');
  const listed = listDrawioPages(text);
  if (!listed.ok) return refuse(name, listed.error);
  if (listed.names.length === 1) return importDrawioPages(name, text, [0]);
  useDrawioPages.getState().ask({ file: name, text, pages: listed.names });
}

export async function importDrawioPages(
  name: string,
  text: string,
  pages: number[],
): Promise<void> {
  const { showAlert, showToast } = useSessionStore.getState();
  const language = useLanguage.getState().language;
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(language, key, params);
  const { importDrawio } = await import('../../formats/drawio/importDrawio');
  const converted = importDrawio(text, {
    title: baseName(name),
    defaultLaneName: t('drawio.defaultLane'),
    pages,
  });
  if (!converted.ok) return refuse(name, converted.error, converted.page);
  const ids: string[] = [];
  for (const page of converted.pages) {
    const result = await services().importProcessFile(JSON.stringify(page.file));
    if (!result.ok) return showAlert(importErrorMessage(result.error, name));
    ids.push(result.id);
  }
  const done =
    ids.length === 1
      ? t('drawio.done', { title: (converted.pages[0]!.file as Titled).process.title })
      : t('drawio.doneMany', { file: name, count: ids.length });
  const notes = details(converted.pages, t);
  showToast({ key: 'drawio.notice', params: { done, details: notes }, sticky: notes !== '' });
  // Another file still waiting for its pages to be picked keeps the library (and its picker) open.
  if (ids.length === 1 && useDrawioPages.getState().queue.length === 0)
    navigate(processPath(ids[0]!));
}

interface Titled {
  process: { title: string };
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** "Beslut 4, Underlag 1" and "groups dissolved: 1 (…)", as sentences; '' when nothing. */
function details(pages: readonly ImportedPage[], t: T): string {
  const guessed = new Map<string, number>();
  const byPosition: string[] = [];
  for (const g of pages.flatMap((p): Guessed[] => p.guessed)) {
    if (g.kind === 'lane') {
      byPosition.push(g.name);
      continue;
    }
    const label = t(`kind.${g.kind}`);
    guessed.set(label, (guessed.get(label) ?? 0) + 1);
  }
  const simplified = new Map<string, Simplified[]>();
  for (const s of pages.flatMap((p) => p.simplified)) {
    const list = simplified.get(s.reason);
    if (list) list.push(s);
    else simplified.set(s.reason, [s]);
  }
  const parts: string[] = [];
  if (guessed.size > 0) {
    const list = [...guessed].map(([label, n]) => `${label} ${n}`).join(', ');
    parts.push(t('drawio.guessed', { list }));
  }
  if (byPosition.length > 0)
    parts.push(t('drawio.laneByPosition', { count: byPosition.length, list: quoted(byPosition) }));
  if (simplified.size > 0) {
    const list = [...simplified]
      .map(([reason, items]) => {
        const names = quoted(items.map((i) => i.name));
        return `${t(`drawio.reason.${reason}` as MessageKey)} ${items.length}${names ? ` (${names})` : ''}`;
      })
      .join('; ');
    parts.push(t('drawio.simplified', { list }));
  }
  return parts.join(' ');
}

/** The first three names in quotes, "…" for more; '' when none has a name. */
function quoted(names: readonly string[]): string {
  const named = names.filter(Boolean);
  const shown = named.slice(0, 3).map((n) => `”${n.slice(0, 40)}”`);
  return shown.join(', ') + (named.length > 3 ? ' …' : '');
}
