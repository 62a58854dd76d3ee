// Reading a moddle element the way every handler needs it: its name, references, a safe id, and
// the <fv:data> record our own exports put on it.
import { parseJsonSafely } from '../../../domain/load/safeJson';
import { newId } from '../../../domain/model/ids';
import { MAX_BPMN_CHARS } from '../../importLimits';
import { list, type El } from '../moddle';

const VALID_ID = /^[A-Za-z_][\w.-]{0,99}$/;

export function nameOf(el: El | undefined): string {
  return typeof el?.name === 'string' ? el.name.replace(/\s+/g, ' ').trim() : '';
}

export function refId(ref: unknown): string {
  return String((ref as El | undefined)?.id ?? '');
}

/** A file's id where it is one we can keep, else a new one. */
export function safeId(id: unknown, prefix: string): string {
  return typeof id === 'string' && VALID_ID.test(id) ? id : newId(prefix);
}

/** Every flow element, also inside sub-processes, and the artifacts beside them. */
export function* allFlowElements(container: El): Generator<El> {
  for (const el of list(container.flowElements)) {
    yield el;
    yield* allFlowElements(el);
  }
  for (const el of list(container.artifacts)) yield el;
}

/** Our own record on an element, if it carries one (and it parses). */
export function readFv(el: El | undefined): Record<string, unknown> | undefined {
  return readFvAll(el)[0];
}

/** Every record of one kind on an element: a process also keeps its lanes outside a laneSet. */
export function readFvRecords(el: El | undefined, record: string): Record<string, unknown>[] {
  return readFvAll(el).filter((r) => r.record === record);
}

function readFvAll(el: El | undefined): Record<string, unknown>[] {
  const ext = el?.extensionElements as El | undefined;
  return list(ext?.values).flatMap((data) => {
    if (data.$type !== 'fv:Data' || typeof data.json !== 'string') return [];
    const parsed = parseJsonSafely(data.json, MAX_BPMN_CHARS);
    const value = parsed.ok ? parsed.value : undefined;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? [value as Record<string, unknown>]
      : [];
  });
}
