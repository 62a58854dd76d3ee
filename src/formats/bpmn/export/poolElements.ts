// A pool's BPMN elements: its process, its participant (unless the file drew the process without
// one) with the pool's shape, and its drawn lanes as a laneSet with their shapes. Our records of
// the lanes that were no lane in the file ride on the participant (a pool without lanes) or the
// process, so that our own export comes back as the same document.
import type { ModdleElement } from 'bpmn-moddle';
import { lanesHeight } from '../../../domain/layout/projection';
import type { Lane } from '../../../domain/model/types';
import type { ExportPool } from './pools';

const POOL_LABEL = 30;

export interface PoolWriter {
  create: (type: string, attrs?: Record<string, unknown>) => ModdleElement;
  bpmnId: (id: string) => string;
  bounds: (b: { x: number; y: number; width: number; height: number }) => ModdleElement;
  laneName: (lane: Lane) => string;
  laneTop: ReadonlyMap<string, number>;
  /** Width of the drawing: every pool and lane spans it. */
  width: number;
  /** Collects the pools' and lanes' shapes. */
  shapes: ModdleElement[];
  /** Gets each drawn lane's element as `lane:<id>`, for the steps' flowNodeRefs. */
  elementOf: Map<string, ModdleElement>;
}

const data = (w: PoolWriter, records: Record<string, unknown>[]) =>
  w.create('bpmn:ExtensionElements', {
    values: records.map((r) => w.create('fv:Data', { json: JSON.stringify(r) })),
  });

/** The pool's process; its participant, if it has one, in `participants`. */
export function writePool(
  w: PoolWriter,
  pool: ExportPool,
  processId: string,
  /** Our record of the whole process, on the first pool's process. */
  processRecord: Record<string, unknown> | undefined,
  participants: ModdleElement[],
): ModdleElement {
  const { create, bpmnId, bounds } = w;
  const bpmnProcess = create('bpmn:Process', {
    id: processId,
    name: pool.name || undefined,
    isExecutable: false,
    flowElements: [],
    artifacts: [],
  });
  const outside = pool.outsideLanes.map((lane) => ({ record: 'lane', lane }));
  if (pool.participant) {
    const participant = create('bpmn:Participant', {
      id: bpmnId(pool.id),
      name: pool.name || undefined,
      processRef: bpmnProcess,
    });
    participants.push(participant);
    w.shapes.push(
      create('bpmndi:BPMNShape', {
        id: `${bpmnId(pool.id)}_di`,
        bpmnElement: participant,
        isHorizontal: true,
        bounds: bounds({
          x: 0,
          y: w.laneTop.get(pool.lanes[0]!.id) ?? 0,
          width: w.width,
          height: lanesHeight(pool),
        }),
      }),
    );
    // A pool without lanes is its own lane: other tools (and older imports) read it there.
    if (pool.drawnLanes.length === 0 && outside.length === 1)
      participant.extensionElements = data(w, [outside.pop()!]);
  }
  const records = [...(processRecord ? [processRecord] : []), ...outside];
  if (records.length) bpmnProcess.extensionElements = data(w, records);
  if (pool.drawnLanes.length === 0) return bpmnProcess;
  const lanes = pool.drawnLanes.map((lane) => {
    const bpmnLane = create('bpmn:Lane', {
      id: bpmnId(lane.id),
      name: w.laneName(lane),
      flowNodeRef: [],
      extensionElements: data(w, [{ record: 'lane', lane }]),
    });
    w.shapes.push(
      create('bpmndi:BPMNShape', {
        id: `${bpmnId(lane.id)}_di`,
        bpmnElement: bpmnLane,
        isHorizontal: true,
        bounds: bounds({
          x: POOL_LABEL,
          y: w.laneTop.get(lane.id) ?? 0,
          width: w.width - POOL_LABEL,
          height: lane.height,
        }),
      }),
    );
    w.elementOf.set(`lane:${lane.id}`, bpmnLane);
    return bpmnLane;
  });
  bpmnProcess.laneSets = [
    create('bpmn:LaneSet', { id: bpmnId(`LaneSet_${bpmnId(pool.id)}`), lanes }),
  ];
  return bpmnProcess;
}
