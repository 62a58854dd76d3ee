// The file format's schema: what a process is, as stored in IndexedDB and written to files.
// Types in the model are inferred from here, so schema and code cannot drift apart.
// Documented for other tools in docs/file-format.md; change both together.
import { config, z } from 'zod';
import { LIMITS } from './limits';

/** Bump with a new migration in domain/migrations when the shape changes. */
export const CURRENT_FORMAT_VERSION = 3;

export { LIMITS };

// Before the first schema below: zod decides at definition whether to compile fast parsers,
// probing `new Function`, which the strict CSP blocks and reports. app/pwa/strictCsp.ts does the
// same, but the bundler may put this module in a chunk that runs before it.
config({ jitless: true });

const id = z.string().min(1).max(LIMITS.id);
const label = z.string().max(LIMITS.label);
const text = z.string().max(LIMITS.text);
const coordinate = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);
const isoTime = z.string().max(LIMITS.isoTime);
/** A fractional-index key (the `fractional-indexing` package): items sort by (order, id), so two
 * people inserting at once both keep their item and every copy agrees on the order. */
const orderKey = z
  .string()
  .min(1)
  .max(LIMITS.orderKey)
  .regex(/^[0-9A-Za-z]+$/);

export const categorySchema = z.enum(['ledningsprocess', 'huvudprocess', 'stodprocess']);
export const statusSchema = z.enum(['utkast', 'remiss', 'faststalld']);
export const variantSchema = z.enum(['nulage', 'onskat']);

export const STEP_KINDS = [
  'need',
  'activity',
  'decision',
  'wait',
  'informationObject',
  'itSystem',
  'problem',
  'improvement',
  'note',
  'outcome',
  'subprocess',
] as const;
export const stepKindSchema = z.enum(STEP_KINDS);

export const timeUnitSchema = z.enum(['min', 'h', 'd', 'w']);
export const durationSchema = z.object({
  value: z.number().finite().min(0).max(LIMITS.duration),
  unit: timeUnitSchema,
});

export const stepPropertiesSchema = z.object({
  description: text.default(''),
  responsibleRole: label.default(''),
  activeTime: durationSchema.nullable().default(null),
  waitingTime: durationSchema.nullable().default(null),
  itSystems: z.array(label).max(LIMITS.itSystems).default([]),
  /** null = not yet judged; the method asks the group to decide. */
  valueAdding: z.boolean().nullable().default(null),
});

/**
 * BPMN details a step, lane or connection keeps from an imported file (or for export): the
 * element type (e.g. "bpmn:UserTask", "bpmn:BoundaryEvent"), the event definition, the activity
 * a boundary event is attached to, and the pool. Optional: documents made here have none.
 */
export const bpmnOriginSchema = z.object({
  type: z.string().max(80),
  eventDefinition: z.string().max(80).optional(),
  attachedTo: id.optional(),
  id: z.string().max(200).optional(),
});

export const stepSchema = z.object({
  id,
  kind: stepKindSchema,
  label,
  laneId: id,
  /** x on the canvas; y is relative to the top of the step's lane, so membership is semantic. */
  x: coordinate,
  y: z.number().finite().min(0).max(LIMITS.stepY),
  width: z.number().finite().min(LIMITS.stepMinSize).max(LIMITS.stepMaxSize),
  height: z.number().finite().min(LIMITS.stepMinSize).max(LIMITS.stepMaxSize),
  properties: stepPropertiesSchema.prefault({}),
  /** Subprocess link: the id of the linked process. */
  linkedProcessId: id.nullable().default(null),
  /** Where the step came from in BPMN, so an export writes the same element back. */
  bpmn: bpmnOriginSchema.optional(),
});

