// The schema-limits property (issue 15): whatever a user edits, at or past any limit, the
// document the edit door produces is one the load gate reads, and the write path stores it
// without needing repair. Every Operation variant and every field of every patch is generated
// with values at limit−1, limit, limit+1 and 10×limit (strings and lists alike), and with huge,
// negative and non-finite numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aSmallProcess, deepFreeze } from '../test/builders';
import { loadDocument } from './load/loadDocument';
import { prepareForWrite } from './load/prepareForWrite';
import { emptyProperties } from './model/factories';
import type { Process, Step } from './model/types';
import { applyOperation } from './operations/applyOperation';
import type { Operation } from './operations/types';
import { normalise } from './model/normalise';
import { CURRENT_FORMAT_VERSION, LIMITS, STEP_KINDS, processSchema } from './schema/process';

const around = (limit: number) => fc.constantFrom(0, limit - 1, limit, limit + 1, 10 * limit);

/** Repeats of a unit that may be a pair (emoji) or a bidi control, so cuts meet both. */
const textOf = (limit: number) =>
  fc
    .tuple(around(limit), fc.constantFrom('x', 'å', '👍', 'a\u202Eb', ' \u2066'))
    .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

const listOf = <T>(limit: number, item: fc.Arbitrary<T>) =>
  fc.tuple(around(limit), item).map(([n, x]) => Array.from({ length: n }, () => x));

/** Distinct items, as list fields of ids or names would be typed. */
const namesOf = (limit: number, itemLimit: number) =>
  fc
    .tuple(around(limit), textOf(itemLimit))
    .map(([n, x]) => Array.from({ length: n }, (_, i) => `${i}${x}`));

const label = textOf(LIMITS.label);
const text = textOf(LIMITS.text);
const number = fc.oneof(
  fc.constantFrom(-Infinity, -1e12, -1_000_001, -1, 0, 9, 39, 100_001, 1e9, Infinity, NaN),
  fc.double(),
);
const duration = fc.option(fc.record({ value: number, unit: fc.constantFrom('min', 'h') }));

const properties = fc.record(
  {
    description: text,
    responsibleRole: label,
    itSystems: namesOf(LIMITS.itSystems, LIMITS.label),
    activeTime: duration,
    waitingTime: duration,
    valueAdding: fc.option(fc.boolean()),
  },
  { requiredKeys: [] },
);

const stepIds = fc.constantFrom('s1', 's2', 's3');
const laneIds = fc.constantFrom('l1', 'l2');
let seq = 0;
const fresh = (prefix: string) => fc.constant(null).map(() => `${prefix}${++seq}`);

const newStep = fc.record({
  id: fresh('n'),
  kind: fc.constantFrom(...STEP_KINDS),
  label,
  laneId: laneIds,
  x: number,
  y: number,
  width: number,
  height: number,
  properties: properties.map((p) => ({ ...emptyProperties(), ...p })),
  linkedProcessId: fc.constant(null),
}) as fc.Arbitrary<Step>;

const specPatch = fc.record(
  {
    title: label,
    purpose: text,
    need: text,
    outcome: text,
    actions: text,
    owner: label,
    version: textOf(LIMITS.version),
    category: fc.constantFrom('ledningsprocess', 'huvudprocess', 'stodprocess'),
    status: fc.constantFrom('utkast', 'remiss', 'faststalld'),
    variant: fc.constantFrom('nulage', 'onskat'),
  },
  { requiredKeys: [] },
);

// Lists are edited one entry at a time; many entries at once (past the count limit) come from
// a sequence of these, and a process.restore of whole lists.
const orderKey = fc.oneof(fc.constantFrom('a0', 'Zz', 'a1V'), textOf(LIMITS.orderKey));
const itemList = fc.constantFrom(
  'parkingLot' as const,
  'objectsIn' as const,
  'objectsOut' as const,
);
const listOps: fc.Arbitrary<Operation>[] = [
  fc
    .record({ list: itemList, id: fresh('i'), text: label, order: orderKey })
    .map(({ list, ...item }) => ({ type: 'item.add' as const, list, item })),
  fc
    .record({ id: fresh('m'), name: label, target: label, order: orderKey })
    .map((measure) => ({ type: 'measure.add' as const, measure })),
  fc
    .tuple(fc.constantFrom('tags' as const, 'customerGroupIds' as const), label)
    .map(([set, value]) => ({ type: 'set.add' as const, set, value })),
  fc
    .record({ stepId: stepIds, registerId: fc.constantFrom('u-sbf', 'kg-invanare') })
    .map((cell) => ({ type: 'huki.set' as const, ...cell, value: 'H' as const })),
];
const bulkLists = fc.record(
  {
    tags: namesOf(LIMITS.tags, LIMITS.tag),
    parkingLot: namesOf(LIMITS.parkingLot, LIMITS.label).map((texts) =>
      texts.map((text, i) => ({ id: `pl${i}`, text, order: `a${i}` })),
    ),
    measures: listOf(LIMITS.measures, fc.record({ name: label, target: label })).map((ms) =>
      ms.map((m, i) => ({ id: `m${i}`, ...m, order: `a${i}` })),
    ),
  },
  { requiredKeys: [] },
);

