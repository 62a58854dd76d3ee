// One draw.io page into a process file (the shape importBpmn produces), which the caller passes
// through the one load gate. Lanes from swimlanes, steps from the vertices in them, connections
// from edges with both ends; whatever cannot be shown is listed, never silently dropped.
import { emptyProperties } from '../../domain/model/factories';
import { LANE_MIN_HEIGHT, LANE_PADDING } from '../../domain/model/geometry';
import { newId } from '../../domain/model/ids';
import { STEP_KIND_INFO } from '../../domain/model/stepKinds';
import type { Step } from '../../domain/model/types';
import { CURRENT_FORMAT_VERSION } from '../../domain/schema/process';
import type { Cell } from './cells';
import { guessKind, type KindGuess } from './kinds';
import { findLanes, isSwimlane, laneAt, PageTree, type LaneFound } from './lanes';
import { edgesToConnections } from './edges';
import { modelLanes } from './modelLanes';
import { pageScale, type Item } from './place';
import type { Guessed, Simplified, SimplifiedReason } from './report';

export interface PageOptions {
  title: string;
  now?: Date;
  /** Name of the one lane of a page drawn without swimlanes. */
  defaultLaneName: string;
}

export interface PageResult {
  file: unknown;
  simplified: Simplified[];
  guessed: Guessed[];
  steps: number;
}

interface Placed {
  cell: Cell;
  lane: LaneFound;
  guess: KindGuess;
}

export function convertPage(cells: ReadonlyMap<string, Cell>, options: PageOptions): PageResult {
  const tree = new PageTree(cells);
  const { lanes: found, place } = findLanes(tree);
  const simplified: Simplified[] = [];
  const guessed: Guessed[] = [];
  const drop = (cell: Cell, reason: SimplifiedReason) =>
    simplified.push({ id: cell.id, name: cell.text, reason });

  const edges = [...cells.values()].filter((c) => c.edge);
  const edgeIds = new Set(edges.map((e) => e.id));
  const hasIn = new Set(edges.map((e) => e.target));
  const hasOut = new Set(edges.map((e) => e.source));
  const laneOf = new Map(found.map((l) => [l.cell.id, l]));
  // A page without swimlanes is one lane, the size of its drawing.
  const lanes: LaneFound[] = found.length > 0 ? found : [];
  let fallback: LaneFound | undefined;

  const placed: Placed[] = [];
  const groups: Cell[] = [];
  for (const cell of cells.values()) {
    if (!cell.vertex || isSwimlane(cell) || edgeIds.has(cell.parent)) continue;
    if (cell.base === 'image' || cell.style.get('shape') === 'image' || cell.style.has('image')) {
      drop(cell, 'image');
      continue;
    }
    const inside = tree.childrenOf(cell.id).some((c) => c.vertex);
    if (cell.base === 'group' || inside) {
      // Its members are placed on their own; the frame around them is not a step.
      drop(cell, 'group');
      groups.push(cell);
      continue;
    }
    let lane = tree
      .ancestors(cell)
      .map((a) => laneOf.get(a.id))
      .find(Boolean);
    if (!lane && found.length === 0) {
      fallback ??= {
        cell: pageLane(options.defaultLaneName),
        bounds: { x: 0, y: 0, width: 0, height: 0 },
      };
      lane = fallback;
    }
    if (!lane) {
      lane = laneAt(found, place(cell));
      if (lane) guessed.push({ id: cell.id, name: cell.text, kind: 'lane', from: lane.cell.text });
    }
    if (!lane) {
      drop(cell, cell.base === 'text' ? 'textOutside' : 'outsideLanes');
      continue;
    }
    const guess = guessKind(cell, hasIn.has(cell.id), hasOut.has(cell.id));
    if (guess.from)
      guessed.push({ id: cell.id, name: cell.text, kind: guess.kind, from: guess.from });
    placed.push({ cell, lane, guess });
  }
  if (fallback) {
    // The drawing's own extent stands in for a lane: steps keep their places relative to it.
    const boxes = placed.map((p) => place(p.cell));
    const top = Math.min(...boxes.map((b) => b.y), 0);
    const bottom = Math.max(...boxes.map((b) => b.y + b.height), 0);
    fallback.bounds = { x: 0, y: top - 20, width: 0, height: bottom - top + 40 };
    lanes.push(fallback);
  }

  const sizeOf = (p: Placed) =>
    p.guess.bpmnType?.endsWith('Event') ? { width: 120, height: 64 } : STEP_KIND_INFO[p.guess.kind];
  const items: Item[] = placed.map((p) => {
    const b = place(p.cell);
    const size = sizeOf(p);
    return {
      laneKey: p.lane.cell.id,
      cx: b.x + b.width / 2,
      cy: b.y + b.height / 2,
      drawnW: b.width,
      drawnH: b.height,
      w: size.width,
      h: size.height,
    };
  });
  const { sx, sy } = pageScale(items);
  const left = Math.min(...items.map((i) => i.cx - i.drawnW / 2), Number.MAX_SAFE_INTEGER);
  const { lanes: modelled, register, idOf } = modelLanes(lanes, options.defaultLaneName, sy);

  const stepOf = new Map<string, Step>();
  const steps = placed.map((p, i): Step => {
    const it = items[i]!;
    const { width, height } = sizeOf(p);
    const step: Step = {
      id: newId('s'),
      kind: p.guess.kind,
      label: p.cell.text,
      laneId: idOf.get(p.lane.cell.id)!,
      x: Math.round((it.cx - left) * sx - width / 2 + 40),
      y: Math.max(LANE_PADDING / 2, Math.round((it.cy - p.lane.bounds.y) * sy - height / 2)),
      width,
      height,
      properties: emptyProperties(),
      linkedProcessId: null,
      ...(p.guess.bpmnType ? { bpmn: { type: p.guess.bpmnType } } : {}),
    };
    stepOf.set(p.cell.id, step);
    return step;
  });

  // An arrow to a group's frame goes to its largest member (a choreography task's own task).
  const groupIds = new Set(groups.map((g) => g.id));
  const largest = new Map<string, Placed>();
  const area = (p: Placed) => (p.cell.geometry?.width ?? 0) * (p.cell.geometry?.height ?? 0);
  for (const p of placed)
    for (const a of tree.ancestors(p.cell)) {
      if (!groupIds.has(a.id)) continue;
      const best = largest.get(a.id);
      if (!best || area(p) > area(best)) largest.set(a.id, p);
    }
  for (const [groupId, p] of largest) stepOf.set(groupId, stepOf.get(p.cell.id)!);
  const connections = edgesToConnections(edges, cells, stepOf, laneOf, simplified);
  const now = (options.now ?? new Date()).toISOString();
  return {
    simplified,
    guessed,
    steps: steps.length,
    file: {
      formatVersion: CURRENT_FORMAT_VERSION,
      application: 'draw.io',
      process: {
        id: newId('p'),
        title: options.title.slice(0, 500) || 'draw.io',
        category: 'huvudprocess',
        status: 'utkast',
        variant: 'nulage',
        createdAt: now,
        changedAt: now,
        lanes: modelled.map((l) => ({ ...l, height: Math.max(LANE_MIN_HEIGHT, l.height) })),
        steps,
        connections,
      },
      register,
    },
  };
}

/** The one lane of a page drawn without swimlanes (not a cell of the file). */
function pageLane(name: string): Cell {
  const style = new Map<string, string>();
  return {
    id: '',
    parent: '',
    text: name,
    base: 'swimlane',
    style,
    vertex: true,
    edge: false,
    source: '',
    target: '',
  };
}