export const laneSchema = z.object({
  id,
  /** An entry of the organisation register (unit or customer group). */
  registerId: id,
  height: z.number().finite().min(LIMITS.laneMinHeight).max(LIMITS.laneMaxHeight),
  /** Display order (top to bottom). Optional so code can build lanes in array order; the
   * normaliser (domain/normalise) gives every lane a key and sorts the array by it. */
  order: orderKey.optional(),
  /** The BPMN pool (participant) the lane belongs to; a pool's lanes stay together. */
  pool: z
    .object({
      id: z.string().max(200),
      name: z.string().max(LIMITS.label),
      /** The file drew this process without a pool: the export writes no participant for it. */
      noParticipant: z.literal(true).optional(),
      /** Not a lane in the file but made on import for the pool's nodes outside every lane (or
       * for a pool without lanes): the export puts its steps in the pool outside every lane. */
      outsideLanes: z.literal(true).optional(),
    })
    .optional(),
});

export const connectionKindSchema = z.enum(['flow', 'information']);
export const connectionSchema = z.object({
  id,
  kind: connectionKindSchema,
  from: id,
  to: id,
  label: label.default(''),
  bpmn: bpmnOriginSchema.optional(),
});

/** An entry of an ordered list (parking lot, objects in/out): its own id, so two people adding
 * one at once both keep theirs, and an order key. */
export const listItemSchema = z.object({ id, text: label.min(1), order: orderKey });
export const measureSchema = z.object({
  id,
  name: label.min(1),
  target: label.default(''),
  order: orderKey,
});

export const processSchema = z.object({
  id,
  title: label.min(1),
  category: categorySchema,
  purpose: text.default(''),
  customerGroupIds: z.array(id).max(LIMITS.customerGroups).default([]),
  need: text.default(''),
  outcome: text.default(''),
  owner: label.default(''),
  status: statusSchema,
  tags: z.array(z.string().min(1).max(LIMITS.tag)).max(LIMITS.tags).default([]),
  variant: variantSchema,
  /** Objekt in/ut: what the process starts from and delivers (documents, decisions, goods). */
  objectsIn: z.array(listItemSchema).max(LIMITS.objects).default([]),
  objectsOut: z.array(listItemSchema).max(LIMITS.objects).default([]),
  /** Mätetal: how the process is measured, each with its target value. */
  measures: z.array(measureSchema).max(LIMITS.measures).default([]),
  /** The version of the description, as the organisation numbers it ("1.2", "2026-03"). */
  version: z.string().max(LIMITS.version).default(''),
  /** Åtgärder: what is to be done to get from the as-is to the to-be. */
  actions: text.default(''),
  /** Workshop "parking lot": sticky notes the group wants to come back to, later steps maybe. */
  parkingLot: z.array(listItemSchema).max(LIMITS.parkingLot).default([]),
  /**
   * HUKI cells the group has set by hand (huvudansvarig, utför, konsulteras, informeras), by step
   * id then register id; every other cell is worked out from the diagram. "-" = none.
   */
  huki: z.record(id, z.record(id, z.enum(['H', 'U', 'K', 'I', 'HU', '-']))).default({}),
  /** For a to-be (önskat läge): the as-is (nuläge) it was made from, to compare with. */
  asIsId: id.optional(),
  createdAt: isoTime,
  changedAt: isoTime,
  lanes: z.array(laneSchema).max(LIMITS.lanes),
  steps: z.array(stepSchema).max(LIMITS.steps),
  connections: z.array(connectionSchema).max(LIMITS.connections),
});

export const registerKindSchema = z.enum(['forvaltning', 'bolag', 'extern', 'kundgrupp']);
export const registerEntrySchema = z.object({
  id,
  kind: registerKindSchema,
  name: label.min(1),
  shortName: z.string().max(LIMITS.shortName).default(''),
  /** #rrggbb: validated so it can go into SVG attributes without escaping surprises. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});

/** A process file: the process plus the register entries its lanes and customer groups refer to. */
export const processFileSchema = z.object({
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  application: z.string().max(100).optional(),
  process: processSchema,
  register: z.array(registerEntrySchema).max(LIMITS.registerEntries).default([]),
});