const operation: fc.Arbitrary<Operation> = fc.oneof(
  ...listOps,
  specPatch.map((patch) => ({ type: 'process.update' as const, patch }) as Operation),
  fc
    .record({
      id: fresh('l'),
      height: number,
      pool: fc.option(fc.record({ id: fc.constant('pool'), name: label }), { nil: undefined }),
    })
    .map(({ id, height, pool }) => ({
      type: 'lane.add' as const,
      lane: { id, registerId: 'u-tf', height, ...(pool ? { pool } : {}) },
    })),
  fc
    .record({ laneId: laneIds, height: number })
    .map((o) => ({ type: 'lane.resize' as const, ...o })),
  fc
    .record({ laneId: laneIds, order: orderKey })
    .map((o) => ({ type: 'lane.move' as const, ...o })),
  laneIds.map((laneId) => ({ type: 'lane.rebind' as const, laneId, registerId: 'u-tf' })),
  fc.tuple(laneIds, fc.boolean()).map(([laneId, move]) => ({
    type: 'lane.remove' as const,
    laneId,
    moveStepsTo: move ? (laneId === 'l1' ? 'l2' : 'l1') : null,
  })),
  fc
    .array(newStep, { minLength: 1, maxLength: 3 })
    .map((steps) => ({ type: 'step.add' as const, steps })),
  fc
    .record({
      id: stepIds,
      patch: fc.record(
        {
          label,
          kind: fc.constantFrom(...STEP_KINDS),
          width: number,
          height: number,
          properties,
        },
        { requiredKeys: [] },
      ),
    })
    .map((o) => ({ type: 'step.update' as const, ...o }) as Operation),
  fc
    .record({ id: stepIds, laneId: laneIds, x: number, y: number })
    .map((p) => ({ type: 'step.move' as const, placements: [p] })),
  fc
    .record({ id: fresh('c'), label, from: stepIds, to: stepIds })
    .map(
      (c) => ({ type: 'connection.add' as const, connection: { ...c, kind: 'flow' } }) as Operation,
    ),
  fc
    .record({ id: fc.constantFrom('c1', 'c2'), label })
    .map(({ id, label }) => ({ type: 'connection.update' as const, id, patch: { label } })),
  fc
    .record({ patch: specPatch, lists: bulkLists, step: newStep })
    .map(({ patch, lists, step }) => ({
      type: 'process.restore' as const,
      process: {
        ...aSmallProcess(),
        ...patch,
        ...lists,
        steps: [{ ...step, laneId: 'l1' }],
      } as Process,
    })),
  stepIds.map((id) => ({ type: 'step.remove' as const, ids: [id] })),
);

function expectOpens(raw: Process) {
  // What the operations left passes the schema; what the session shows and saves is normalised.
  expect(processSchema.safeParse(raw).error?.issues[0]).toBeUndefined();
  const doc = normalise(raw);
  expect(processSchema.safeParse(doc).error?.issues[0]).toBeUndefined();
  const write = prepareForWrite(doc);
  expect(write).toMatchObject({ ok: true, repaired: false });
  const read = loadDocument({ formatVersion: CURRENT_FORMAT_VERSION, process: doc, register: [] });
  expect(read.ok ? null : read.error).toBeNull();
}

describe('the schema-limits property', () => {
  it('no edit at or past a limit leaves a document the loader refuses', () => {
    const applied = new Set<string>();
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 6 }), (ops) => {
        let doc = aSmallProcess();
        for (const op of ops) {
          // Total: an edit that does not fit changes nothing; it never throws.
          const next = applyOperation(deepFreeze(doc), op);
          if (next !== doc) applied.add(op.type);
          doc = next;
          expectOpens(doc);
        }
      }),
      { numRuns: 200 },
    );
    // Every kind of edit must really have been applied, not only refused.
    expect([...applied].sort()).toEqual(
      [
        'connection.add',
        'connection.update',
        'huki.set',
        'item.add',
        'measure.add',
        'set.add',
        'lane.add',
        'lane.move',
        'lane.rebind',
        'lane.remove',
        'lane.resize',
        'process.restore',
        'process.update',
        'step.add',
        'step.move',
        'step.remove',
        'step.update',
      ].sort(),
    );
    // Long strings (10 × 20,000) on a machine shared with other work: seconds, not a hang.
  }, 60_000);
});
