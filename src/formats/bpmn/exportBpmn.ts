// The process as BPMN 2.0 XML with BPMN-DI: a collaboration with a participant per pool (lanes
// without a pool share one named after the process; a process the file drew without a pool gets
// none, see export/pools), our lanes as a laneSet, every step as its BPMN type, flows as
// sequence or message flows. Each element also carries <fv:data>, our own
// record of it, so that importing our export gives back exactly what was exported.
import type { ModdleElement } from 'bpmn-moddle';
import type { Lane, Process, RegisterEntry, Step } from '../../domain/model/types';
import { EVENT_TYPES, SUBPROCESS_TYPES, TASK_TYPES, typeForKind } from './kinds';
import { createModdle } from './moddle';
import { routeProcess } from '../../domain/layout/routing';
import { laneNameOf, laneTops, stepBox } from '../../domain/layout/projection';
import { writePool } from './export/poolElements';
import { poolsOf } from './export/pools';

const LEFT = 80;
const VALID_ID = /^[A-Za-z_][\w.-]{0,99}$/;

export async function exportBpmn(
  process: Process,
  register: readonly RegisterEntry[],
): Promise<string> {
  const moddle = createModdle();
  const create = (type: string, attrs: Record<string, unknown> = {}) => moddle.create(type, attrs);
  const fv = (record: Record<string, unknown>) =>
    create('bpmn:ExtensionElements', {
      values: [create('fv:Data', { json: JSON.stringify(record) })],
    });
  const entries = new Map(register.map((e) => [e.id, e]));
  const laneName = (lane: Lane) => laneNameOf(process, entries, lane.id, lane.registerId);

  // BPMN ids must be XML names; ours nearly always are, the rest get a stable stand-in.
  const used = new Set<string>();
  const bpmnIds = new Map<string, string>();
  const bpmnId = (id: string) => {
    let out = bpmnIds.get(id);
    if (out) return out;
    out = VALID_ID.test(id) ? id : `id_${id.replace(/[^\w.-]/g, '_')}`.slice(0, 100);
    while (used.has(out)) out = `${out}_`;
    used.add(out);
    bpmnIds.set(id, out);
    return out;
  };

  // Pools in order of first appearance; a pool's lanes stay together.
  const pools = poolsOf(process, `Participant_${process.id}`);
  const poolOfLane = new Map(pools.flatMap((p) => p.lanes.map((l) => [l.id, p] as const)));
  // Pools claim their ids first: a pool keeps the id the file gave it.
  for (const pool of pools) bpmnId(pool.id);

  // Geometry: pools stacked in this order, each lane's band below the one before.
  const minX = Math.min(0, ...process.steps.map((s) => s.x));
  const maxX = Math.max(400, ...process.steps.map((s) => s.x + s.width));
  const x0 = LEFT - minX;
  const width = x0 + maxX + 80;
  // Stacked in pool order: a pool's lanes are drawn together even if the document interleaves them.
  const stacked = { lanes: pools.flatMap((p) => p.lanes) };
  const laneTop = laneTops(stacked);
  const box = (s: Step) => {
    const b = stepBox(stacked, s, laneTop);
    return { ...b, x: x0 + b.x };
  };

  const stepById = new Map(process.steps.map((s) => [s.id, s]));
  const typeOf = (s: Step) => s.bpmn?.type ?? typeForKind(s.kind);
  const isFlowNode = (s: Step) => {
    const t = typeOf(s);
    return (
      t !== 'bpmn:TextAnnotation' &&
      t !== 'bpmn:DataObjectReference' &&
      t !== 'bpmn:DataStoreReference'
    );
  };

  const shapes: ModdleElement[] = [];
  const edges: ModdleElement[] = [];
  const bounds = (b: { x: number; y: number; width: number; height: number }) =>
    create('dc:Bounds', {
      x: Math.round(b.x),
      y: Math.round(b.y),
      width: Math.round(b.width),
      height: Math.round(b.height),
    });

  const participants: ModdleElement[] = [];
  const processes: ModdleElement[] = [];
  const elementOf = new Map<string, ModdleElement>();
  const processOfPool = new Map<string, ModdleElement>();
  const spec = Object.fromEntries(
    Object.entries(process).filter(([k]) => !['lanes', 'steps', 'connections'].includes(k)),
  );
  const referenced = new Set([
    ...process.lanes.map((l) => l.registerId),
    ...process.customerGroupIds,
  ]);

  const writer = { create, bpmnId, bounds, laneName, laneTop, width, shapes, elementOf };
  pools.forEach((pool, index) => {
    // A process drawn without a pool keeps its own id: the pool's id is the process's.
    const id = pool.participant ? bpmnId(`Process_${index + 1}_${process.id}`) : bpmnId(pool.id);
    const record =
      index === 0
        ? {
            record: 'process',
            process: spec,
            register: register.filter((e) => referenced.has(e.id)),
            // Where our x = 0 lies in the drawing: import reads positions back from BPMN-DI
            // (which another tool may have changed) without scaling them.
            originX: x0,
          }
        : undefined;
    const bpmnProcess = writePool(writer, pool, id, record, participants);
    processOfPool.set(pool.id, bpmnProcess);
    processes.push(bpmnProcess);
  });

  // Steps.
  for (const step of process.steps) {
    const pool = poolOfLane.get(step.laneId);
    if (!pool) continue;
    const bpmnProcess = processOfPool.get(pool.id)!;
    let type = typeOf(step);
    const host = step.bpmn?.attachedTo ? stepById.get(step.bpmn.attachedTo) : undefined;
    const hostOk =
      host &&
      poolOfLane.get(host.laneId) === pool &&
      [...TASK_TYPES, ...SUBPROCESS_TYPES].includes(typeOf(host));
    if (type === 'bpmn:BoundaryEvent' && !hostOk) type = 'bpmn:IntermediateCatchEvent';
    const id = bpmnId(step.id);
    const ext = fv({ record: 'step', step });
    let el: ModdleElement;
    if (type === 'bpmn:TextAnnotation') {
      el = create(type, { id, text: step.label, extensionElements: ext });
      (bpmnProcess.artifacts as ModdleElement[]).push(el);
    } else {
      el = create(type, { id, name: step.label, extensionElements: ext });
      if (type === 'bpmn:DataObjectReference') {
        const data = create('bpmn:DataObject', { id: bpmnId(`${step.id}_object`) });
        (bpmnProcess.flowElements as ModdleElement[]).push(data);
        el.dataObjectRef = data;
      }
      if (EVENT_TYPES.includes(type)) {
        const definition =
          step.bpmn?.eventDefinition ??
          (step.kind === 'wait' ? 'bpmn:TimerEventDefinition' : undefined);
        if (definition)
          el.eventDefinitions = [create(definition, { id: bpmnId(`${step.id}_definition`) })];
      }
      if (type === 'bpmn:BoundaryEvent' && host) el.attachedToRef = elementOf.get(host.id);
      (bpmnProcess.flowElements as ModdleElement[]).push(el);
      const lane = elementOf.get(`lane:${step.laneId}`);
      if (lane && isFlowNode(step)) (lane.flowNodeRef as ModdleElement[]).push(el);
    }
    elementOf.set(step.id, el);
    shapes.push(
      create('bpmndi:BPMNShape', {
        id: `${id}_di`,
        bpmnElement: el,
        bounds: bounds(box(step)),
        ...(SUBPROCESS_TYPES.includes(type) && type !== 'bpmn:CallActivity'
          ? { isExpanded: false }
          : {}),
      }),
    );
  }
  // A boundary event whose host came later in the list gets its reference now.
  for (const step of process.steps) {
    const el = elementOf.get(step.id);
    if (el?.$type === 'bpmn:BoundaryEvent' && !el.attachedToRef && step.bpmn?.attachedTo)
      el.attachedToRef = elementOf.get(step.bpmn.attachedTo);
  }

  // Connections, routed as on the canvas: lanes in pool order, which is how they are drawn here.
  const routes = routeProcess({ ...process, lanes: pools.flatMap((p) => p.lanes) });
  const messageFlows: ModdleElement[] = [];
  const collaborationArtifacts: ModdleElement[] = [];
  for (const c of process.connections) {
    const from = stepById.get(c.from);
    const to = stepById.get(c.to);
    const source = elementOf.get(c.from);
    const target = elementOf.get(c.to);
    if (!from || !to || !source || !target) continue;
    const samePool = poolOfLane.get(from.laneId) === poolOfLane.get(to.laneId);
    const nodes = isFlowNode(from) && isFlowNode(to);
    const ext = fv({ record: 'connection', connection: c });
    const id = bpmnId(c.id);
    const named = (type: string) =>
      create(type, {
        id,
        name: c.label || undefined,
        sourceRef: source,
        targetRef: target,
        extensionElements: ext,
      });
    let el: ModdleElement;
    if (c.kind === 'flow' && nodes && samePool) {
      el = named('bpmn:SequenceFlow');
      const owner = processOfPool.get(poolOfLane.get(from.laneId)!.id)!;
      (owner.flowElements as ModdleElement[]).push(el);
    } else if (nodes && !samePool) {
      el = named('bpmn:MessageFlow');
      messageFlows.push(el);
    } else {
      el = create('bpmn:Association', {
        id,
        sourceRef: source,
        targetRef: target,
        extensionElements: ext,
      });
      if (samePool)
        (processOfPool.get(poolOfLane.get(from.laneId)!.id)!.artifacts as ModdleElement[]).push(el);
      else collaborationArtifacts.push(el);
    }
    edges.push(
      create('bpmndi:BPMNEdge', {
        id: `${id}_di`,
        bpmnElement: el,
        waypoint: (routes.get(c.id)?.points ?? []).map(([x, y]) =>
          create('dc:Point', { x: Math.round(x0 + x), y: Math.round(y) }),
        ),
      }),
    );
  }

  // One process drawn without a pool needs no collaboration; several share one diagram through it.
  const collaboration =
    participants.length === 0 && processes.length === 1
      ? undefined
      : create('bpmn:Collaboration', {
          id: bpmnId(`Collaboration_${process.id}`),
          participants,
          messageFlows,
          artifacts: collaborationArtifacts,
        });
  const diagram = create('bpmndi:BPMNDiagram', {
    id: bpmnId(`Diagram_${process.id}`),
    name: process.title,
    plane: create('bpmndi:BPMNPlane', {
      id: bpmnId(`Plane_${process.id}`),
      bpmnElement: collaboration ?? processes[0],
      planeElement: [...shapes, ...edges],
    }),
  });
  const definitions = create('bpmn:Definitions', {
    id: bpmnId(`Definitions_${process.id}`),
    name: process.title,
    targetNamespace: 'https://flodesverkstan.se/bpmn',
    exporter: 'Flödesverkstan',
    exporterVersion: '1',
    rootElements: collaboration ? [collaboration, ...processes] : processes,
    diagrams: [diagram],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}
