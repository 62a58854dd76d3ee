// The shared property test: any sequence of operations, once normalise() has worked out what is
// derived (lane heights, orphans, dangling connections), keeps every step in an existing lane and
// inside its band, every connection between existing steps, and survives the load gate unchanged.
// (The file is built here in the shape formats/json writes it, since domain must not import
// formats; formats/json/processFile.test.ts checks toProcessFile itself.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../load/loadDocument';
import { moveLaneOp } from '../commands/lanes';
import { LANE_MIN_HEIGHT } from '../model/geometry';
import { newStep } from '../model/factories';
import { normalise } from '../model/normalise';
import type { Process, RegisterEntry } from '../model/types';
import { DEFAULT_REGISTER } from '../register/defaultRegister';
import { CURRENT_FORMAT_VERSION, STEP_KINDS } from '../schema/process';
import { aProcess, deepFreeze } from '../../test/builders';
import { applyOperation } from './applyOperation';
import { laneOrderAt } from './laneOrder';
import type { Operation } from './types';

// Commands pick their targets by index into what exists when they run, so a generated sequence
// stays meaningful as lanes and steps come and go. An index into an empty list names a missing
// id, which must change nothing (the same document back).
type Command =
  | { t: 'addLane'; entry: number; height: number; index: number | null }
  | { t: 'addStep'; lane: number; kind: number; x: number; y: number }
  | { t: 'moveStep'; step: number; lane: number; x: number; y: number }
  | { t: 'removeStep'; step: number }
  | { t: 'removeLane'; lane: number; moveTo: number | null }
  | { t: 'addConnection'; from: number; to: number; information: boolean }
  | { t: 'removeConnection'; connection: number }
  | { t: 'resizeLane'; lane: number; height: number }
  | { t: 'moveLane'; lane: number; toIndex: number }
  | { t: 'resizeStep'; step: number; height: number }
  | { t: 'addNote'; text: string }
  | { t: 'addTag'; tag: string };

const pick = fc.nat(50);
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('addLane' as const),
      entry: pick,
      height: fc.integer({ min: LANE_MIN_HEIGHT, max: 600 }),
      index: fc.option(fc.integer({ min: -1, max: 8 }), { nil: null }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('addStep' as const),
      lane: pick,
      kind: fc.nat(STEP_KINDS.length - 1),
      x: fc.integer({ min: -500, max: 3000 }),
      y: fc.integer({ min: -50, max: 900 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('addConnection' as const),
      from: pick,
      to: pick,
      information: fc.boolean(),
    }),
  },
  fc.record({
    t: fc.constant('moveStep' as const),
    step: pick,
    lane: pick,
    x: fc.double({ min: -500, max: 3000, noNaN: true }),
    y: fc.double({ min: -50, max: 900, noNaN: true }),
  }),
  fc.record({ t: fc.constant('removeStep' as const), step: pick }),
  fc.record({
    t: fc.constant('removeLane' as const),
    lane: pick,
    moveTo: fc.option(pick, { nil: null }),
  }),
  fc.record({ t: fc.constant('removeConnection' as const), connection: pick }),
  fc.record({
    t: fc.constant('resizeLane' as const),
    lane: pick,
    height: fc.integer({ min: 0, max: 800 }),
  }),
  fc.record({
    t: fc.constant('moveLane' as const),
    lane: pick,
    toIndex: fc.integer({ min: -1, max: 8 }),
  }),
  fc.record({
    t: fc.constant('resizeStep' as const),
    step: pick,
    height: fc.integer({ min: 10, max: 400 }),
  }),
  fc.record({ t: fc.constant('addNote' as const), text: fc.string({ maxLength: 20 }) }),
  fc.record({ t: fc.constant('addTag' as const), tag: fc.string({ maxLength: 20 }) }),
);

const at = <T extends { id: string }>(items: readonly T[], i: number): string =>
  items.length ? items[i % items.length]!.id : 'missing';

