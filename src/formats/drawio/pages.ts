// A draw.io file's pages: <mxfile> holds one <diagram> per page, whose content is a plain
// <mxGraphModel> or draw.io's default, a compressed one (see inflate.ts). A bare <mxGraphModel>
// (copied out of draw.io) is one page.
import { inflatePage } from './inflate';
import { MAX_DRAWIO_CHARS, MAX_PAGES } from './limits';
import { attr, children, parseXml, type XmlError, type XmlNode } from './xml';

export type DrawioError =
  XmlError | 'tooLarge' | 'notDrawio' | 'empty' | 'tooManyPages' | 'bomb' | 'corrupt';

export interface DrawioPage {
  name: string;
  /** The page's <mxGraphModel>, parsed; or the compressed text, inflated on demand. */
  model?: XmlNode;
  compressed?: string;
}

export type PagesResult = { ok: true; pages: DrawioPage[] } | { ok: false; error: DrawioError };

export function readDrawioPages(text: string): PagesResult {
  if (text.length > MAX_DRAWIO_CHARS) return { ok: false, error: 'tooLarge' };
  if (text.trim() === '') return { ok: false, error: 'empty' };
  const parsed = parseXml(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return parsed;
  const bare = children(parsed.root, 'mxGraphModel')[0];
  if (bare) return { ok: true, pages: [{ name: '', model: bare }] };
  const file = children(parsed.root, 'mxfile')[0];
  if (!file) return { ok: false, error: 'notDrawio' };
  const diagrams = children(file, 'diagram');
  if (diagrams.length === 0) return { ok: false, error: 'empty' };
  if (diagrams.length > MAX_PAGES) return { ok: false, error: 'tooManyPages' };
  const pages = diagrams.map((d, i): DrawioPage => {
    const name = attr(d, 'name').trim().slice(0, 200) || `${i + 1}`;
    const model = children(d, 'mxGraphModel')[0];
    if (model) return { name, model };
    const content = d['#text'];
    return { name, compressed: typeof content === 'string' ? content.trim() : '' };
  });
  return { ok: true, pages };
}

/** Names of the pages, for the picker. */
export function listDrawioPages(
  text: string,
): { ok: true; names: string[] } | { ok: false; error: DrawioError } {
  const read = readDrawioPages(text);
  return read.ok ? { ok: true, names: read.pages.map((p) => p.name) } : read;
}

/** The page's <mxGraphModel>, inflating and parsing a compressed page with the same checks. */
export function pageModel(
  page: DrawioPage,
): { ok: true; model: XmlNode } | { ok: false; error: DrawioError } {
  if (page.model) return { ok: true, model: page.model };
  if (!page.compressed) return { ok: false, error: 'empty' };
  const inflated = inflatePage(page.compressed);
  if (!inflated.ok) return inflated;
  const parsed = parseXml(inflated.xml);
  if (!parsed.ok) return parsed;
  const model = children(parsed.root, 'mxGraphModel')[0];
  return model ? { ok: true, model } : { ok: false, error: 'notDrawio' };
}
