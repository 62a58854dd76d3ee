// BPMN 2.0 XML (with or without BPMN-DI) into a process file, which the caller then passes
// through the one load gate (loadDocument). Pools and lanes become lanes, flow nodes become steps,
// flows become connections; what cannot be shown is listed, never silently dropped. Our own
// exports carry <fv:data> records that make the round trip lossless.
import { parseJsonSafely } from '../../domain/load/safeJson';
import { emptyProperties } from '../../domain/model/factories';
import { LANE_MIN_HEIGHT, LANE_PADDING } from '../../domain/model/geometry';
import { newId } from '../../domain/model/ids';
import { STEP_KIND_INFO } from '../../domain/model/stepKinds';
import type { Connection, Lane, RegisterEntry, Step, StepKind } from '../../domain/model/types';
import { DEFAULT_REGISTER, REGISTER_PALETTE } from '../../domain/register/defaultRegister';
import { CURRENT_FORMAT_VERSION } from '../../domain/schema/process';
import { EVENT_TYPES, GATEWAY_TYPES, kindFor, simplification } from './kinds';
import { createModdle, isA, list, type El } from './moddle';
import { MAX_BPMN_CHARS, MAX_XML_DEPTH } from '../importLimits';
import { xmlNestingExceeds } from './xmlNesting';
import { wellFormedData } from '../svg/text';

/** BPMN tools draw a task 100 wide; ours are about 170 so that a label reads at a distance. */
const SCALE_X = 1.6;
const SCALE_Y = 1.2;

export interface Simplified {
  id: string;
  type: string;
  name: string;
  reason: string;
}

export type BpmnImportError =
  'tooLarge' | 'tooDeep' | 'doctype' | 'xinclude' | 'notXml' | 'notBpmn' | 'empty';

export type BpmnImportResult =
  | { ok: false; error: BpmnImportError; detail?: string }
  | { ok: true; file: unknown; simplified: Simplified[]; hasLayout: boolean };

