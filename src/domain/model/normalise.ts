// The one normaliser: what is derived from a document, worked out after every change in one
// place (the document session runs it on each local, remote, merged or loaded document), never
// written by the operations themselves. Derived: lane heights grown to hold their steps, lanes
// and list entries in key order (with keys given where a file or older code left none), steps
// whose lane is gone placed in the first lane, connections whose step is gone dropped, hand-set
// HUKI cells of steps that are gone dropped. Same document back when nothing was off, and a
// previous result lets it skip the parts that did not change (a keystroke in a 5,000-step flow
// looks at one lane array and one step, not all of them).
import { compareOrder, isOrderKey, spreadKeys } from '../operations/laneOrder';
import { sortSet } from '../operations/listOperations';
import { LIMITS } from '../schema/limits';
import { fitLanes } from './geometry';
import type { Lane, Process } from './types';

export interface Normalised {
  /** The document as operations left it. */
  raw: Process;
  /** What normalise made of it. */
  doc: Process;
}

type Ordered = { id: string; order?: string };

const sorted = <T extends Ordered>(list: T[]) => {
  for (let i = 1; i < list.length; i++) if (compareOrder(list[i - 1]!, list[i]!) > 0) return false;
  return true;
};

/** Keys everywhere (in the list's present order where one is missing or broken), then sorted. */
function ordered<T extends Ordered>(list: T[]): T[] {
  if (!Array.isArray(list)) return list;
  const broken = list.some((x) => !isOrderKey(x.order) || x.order!.length > LIMITS.orderKey);
  if (broken) {
    const keys = spreadKeys(list.length);
    return list.map((x, i) => ({ ...x, order: keys[i] }));
  }
  return sorted(list) ? list : [...list].sort(compareOrder);
}

function sameSet(a: string[], b: string[]) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function placeOrphans(doc: Process): Process {
  const laneIds = new Set(doc.lanes.map((l) => l.id));
  if (doc.steps.every((s) => laneIds.has(s.laneId))) return doc;
  const first = doc.lanes[0];
  const steps = first
    ? doc.steps.map((s) => (laneIds.has(s.laneId) ? s : { ...s, laneId: first.id }))
    : [];
  return { ...doc, steps };
}

function dropDangling(doc: Process): Process {
  const ids = new Set(doc.steps.map((s) => s.id));
  const ok = (c: Process['connections'][number]) =>
    c.from !== c.to && ids.has(c.from) && ids.has(c.to);
  const connections = doc.connections.every(ok) ? doc.connections : doc.connections.filter(ok);
  const gone = Object.keys(doc.huki).filter((id) => !ids.has(id));
  if (connections === doc.connections && gone.length === 0) return doc;
  let huki = doc.huki;
  if (gone.length) {
    huki = { ...doc.huki };
    for (const id of gone) delete huki[id];
  }
  return { ...doc, connections, huki };
}

export function normalise(raw: Process, previous?: Normalised): Process {
  let doc = raw;
  const lanes = ordered<Lane>(doc.lanes);
  if (lanes !== doc.lanes) doc = { ...doc, lanes };
  const lists = {
    parkingLot: ordered(doc.parkingLot),
    objectsIn: ordered(doc.objectsIn),
    objectsOut: ordered(doc.objectsOut),
    measures: ordered(doc.measures),
    tags: sortSet('tags', doc.tags),
    customerGroupIds: sortSet('customerGroupIds', doc.customerGroupIds),
  };
  if (sameSet(lists.tags, doc.tags)) lists.tags = doc.tags;
  if (sameSet(lists.customerGroupIds, doc.customerGroupIds))
    lists.customerGroupIds = doc.customerGroupIds;
  if ((Object.keys(lists) as (keyof typeof lists)[]).some((k) => lists[k] !== doc[k]))
    doc = { ...doc, ...lists };
  // Steps, lanes and connections as they were last time: their derived parts are as well.
  const prev = previous?.raw;
  if (
    prev &&
    previous.doc.id === raw.id &&
    prev.steps === raw.steps &&
    prev.lanes === raw.lanes &&
    prev.connections === raw.connections &&
    prev.huki === raw.huki
  ) {
    const d = previous.doc;
    const same =
      d.steps === raw.steps &&
      d.lanes === raw.lanes &&
      d.connections === raw.connections &&
      d.huki === raw.huki;
    if (doc === raw && same) return raw;
    return { ...doc, lanes: d.lanes, steps: d.steps, connections: d.connections, huki: d.huki };
  }
  return fitLanes(dropDangling(placeOrphans(doc)));
}
