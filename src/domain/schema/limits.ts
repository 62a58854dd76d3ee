// The limits of the file format, in a module of their own: the UI, the geometry and the
// operations read them without loading zod's schemas (a schema defined before the app has
// switched zod to jitless parsing probes eval, which the strict CSP reports).
// Generous limits: they are there to refuse hostile input, not to bother a real user. The UI
// (maxLength, counters), the operations (clamping) and the write path all read them from here,
// so nothing can be typed or stored that a read would refuse.
export const LIMITS = {
  /** Characters (UTF-16 code units, as zod and maxLength count) of a long text. */
  text: 20_000,
  /** Characters of a short text: titles, labels, names, list items. */
  label: 500,
  steps: 20_000,
  lanes: 200,
  connections: 40_000,
  tags: 50,
  tag: 60,
  id: 100,
  customerGroups: 50,
  itSystems: 100,
  /** Objekt in and Objekt ut, each. */
  objects: 100,
  measures: 50,
  parkingLot: 200,
  version: 40,
  shortName: 40,
  registerEntries: 1_000,
  isoTime: 40,
  /** A step's x, either way from 0. */
  coordinate: 1_000_000,
  stepY: 100_000,
  stepMinSize: 10,
  stepMaxSize: 5_000,
  laneMinHeight: 40,
  laneMaxHeight: 100_000,
  duration: 1_000_000,
  /** Characters of a fractional-index order key (lanes, list items): they grow by about one
   * character per insert at the same place, so this takes thousands of inserts; the normaliser
   * spreads keys anew past it. */
  orderKey: 120,
} as const;