function toOperation(doc: Process, cmd: Command, nextId: (prefix: string) => string): Operation {
  switch (cmd.t) {
    case 'addLane': {
      const entry = DEFAULT_REGISTER[cmd.entry % DEFAULT_REGISTER.length]!;
      const lane = { id: nextId('l'), registerId: entry.id, height: cmd.height };
      return cmd.index === null
        ? { type: 'lane.add', lane }
        : { type: 'lane.add', lane: { ...lane, order: laneOrderAt(doc, cmd.index) } };
    }
    case 'addStep': {
      const step = newStep(STEP_KINDS[cmd.kind]!, at(doc.lanes, cmd.lane), cmd.x, cmd.y, 'Steg');
      return { type: 'step.add', steps: [{ ...step, id: nextId('s') }] };
    }
    case 'moveStep':
      return {
        type: 'step.move',
        placements: [
          { id: at(doc.steps, cmd.step), laneId: at(doc.lanes, cmd.lane), x: cmd.x, y: cmd.y },
        ],
      };
    case 'removeStep':
      return { type: 'step.remove', ids: [at(doc.steps, cmd.step)] };
    case 'removeLane':
      return {
        type: 'lane.remove',
        laneId: at(doc.lanes, cmd.lane),
        moveStepsTo: cmd.moveTo === null ? null : at(doc.lanes, cmd.moveTo),
      };
    case 'addConnection':
      return {
        type: 'connection.add',
        connection: {
          id: nextId('c'),
          kind: cmd.information ? 'information' : 'flow',
          from: at(doc.steps, cmd.from),
          to: at(doc.steps, cmd.to),
          label: '',
        },
      };
    case 'removeConnection':
      return { type: 'connection.remove', ids: [at(doc.connections, cmd.connection)] };
    case 'resizeLane':
      return { type: 'lane.resize', laneId: at(doc.lanes, cmd.lane), height: cmd.height };
    case 'moveLane': {
      const laneId = at(doc.lanes, cmd.lane);
      // moveLaneOp gives null when the lane is already there or missing: a key for the spot
      // then, so the missing-lane path is exercised too.
      return (
        moveLaneOp(doc, laneId, cmd.toIndex) ?? {
          type: 'lane.move',
          laneId,
          order: laneOrderAt(doc, cmd.toIndex, laneId),
        }
      );
    }
    case 'resizeStep':
      return { type: 'step.update', id: at(doc.steps, cmd.step), patch: { height: cmd.height } };
    case 'addNote':
      return {
        type: 'item.add',
        list: 'parkingLot',
        item: { id: nextId('n'), text: cmd.text, order: '' },
      };
    case 'addTag':
      return { type: 'set.add', set: 'tags', value: cmd.tag };
  }
}

function expectInvariants(doc: Process) {
  const lanes = new Map(doc.lanes.map((l) => [l.id, l]));
  const stepIds = new Set(doc.steps.map((s) => s.id));
  expect(lanes.size, 'lane ids are unique').toBe(doc.lanes.length);
  expect(stepIds.size, 'step ids are unique').toBe(doc.steps.length);
  for (const s of doc.steps) {
    const lane = lanes.get(s.laneId);
    expect(lane, `step ${s.id} is in an existing lane`).toBeDefined();
    expect(s.y, `step ${s.id} starts inside its lane`).toBeGreaterThanOrEqual(0);
    expect(s.y + s.height, `step ${s.id} ends inside its lane`).toBeLessThanOrEqual(lane!.height);
  }
  for (const c of doc.connections) {
    expect(stepIds.has(c.from) && stepIds.has(c.to), `connection ${c.id} joins steps`).toBe(true);
  }
}

/**
 * JSON has no -0, and step.move can store one (Math.round(-0.3) is -0), which a file brings back
 * as 0. Only that difference is forgiven; everything else must come back identical.
 */
function withoutNegativeZero<T>(value: T): T {
  if (Object.is(value, -0)) return 0 as T;
  if (Array.isArray(value)) return value.map(withoutNegativeZero) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)]),
    ) as T;
  }
  return value;
}

function expectRoundTrip(doc: Process) {
  const used = new Set(doc.lanes.map((l) => l.registerId));
  const register: RegisterEntry[] = DEFAULT_REGISTER.filter((e) => used.has(e.id));
  const text = JSON.stringify({
    formatVersion: CURRENT_FORMAT_VERSION,
    application: 'Flödesverkstan',
    process: doc,
    register,
  });
  const result = loadDocument(text);
  expect(result.ok, JSON.stringify(result.ok ? null : result.error)).toBe(true);
  if (!result.ok) return;
  expect(result.warnings).toEqual([]);
  expect(result.file.process).toEqual(withoutNegativeZero(doc));
  expect(result.file.register).toEqual(register);
}

describe('any sequence of operations', () => {
  it('keeps the document consistent and loadable as it is', () => {
    const applied = new Map<string, number>();
    const label = (op: Operation) =>
      op.type === 'lane.remove' ? `${op.type}/${op.moveStepsTo ? 'move' : 'drop'}` : op.type;
    let unchanged = 0;
    fc.assert(
      fc.property(fc.array(command, { minLength: 5, maxLength: 40, size: 'max' }), (commands) => {
        let counter = 0;
        const nextId = (prefix: string) => `${prefix}${++counter}`;
        let doc = aProcess('Egenskaper').build();
        for (const cmd of commands) {
          const op = toOperation(doc, cmd, nextId);
          const before = deepFreeze(doc);
          const raw = applyOperation(before, op);
          if (raw === before) {
            unchanged++;
            continue;
          }
          applied.set(label(op), (applied.get(label(op)) ?? 0) + 1);
          doc = normalise(raw);
          expectInvariants(doc);
          expectRoundTrip(doc);
        }
      }),
      { numRuns: 100 },
    );
    // Every kind of operation, and the refusal path, must really be exercised.
    expect([...applied.keys()].sort()).toEqual([
      'connection.add',
      'connection.remove',
      'item.add',
      'lane.add',
      'lane.move',
      'lane.remove/drop',
      'lane.remove/move',
      'lane.resize',
      'set.add',
      'step.add',
      'step.move',
      'step.remove',
      'step.update',
    ]);
    // The missing-target path (the same document back) must be exercised, too.
    expect(unchanged).toBeGreaterThan(20);
    // 100 runs of up to 40 edits, each read back through the load gate: about 4 s on a machine
    // shared with other work, too near the default 5 s.
  }, 30_000);
});
