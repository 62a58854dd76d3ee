// A Visio drawing (.vsdx) into process files, one per page, which the caller passes through the
// one load gate like any import. Caps come before any parsing (zip.ts, xml.ts); whatever the
// file still manages to break is refused with a reason, never thrown.
import { newId } from '../../domain/model/ids';
import type { Lane, RegisterEntry } from '../../domain/model/types';
import { CURRENT_FORMAT_VERSION } from '../../domain/schema/process';
import { laneEntries } from '../laneEntries';
import { wellFormedData } from '../svg/text';
import { laneIdOf } from './layout';
import { MAX_PAGES, readMasters, readPages } from './package';
import { convertPage, type PageResult, type Simplified } from './page';
import { TooManyShapes } from './shapes';
import { VsdxXmlError } from './xml';
import { readZipParts, type ZipError } from './zip';

export type { Simplified };

export type VsdxImportError =
  ZipError | 'notVisio' | 'doctype' | 'tooDeep' | 'notXml' | 'tooManyShapes' | 'empty';

export interface VsdxProcess {
  file: unknown;
  pageName: string;
  /** False: the page had no swimlanes and all its shapes went into one lane. */
  hasLanes: boolean;
  simplified: Simplified[];
  counts: { lanes: number; steps: number; connections: number };
}

export type VsdxImportResult =
  | { ok: false; error: VsdxImportError }
  | { ok: true; processes: VsdxProcess[]; pageNotes: (Simplified & { page: string })[] };

export interface VsdxImportOptions {
  now?: Date;
  /** The file's name without extension: the title when the drawing names none. */
  title?: string;
  /** The one lane of a page without swimlanes. */
  defaultLaneName?: string;
}

export function importVsdx(data: Uint8Array, options: VsdxImportOptions = {}): VsdxImportResult {
  try {
    return convert(data, options);
  } catch (error) {
    if (error instanceof VsdxXmlError)
      return { ok: false, error: error.reason === 'tooLarge' ? 'tooLarge' : error.reason };
    if (error instanceof TooManyShapes) return { ok: false, error: 'tooManyShapes' };
    // A crafted file that breaks something unforeseen is refused like one that is broken.
    return { ok: false, error: 'broken' };
  }
}

function convert(data: Uint8Array, options: VsdxImportOptions): VsdxImportResult {
  const zip = readZipParts(data);
  if (!zip.ok) return zip;
  const pages = readPages(zip.parts);
  if (!pages) return { ok: false, error: 'notVisio' };
  const masters = readMasters(zip.parts);
  const processes: VsdxProcess[] = [];
  const pageNotes: (Simplified & { page: string })[] = [];
  const foreground = pages.filter((p) => {
    if (p.background) pageNotes.push({ reason: 'backgroundPage', name: p.name, page: p.name });
    return !p.background;
  });
  foreground.forEach((page, index) => {
    if (index >= MAX_PAGES) {
      pageNotes.push({ reason: 'tooManyPages', name: page.name, page: page.name });
      return;
    }
    const xml = page.xml;
    const result = xml ? convertPage(xml, masters) : undefined;
    if (!result || result.placed.steps.length === 0) {
      pageNotes.push({ reason: 'emptyPage', name: page.name, page: page.name });
      return;
    }
    const title =
      result.title || (foreground.length > 1 ? `${options.title ?? 'Visio'} – ${page.name}` : '');
    processes.push(toProcess(result, page.name, title || options.title || page.name, options));
  });
  if (processes.length === 0) return { ok: false, error: 'empty' };
  return { ok: true, processes, pageNotes };
}

function toProcess(
  result: PageResult,
  pageName: string,
  title: string,
  options: VsdxImportOptions,
): VsdxProcess {
  const { placed, connections } = result;
  const register: RegisterEntry[] = [];
  const entryFor = laneEntries();
  const lanes: Lane[] = placed.lanes.map((lane, i) => {
    const name = (lane.name || options.defaultLaneName || `Lane ${i + 1}`).slice(0, 500);
    const id = laneIdOf(lane);
    register.push(entryFor(`r-${id}`, name));
    return { id, registerId: `r-${id}`, height: lane.height };
  });
  const hasLanes = result.lanes.length > 0;
  const now = (options.now ?? new Date()).toISOString();
  const file = wellFormedData({
    formatVersion: CURRENT_FORMAT_VERSION,
    application: 'Visio',
    process: {
      id: newId('p'),
      title: title.slice(0, 500),
      category: 'huvudprocess',
      status: 'utkast',
      variant: 'nulage',
      createdAt: now,
      changedAt: now,
      lanes,
      steps: placed.steps,
      connections,
    },
    register,
  });
  const simplified: Simplified[] = hasLanes
    ? result.simplified
    : [{ reason: 'noLanes', name: pageName }, ...result.simplified];
  return {
    file,
    pageName,
    hasLanes,
    simplified,
    counts: { lanes: lanes.length, steps: placed.steps.length, connections: connections.length },
  };
}
