// v2 → v3: what two people can change at once gets an identity of its own (see
// docs/architecture: "Operations that survive someone else's edit"). Lanes keep their array
// position as a fractional-index `order` key; parking-lot notes, objects in/out and measures
// become items with an id and an order key in their current order. Nothing is dropped: the
// texts, names and targets are the same, in the same order. Ids are derived from the process id
// and position, so migrating the same file twice gives the same document.
import { generateNKeysBetween } from 'fractional-indexing';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const keys = (n: number): string[] => generateNKeysBetween(null, null, n);

function items(list: unknown, prefix: string, toItem: (x: unknown) => Json | null): unknown {
  if (!Array.isArray(list)) return list;
  const order = keys(list.length);
  // Non-text entries are left for the schema to refuse, as v2 would have.
  return list.map((x, i) => {
    const item = toItem(x);
    return item ? { id: `${prefix}${i + 1}`, ...item, order: order[i] } : x;
  });
}

const text = (x: unknown) => (typeof x === 'string' ? { text: x } : null);
const measure = (x: unknown) => (isObject(x) ? x : null);

export function migrateV2ToV3(file: Json): Json {
  if (!isObject(file.process)) return { ...file, formatVersion: 3 };
  const p = file.process;
  const lanes = Array.isArray(p.lanes) ? p.lanes : p.lanes;
  const laneKeys = Array.isArray(lanes) ? keys(lanes.length) : [];
  return {
    ...file,
    formatVersion: 3,
    process: {
      ...p,
      lanes: Array.isArray(lanes)
        ? lanes.map((l, i) => (isObject(l) ? { ...l, order: laneKeys[i] } : l))
        : lanes,
      parkingLot: items(p.parkingLot, 'pl', text),
      objectsIn: items(p.objectsIn, 'oi', text),
      objectsOut: items(p.objectsOut, 'oo', text),
      measures: items(p.measures, 'm', measure),
    },
  };
}
