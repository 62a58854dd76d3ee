// draw.io (.drawio, draw.io .xml) into process files, one per page, each passed by the caller
// through the one load gate. Refuses with a reason, never throws.
import { wellFormedData } from '../svg/text';
import { readCells } from './cells';
import { convertPage, type PageResult } from './convertPage';
import { pageModel, readDrawioPages, type DrawioError } from './pages';

export { listDrawioPages } from './pages';
export type { DrawioError };
export type { Guessed, Simplified, SimplifiedReason } from './report';

export interface DrawioImportOptions {
  now?: Date;
  /** The file's name without extension: the title, with the page's name when there are several. */
  title: string;
  defaultLaneName: string;
  /** Which pages (by index); all when absent. */
  pages?: readonly number[];
}

export interface ImportedPage extends PageResult {
  page: string;
}

export type DrawioImportResult =
  | { ok: true; pages: ImportedPage[] }
  | { ok: false; error: DrawioError | 'tooManyCells'; page?: string; detail?: string };

export function importDrawio(text: string, options: DrawioImportOptions): DrawioImportResult {
  try {
    return convert(text, options);
  } catch (error) {
    // Whatever a crafted file still manages to break is refused with a reason, never thrown.
    return { ok: false, error: 'notDrawio', detail: String(error).slice(0, 200) };
  }
}

function convert(text: string, options: DrawioImportOptions): DrawioImportResult {
  const read = readDrawioPages(text);
  if (!read.ok) return read;
  const several = read.pages.length > 1;
  const wanted = options.pages ?? read.pages.map((_, i) => i);
  const pages: ImportedPage[] = [];
  for (const index of wanted) {
    const page = read.pages[index];
    if (!page) continue;
    const model = pageModel(page);
    if (!model.ok) return { ...model, page: page.name };
    const cells = readCells(model.model);
    if (!cells) return { ok: false, error: 'tooManyCells', page: page.name };
    const title = several ? `${options.title} – ${page.name}` : options.title || page.name;
    const result = convertPage(cells, {
      title,
      now: options.now,
      defaultLaneName: options.defaultLaneName,
    });
    // A label with half a surrogate pair would make encoders throw: U+FFFD instead.
    pages.push({ ...result, file: wellFormedData(result.file), page: page.name });
  }
  if (pages.length === 0) return { ok: false, error: 'empty' };
  return { ok: true, pages };
}