export interface BpmnImportOptions {
  now?: Date;
  /** Title when the file names none (the caller passes the file name). */
  title?: string;
  /** Name of the lane for a process drawn without pools or lanes. */
  defaultLaneName?: string;
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface LaneDraft {
  id: string;
  name: string;
  pool?: { id: string; name: string };
  bounds?: Bounds;
  customer: boolean;
  fv?: Record<string, unknown>;
}

interface NodeDraft {
  el: El;
  processId: string;
  kind: StepKind;
  /** Made here for a message flow to a black-box pool: it has no BPMN element of its own. */
  standIn?: true;
}

const CUSTOMER_NAME =
  /kund|invånare|medborgare|sökande|företagare|brukare|vårdnadshavare|customer|citizen|applicant/i;
const VALID_ID = /^[A-Za-z_][\w.-]{0,99}$/;
/** Customer lanes take the warm tints the default register gives its customer groups. */
const CUSTOMER_COLORS = DEFAULT_REGISTER.filter((e) => e.kind === 'kundgrupp').map((e) => e.color);

export async function importBpmn(
  xml: string,
  options: BpmnImportOptions = {},
): Promise<BpmnImportResult> {
  if (xml.length > MAX_BPMN_CHARS) return { ok: false, error: 'tooLarge' };
  if (xmlNestingExceeds(xml, MAX_XML_DEPTH)) return { ok: false, error: 'tooDeep' };
  try {
    const result = await convert(xml, options);
    // A name with `&#xD800;` holds half a character, which encoders throw on: U+FFFD instead.
    return result.ok ? { ...result, file: wellFormedData(result.file) } : result;
  } catch (error) {
    // Whatever a crafted file still manages to break is refused with a reason, never thrown.
    return { ok: false, error: 'notBpmn', detail: String(error).slice(0, 200) };
  }
}

async function convert(xml: string, options: BpmnImportOptions): Promise<BpmnImportResult> {
  // No DTDs at all: that closes entity expansion, external entities and billion laughs for good.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { ok: false, error: 'doctype' };
  // The parser would report it as unparsable content, which reads like a file cut short.
  if (xml.includes('http://www.w3.org/2001/XInclude')) return { ok: false, error: 'xinclude' };
  const looksLikeXml = xml
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('<');
  // Only once an element has begun can we tell "other XML" from "cut off before it began".
  const hasElement = /<[A-Za-z_]/.test(xml);
  if (looksLikeXml && hasElement && !xml.includes('http://www.omg.org/spec/BPMN/20100524/MODEL'))
    return { ok: false, error: 'notBpmn' };
  const moddle = createModdle();
  let parsed;
  try {
    parsed = await moddle.fromXML(xml);
  } catch (error) {
    return {
      ok: false,
      error: 'notXml',
      detail: String((error as Error).message ?? error).slice(0, 200),
    };
  }
  const defs = parsed.rootElement as unknown as El;
  if (!isA(defs, 'bpmn:Definitions')) return { ok: false, error: 'notBpmn' };
  // A cut-off file parses partly; saxen reports the break as a warning we must not ignore.
  const broken = parsed.warnings.find((w) =>
    /unclosed|unexpected end|unparsable|missing/i.test(w.message),
  );
  if (broken) return { ok: false, error: 'notXml', detail: broken.message.slice(0, 200) };

  const roots = list(defs.rootElements);
  const processes = roots.filter((r) => isA(r, 'bpmn:Process'));
  const collaborations = roots.filter((r) => isA(r, 'bpmn:Collaboration'));
  const participants = collaborations.flatMap((c) => list(c.participants));
  if (processes.length === 0 && participants.length === 0) return { ok: false, error: 'empty' };

  const simplified: Simplified[] = [];
  const simplify = (el: El, reason: string) =>
    simplified.push({ id: String(el.id ?? ''), type: el.$type, name: nameOf(el), reason });
  for (const r of roots) {
    if (isA(r, 'bpmn:GlobalTask', 'bpmn:GlobalUserTask', 'bpmn:GlobalManualTask'))
      simplify(r, 'reusable task definition (not drawn); calls to it are kept');
  }

  // Diagram interchange: bounds by element id.
  const bounds = new Map<string, Bounds>();
  const waypoints = new Map<string, El[]>();
  const diagram = list(defs.diagrams)[0];
  const plane = diagram ? (diagram.plane as El | undefined) : undefined;
  for (const shape of list(plane?.planeElement)) {
    const ref = shape.bpmnElement as El | undefined;
    const b = shape.bounds as Bounds | undefined;
    // Bounds a damaged file gives as NaN or 1e999 count as not drawn, not as a place.
    const drawn = b && [b.x, b.y, b.width, b.height].every((v) => Number.isFinite(v));
    if (isA(shape, 'bpmndi:BPMNShape') && ref?.id && drawn) bounds.set(ref.id, b);
    if (isA(shape, 'bpmndi:BPMNEdge') && ref?.id) waypoints.set(ref.id, list(shape.waypoint));
  }

  const fvOf = (el: El | undefined) => readFv(el);
  const processFv = processes.map((p) => fvOf(p)).find((d) => d?.record === 'process');

  // Lanes: every leaf lane of every pool; a pool without lanes is one lane.
  const lanes: LaneDraft[] = [];
  const laneOfNode = new Map<string, string>();
  const poolOfProcess = new Map<string, { id: string; name: string }>();
  /** The lane a message flow to the pool itself lands in: the pool's only or first lane. */
  const participantLane = new Map<string, string>();
  const leafLanes = (
    laneSet: El | undefined,
    prefix: string,
    pool?: { id: string; name: string },
  ) => {
    for (const lane of list(laneSet?.lanes)) {
      // An unnamed lane takes its pool's name: a lane needs a name to be read.
      const own = nameOf(lane) || (prefix ? '' : (pool?.name ?? ''));
      const name = prefix ? `${prefix} / ${own}` : own;
      const child = lane.childLaneSet as El | undefined;
      if (child && list(child.lanes).length) {
        leafLanes(child, name, pool);
        continue;
      }
      const id = safeId(lane.id, 'l');
      for (const ref of list(lane.flowNodeRef)) if (ref.id) laneOfNode.set(ref.id, id);
      lanes.push({
        id,
        name,
        pool,
        bounds: bounds.get(String(lane.id)),
        customer: false,
        fv: fvOf(lane),
      });
    }
  };
  for (const participant of participants) {
    const process = participant.processRef as El | undefined;
    const pool = { id: safeId(participant.id, 'pool'), name: nameOf(participant) };
    if (process?.id) poolOfProcess.set(process.id, pool);
    const laneSets = list(process?.laneSets);
    if (laneSets.some((ls) => list(ls.lanes).length)) {
      const first = lanes.length;
      for (const ls of laneSets) leafLanes(ls, '', pool);
      if (lanes[first]) participantLane.set(String(participant.id), lanes[first].id);
    } else {
      participantLane.set(String(participant.id), pool.id);
      // A pool without a process of its own is a black box: in municipal flows, the customer.
      const collapsed = !process || list(process.flowElements).length === 0;
      lanes.push({
        id: pool.id,
        name: pool.name,
        pool,
        bounds: bounds.get(String(participant.id)),
        customer: collapsed || CUSTOMER_NAME.test(pool.name),
        fv: fvOf(participant),
      });
      if (process)
        for (const n of allFlowElements(process)) if (n.id) laneOfNode.set(n.id, pool.id);
    }
  }
  for (const process of processes) {
    if (poolOfProcess.has(String(process.id))) continue;
    for (const ls of list(process.laneSets)) leafLanes(ls, '');
  }

  // Steps: every flow node, also inside expanded sub-processes, data and text annotations.
  const nodes: NodeDraft[] = [];
  const flows: { el: El; kind: Connection['kind']; from: string; to: string; label: string }[] = [];
  const visit = (container: El, processId: string) => {
    for (const el of [...list(container.flowElements), ...list(container.artifacts)]) {
      if (isA(el, 'bpmn:SequenceFlow')) {
        flows.push({
          el,
          kind: 'flow',
          from: refId(el.sourceRef),
          to: refId(el.targetRef),
          label: flowLabel(el),
        });
        continue;
      }
      if (isA(el, 'bpmn:Association')) {
        flows.push({
          el,
          kind: 'information',
          from: refId(el.sourceRef),
          to: refId(el.targetRef),
          label: '',
        });
        continue;
      }
      if (isA(el, 'bpmn:DataObject')) continue; // the data behind a DataObjectReference
      const definition = list(el.eventDefinitions)[0]?.$type;
      const fv = fvOf(el);
      const kind = (fv?.kind as StepKind | undefined) ?? kindFor(el.$type, definition);
      if (!kind) {
        simplify(el, 'not shown in a swimlane flow');
        continue;
      }
      const reason = fv ? null : simplification(el.$type, definition);
      if (reason) simplify(el, reason);
      nodes.push({ el, processId, kind });
      for (const a of list(el.dataInputAssociations)) {
        for (const source of list(a.sourceRef))
          flows.push({
            el: a,
            kind: 'information',
            from: refId(source),
            to: String(el.id),
            label: '',
          });
      }
      for (const a of list(el.dataOutputAssociations)) {
        flows.push({
          el: a,
          kind: 'information',
          from: String(el.id),
          to: refId(a.targetRef),
          label: '',
        });
      }
      if (list(el.flowElements).length) visit(el, processId);
    }
  };
  for (const process of processes) visit(process, String(process.id));
  // A message flow to a pool drawn as a black box (typically the customer) is a customer contact;
  // the method counts those, so the pool's lane gets a step where the flow meets it.
  const poolEnd = (mf: El, end: 'sourceRef' | 'targetRef'): string => {
    const ref = mf[end] as El | undefined;
    if (!isA(ref, 'bpmn:Participant')) return refId(ref);
    const laneId = participantLane.get(String(ref?.id));
    if (!laneId) return refId(ref);
    const id = `${String(mf.id ?? 'MessageFlow')}_${end === 'sourceRef' ? 'from' : 'to'}`;
    const el: El = { $type: 'bpmn:Task', id, name: nameOf(mf) || nameOf(ref) };
    const points = waypoints.get(String(mf.id));
    const point = end === 'sourceRef' ? points?.[0] : points?.[points.length - 1];
    const lane = lanes.find((l) => l.id === laneId)?.bounds;
    if (point && lane && typeof point.x === 'number')
      bounds.set(id, { x: point.x - 50, y: lane.y + lane.height / 2 - 30, width: 100, height: 60 });
    laneOfNode.set(id, laneId);
    nodes.push({ el, processId: '', kind: 'activity', standIn: true });
    simplify(mf, 'message flow to a pool drawn without content; a step was added in its lane');
    return id;
  };
  for (const mf of collaborations.flatMap((c) => list(c.messageFlows))) {
    flows.push({
      el: mf,
      kind: 'information',
      from: poolEnd(mf, 'sourceRef'),
      to: poolEnd(mf, 'targetRef'),
      label: nameOf(mf),
    });
  }
  for (const c of collaborations)
    for (const a of list(c.artifacts)) {
      if (isA(a, 'bpmn:TextAnnotation')) nodes.push({ el: a, processId: '', kind: 'note' });
      else if (isA(a, 'bpmn:Association'))
        flows.push({
          el: a,
          kind: 'information',
          from: refId(a.sourceRef),
          to: refId(a.targetRef),
          label: '',
        });
      else simplify(a, 'not shown in a swimlane flow');
    }

  // Each node's lane: named by the lane, else the lane it is drawn in, else its process's own.
  const fallback = new Map<string, LaneDraft>();
  const laneFor = (node: NodeDraft): string => {
    const id = String(node.el.id);
    const named = laneOfNode.get(id);
    if (named) return named;
    const b = bounds.get(id);
    if (b) {
      const cy = b.y + b.height / 2;
      const cx = b.x + b.width / 2;
      const hit =
        lanes.find(
          (l) =>
            l.bounds &&
            cy >= l.bounds.y &&
            cy <= l.bounds.y + l.bounds.height &&
            cx >= l.bounds.x &&
            cx <= l.bounds.x + l.bounds.width,
        ) ?? lanes.find((l) => l.bounds && cy >= l.bounds.y && cy <= l.bounds.y + l.bounds.height);
      if (hit) return hit.id;
    }
    const key = node.processId || 'collaboration';
    let lane = fallback.get(key);
    if (!lane) {
      const process = processes.find((p) => p.id === node.processId);
      lane = {
        id: newId('l'),
        name: (process && nameOf(process)) || options.defaultLaneName || 'Process',
        customer: false,
      };
      fallback.set(key, lane);
      lanes.push(lane);
    }
    return lane.id;
  };
  const nodeLane = new Map(nodes.map((n) => [n, laneFor(n)]));

  // Lanes in drawing order (top to bottom); lanes the file does not draw come last.
  const ordered = [...lanes].sort(
    (a, b) => (a.bounds?.y ?? Number.MAX_SAFE_INTEGER) - (b.bounds?.y ?? Number.MAX_SAFE_INTEGER),
  );
  // Drawn if any node is: the few a tool left undrawn are set after the rest (see below).
  const hasLayout = nodes.length === 0 || nodes.some((n) => bounds.has(String(n.el.id)));
  const left = Math.min(
    ...nodes.map((n) => bounds.get(String(n.el.id))?.x ?? Number.MAX_SAFE_INTEGER),
    Number.MAX_SAFE_INTEGER,
  );

  const register: RegisterEntry[] = [];
  const fvRegister = list<RegisterEntry>(processFv?.register);
  const originX = typeof processFv?.originX === 'number' ? processFv.originX : undefined;
  let customers = 0;
  let units = 0;
  const modelLanes: Lane[] = ordered.map((draft) => {
    const fv = draft.fv?.record === 'lane' ? (draft.fv.lane as Lane) : undefined;
    const fromFv = fv && fvRegister.find((e) => e.id === fv.registerId);
    const customer = draft.customer || CUSTOMER_NAME.test(draft.name);
    const entry: RegisterEntry = fromFv
      ? { ...fromFv, name: (draft.name || fromFv.name).slice(0, 500) }
      : {
          id: `r-${draft.id}`.slice(0, 100),
          kind: customer ? 'kundgrupp' : 'forvaltning',
          name: (draft.name || options.defaultLaneName || 'Lane').slice(0, 500),
          shortName: '',
          color: customer
            ? CUSTOMER_COLORS[customers++ % CUSTOMER_COLORS.length]!
            : REGISTER_PALETTE[units++ % REGISTER_PALETTE.length]!,
        };
    if (!register.some((e) => e.id === entry.id)) register.push(entry);
    if (fv) {
      // A lane resized in another tool keeps its new height; our own export draws it exactly.
      const drawn = draft.bounds?.height;
      const height =
        drawn !== undefined && Math.abs(drawn - fv.height) > 1 ? Math.round(drawn) : fv.height;
      return { ...fv, id: draft.id, registerId: entry.id, height };
    }
    const height = Math.max(LANE_MIN_HEIGHT, Math.round((draft.bounds?.height ?? 0) * SCALE_Y));
    return {
      id: draft.id,
      registerId: entry.id,
      height,
      ...(draft.pool ? { pool: draft.pool } : {}),
    };
  });

  const laneDraft = new Map(ordered.map((d) => [d.id, d]));
  const drawnRight = Math.max(
    0,
    ...nodes.map((n) => {
      const b = bounds.get(String(n.el.id));
      return b ? (b.x + b.width - left) * SCALE_X : 0;
    }),
  );
  const undrawnLeft = Math.round(drawnRight + (drawnRight ? 120 : 40));
  const perLaneCount = new Map<string, number>();
  // A step we exported: our record gives what BPMN cannot say, but the lane (flowNodeRef) and
  // BPMN-DI win where another tool has moved or resized it; unmoved, the record is exact.
  const ownStep = (own: Step, node: NodeDraft, label: string): Step => {
    const id = String(node.el.id);
    const laneId =
      laneOfNode.get(id) ?? (laneDraft.has(own.laneId) ? own.laneId : nodeLane.get(node)!);
    const b = bounds.get(id);
    const laneBounds = laneDraft.get(laneId)?.bounds;
    if (!b || !laneBounds || originX === undefined) return { ...own, label, laneId };
    const moved = (drawn: number, ours: number) => Math.abs(drawn - ours) > 1;
    const x = b.x - originX;
    const y = b.y - laneBounds.y;
    if (
      laneId === own.laneId &&
      !moved(x, own.x) &&
      !moved(y, own.y) &&
      !moved(b.width, own.width) &&
      !moved(b.height, own.height)
    )
      return { ...own, label, laneId };
    return {
      ...own,
      label,
      laneId,
      x: Math.round(x),
      y: Math.max(0, Math.round(y)),
      width: Math.max(10, Math.round(b.width)),
      height: Math.max(10, Math.round(b.height)),
    };
  };
  const steps: Step[] = nodes.map((node) => {
    const el = node.el;
    const laneId = nodeLane.get(node)!;
    const fv = readFv(el);
    const own = fv?.record === 'step' ? (fv.step as Step) : undefined;
    const label = (isA(el, 'bpmn:TextAnnotation') ? String(el.text ?? '') : nameOf(el)).slice(
      0,
      500,
    );
    if (own) return ownStep(own, node, label);
    // Events and gateways are small marks in BPMN; drawn at our full size beside the tasks they
    // would crowd them, so they come in compact (still wide enough for a short label).
    const compact = EVENT_TYPES.includes(el.$type) || GATEWAY_TYPES.includes(el.$type);
    const { width, height } = compact
      ? { width: 120, height: node.kind === 'decision' ? 96 : 64 }
      : STEP_KIND_INFO[node.kind];
    const b = bounds.get(String(el.id));
    const lane = laneDraft.get(laneId);
    let x: number;
    let y: number;
    let w = width;
    let h = height;
    if (b && lane?.bounds) {
      // An expanded sub-process keeps its drawn size: its steps are drawn on top of it.
      if (node.kind === 'subprocess' && b.width > 200) {
        w = Math.round(b.width * SCALE_X);
        h = Math.round(b.height * SCALE_Y);
      }
      x = Math.round((b.x + b.width / 2 - left) * SCALE_X - w / 2 + 40);
      y = Math.round((b.y + b.height / 2 - lane.bounds.y) * SCALE_Y - h / 2);
    } else {
      const n = perLaneCount.get(laneId) ?? 0;
      perLaneCount.set(laneId, n + 1);
      x = undrawnLeft + n * 240;
      y = 24;
    }
    const definition = list(el.eventDefinitions)[0]?.$type;
    const attachedTo = (el.attachedToRef as El | undefined)?.id;
    return {
      id: safeId(el.id, 's'),
      kind: node.kind,
      label,
      laneId,
      x: Math.max(0, x),
      y: Math.max(10, y),
      width: w,
      height: h,
      properties: emptyProperties(),
      linkedProcessId: null,
      ...(node.standIn
        ? {}
        : {
            bpmn: {
              type: el.$type,
              ...(definition ? { eventDefinition: definition } : {}),
              ...(attachedTo ? { attachedTo } : {}),
              id: String(el.id).slice(0, 200),
            },
          }),
    };
  });

  // Every step sits inside its lane: a lane grows where a drawing (or a tool) put a step lower.
  const lanesFitted = modelLanes.map((lane) => {
    const bottom = Math.max(
      0,
      ...steps.filter((s) => s.laneId === lane.id).map((s) => s.y + s.height),
    );
    return bottom > lane.height ? { ...lane, height: Math.ceil(bottom + LANE_PADDING) } : lane;
  });

  // Our own exports may have had to rename an id for XML; connections follow the step's real id.
  const idOf = new Map(nodes.map((n, i) => [String(n.el.id), steps[i]!.id]));
  const stepIds = new Set(steps.map((s) => s.id));
  const connections: Connection[] = [];
  for (const raw of flows) {
    const f = { ...raw, from: idOf.get(raw.from) ?? raw.from, to: idOf.get(raw.to) ?? raw.to };
    if (!stepIds.has(f.from) || !stepIds.has(f.to) || f.from === f.to) {
      simplify(f.el, 'connection to something that is not a step');
      continue;
    }
    const fv = readFv(f.el);
    const own = fv?.record === 'connection' ? (fv.connection as Connection) : undefined;
    const id = f.el.id ? safeId(f.el.id, 'c') : newId('c');
    if (own) {
      connections.push({ ...own, from: f.from, to: f.to, label: f.label || own.label });
      continue;
    }
    connections.push({
      id,
      kind: f.kind,
      from: f.from,
      to: f.to,
      label: f.label.slice(0, 500),
      bpmn: { type: f.el.$type, id: String(f.el.id ?? '').slice(0, 200) },
    });
  }

  const now = (options.now ?? new Date()).toISOString();
  const spec = (processFv?.process ?? {}) as Record<string, unknown>;
  const title =
    (spec.title as string | undefined) ||
    nameOf(defs) ||
    participants.map(nameOf).find(Boolean) ||
    processes.map(nameOf).find(Boolean) ||
    options.title ||
    'BPMN';
  return {
    ok: true,
    hasLayout,
    simplified,
    file: {
      formatVersion: CURRENT_FORMAT_VERSION,
      application: 'BPMN',
      process: {
        category: 'huvudprocess',
        status: 'utkast',
        variant: 'nulage',
        createdAt: now,
        ...spec,
        id: (spec.id as string | undefined) ?? newId('p'),
        title: title.slice(0, 500),
        changedAt: now,
        lanes: lanesFitted,
        steps,
        connections,
      },
      register,
    },
  };
}

function nameOf(el: El | undefined): string {
  return typeof el?.name === 'string' ? el.name.replace(/\s+/g, ' ').trim() : '';
}

function refId(ref: unknown): string {
  return String((ref as El | undefined)?.id ?? '');
}

function flowLabel(el: El): string {
  const name = nameOf(el);
  if (name) return name;
  const condition = el.conditionExpression as El | undefined;
  return typeof condition?.body === 'string' ? condition.body.trim().slice(0, 500) : '';
}

function safeId(id: unknown, prefix: string): string {
  return typeof id === 'string' && VALID_ID.test(id) ? id : newId(prefix);
}

function* allFlowElements(container: El): Generator<El> {
  for (const el of list(container.flowElements)) {
    yield el;
    yield* allFlowElements(el);
  }
  for (const el of list(container.artifacts)) yield el;
}

/** Our own record on an element, if it carries one (and it parses). */
export function readFv(el: El | undefined): Record<string, unknown> | undefined {
  const ext = el?.extensionElements as El | undefined;
  const data = list(ext?.values).find((v) => v.$type === 'fv:Data');
  if (!data || typeof data.json !== 'string') return undefined;
  const parsed = parseJsonSafely(data.json, MAX_BPMN_CHARS);
  const value = parsed.ok ? parsed.value : undefined;
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}
