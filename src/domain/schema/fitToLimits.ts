// Brings a process within the schema's limits: strings cut to their length, numbers clamped,
// lists cut to their count, bidi controls taken out of titles and labels. Used by every edit
// (applyOperation), by the load gate and by the write path, so a value the schema would refuse
// on the next read is never kept. Returns the same objects where nothing had to change, so a
// keystroke in a 5,000-step process checks the one step it touched, not all of them.
//
// Defensive about types: prepareForWrite and the recovery view pass rows that failed the schema,
// so a field may hold anything; what is not of the expected type is left for the schema to judge.
import type { Connection, Duration, Lane, ListItem, Process, Step } from '../model/types';
import { stripBidiControls } from '../text/bidi';
import { LIMITS } from './limits';

/** The text cut to `max` UTF-16 units (as zod and maxLength count) without halving a pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** A label, title or name as stored: no bidi controls, at most LIMITS.label long. */
export function cleanLabel(text: string): string {
  return cutText(stripBidiControls(text), LIMITS.label);
}

/** The number within [min, max], whole if `round`; not a number → `fallback`. */
export function clampNumber(value: number, min: number, max: number, fallback = min): number {
  if (!Number.isFinite(value)) return fallback;
  // `+ 0` turns -0 into 0, which a JSON round trip would otherwise change.
  return Math.min(max, Math.max(min, value)) + 0;
}

type Patch<T> = { [K in keyof T]?: T[K] };

/** `value` with the fields of `fix` that differ; the same object back when none do. */
function fixed<T extends object>(value: T, fix: Patch<T>): T {
  let out: T | null = null;
  for (const key of Object.keys(fix) as (keyof T)[]) {
    if (!Object.is(fix[key], value[key])) (out ??= { ...value })[key] = fix[key] as T[keyof T];
  }
  return out ?? value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';

function str(v: unknown, max: number, bidi: boolean): unknown {
  if (!isString(v)) return v;
  return cutText(bidi ? stripBidiControls(v) : v, max);
}

function num(v: unknown, min: number, max: number, fallback = min): unknown {
  return isNumber(v) ? clampNumber(v, min, max, fallback) : v;
}

const isEmpty = (x: unknown) => x === '';

/** Each item fixed, those `drop` says dropped, cut to `max` items; the same array if no change. */
function list<T>(v: T[], max: number, item: (x: T) => T, drop?: (x: T) => boolean): T[] {
  if (!Array.isArray(v)) return v;
  let changed = v.length > max;
  const out: T[] = [];
  for (const x of v) {
    const y = item(x);
    if (y !== x) changed = true;
    if (drop?.(y)) {
      changed = true;
      continue;
    }
    if (out.length < max) out.push(y);
  }
  return changed ? out : v;
}

const labelItem = (x: string) => str(x, LIMITS.label, true) as string;

/** A list entry (parking-lot note, object) with its text within limits. */
const listItem = (x: ListItem): ListItem =>
  typeof x === 'object' && x !== null ? fixed(x, { text: labelItem(x.text) }) : x;
const emptyItem = (x: ListItem) => typeof x === 'object' && x !== null && x.text === '';

/** One step within limits. `y` is clamped to the schema only: fitLanes keeps it in its lane. */
export function fitStep(s: Step): Step {
  if (typeof s !== 'object' || s === null) return s;
  const p = s.properties;
  const properties =
    typeof p === 'object' && p !== null
      ? fixed(p, {
          description: str(p.description, LIMITS.text, false) as string,
          responsibleRole: str(p.responsibleRole, LIMITS.label, true) as string,
          itSystems: list(p.itSystems, LIMITS.itSystems, labelItem),
          activeTime: fitDuration(p.activeTime),
          waitingTime: fitDuration(p.waitingTime),
        })
      : p;
  return fixed(s, {
    label: str(s.label, LIMITS.label, true) as string,
    x: num(s.x, -LIMITS.coordinate, LIMITS.coordinate, 0) as number,
    y: num(s.y, 0, LIMITS.stepY) as number,
    width: num(s.width, LIMITS.stepMinSize, LIMITS.stepMaxSize) as number,
    height: num(s.height, LIMITS.stepMinSize, LIMITS.stepMaxSize) as number,
    properties,
  });
}

function fitDuration(d: Duration | null): Duration | null {
  if (typeof d !== 'object' || d === null) return d;
  return fixed(d, { value: num(d.value, 0, LIMITS.duration, 0) as number });
}

export function fitLane(l: Lane): Lane {
  if (typeof l !== 'object' || l === null) return l;
  const pool =
    typeof l.pool === 'object' && l.pool !== null
      ? fixed(l.pool, { name: str(l.pool.name, LIMITS.label, true) as string })
      : l.pool;
  return fixed(l, {
    height: num(l.height, LIMITS.laneMinHeight, LIMITS.laneMaxHeight) as number,
    pool,
  });
}

export function fitConnection(c: Connection): Connection {
  if (typeof c !== 'object' || c === null) return c;
  return fixed(c, { label: str(c.label, LIMITS.label, true) as string });
}

/** Items not identical to `prev`'s at the same index are fixed; the rest were fixed before. */
function changedItems<T>(items: T[], prev: readonly T[] | undefined, fix: (x: T) => T): T[] {
  if (!Array.isArray(items) || items === prev) return items;
  let out: T[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    if (prev && prev[i] === x) continue;
    const y = fix(x);
    if (y !== x) (out ??= [...items])[i] = y;
  }
  return out ?? items;
}

const UNTITLED = 'Utan titel';

/**
 * The process within limits. With `prev` (the document before an edit), steps, lanes and
 * connections identical to prev's are taken as already fitting. The counts of steps, lanes and
 * connections are not cut here: an edit past them is refused (applyOperation), and a stored
 * row past them is cut by prepareForWrite.
 */
export function fitProcessToLimits(p: Process, prev?: Process): Process {
  const title = str(p.title, LIMITS.label, true);
  // A measure needs a name: one that was only controls is dropped.
  const measures = list(
    p.measures,
    LIMITS.measures,
    (m) =>
      typeof m === 'object' && m !== null
        ? fixed(m, { name: labelItem(m.name), target: labelItem(m.target) })
        : m,
    (m) => typeof m === 'object' && m !== null && m.name === '',
  );
  return fixed(p, {
    // The schema wants a title; one cut to nothing (it was only controls) keeps the old one.
    title: title === '' ? prev?.title || UNTITLED : (title as string),
    purpose: str(p.purpose, LIMITS.text, false) as string,
    need: str(p.need, LIMITS.text, false) as string,
    outcome: str(p.outcome, LIMITS.text, false) as string,
    actions: str(p.actions, LIMITS.text, false) as string,
    owner: str(p.owner, LIMITS.label, true) as string,
    version: str(p.version, LIMITS.version, true) as string,
    tags: list(p.tags, LIMITS.tags, (t) => str(t, LIMITS.tag, true) as string, isEmpty),
    customerGroupIds: list(p.customerGroupIds, LIMITS.customerGroups, (x) => x),
    objectsIn: list(p.objectsIn, LIMITS.objects, listItem, emptyItem),
    objectsOut: list(p.objectsOut, LIMITS.objects, listItem, emptyItem),
    measures,
    parkingLot: list(p.parkingLot, LIMITS.parkingLot, listItem, emptyItem),
    lanes: changedItems(p.lanes, prev?.lanes, fitLane),
    steps: changedItems(p.steps, prev?.steps, fitStep),
    connections: changedItems(p.connections, prev?.connections, fitConnection),
  });
}
