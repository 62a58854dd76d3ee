// Nodes become steps, placed where the file draws them (scaled to our sizes) or, undrawn, in a
// row per lane to the right of the drawing.
import { emptyProperties } from '../../../domain/model/factories';
import { STEP_KIND_INFO } from '../../../domain/model/stepKinds';
import type { Step } from '../../../domain/model/types';
import { EVENT_TYPES, GATEWAY_TYPES } from '../kinds';
import { isA, list } from '../moddle';
import { SCALE_X, SCALE_Y, type ImportContext, type LaneDraft, type NodeDraft } from './context';
import { nameOf, readFv, safeId } from './elements';

interface Placing {
  ctx: ImportContext;
  nodeLane: ReadonlyMap<NodeDraft, string>;
  laneDraft: ReadonlyMap<string, LaneDraft>;
  /** Where our own export put x = 0, when the file is one. */
  originX: number | undefined;
}

export function buildSteps(
  ctx: ImportContext,
  nodeLane: ReadonlyMap<NodeDraft, string>,
  ordered: readonly LaneDraft[],
  originX: number | undefined,
): Step[] {
  const { nodes, bounds } = ctx;
  const placing: Placing = {
    ctx,
    nodeLane,
    laneDraft: new Map(ordered.map((d) => [d.id, d])),
    originX,
  };
  const left = Math.min(
    ...nodes.map((n) => bounds.get(String(n.el.id))?.x ?? Number.MAX_SAFE_INTEGER),
    Number.MAX_SAFE_INTEGER,
  );
  const drawnRight = Math.max(
    0,
    ...nodes.map((n) => {
      const b = bounds.get(String(n.el.id));
      return b ? (b.x + b.width - left) * SCALE_X : 0;
    }),
  );
  const undrawnLeft = Math.round(drawnRight + (drawnRight ? 120 : 40));
  const perLaneCount = new Map<string, number>();
  return nodes.map((node) => {
    const el = node.el;
    const laneId = nodeLane.get(node)!;
    const fv = readFv(el);
    const own = fv?.record === 'step' ? (fv.step as Step) : undefined;
    const label = (isA(el, 'bpmn:TextAnnotation') ? String(el.text ?? '') : nameOf(el)).slice(
      0,
      500,
    );
    if (own) return ownStep(placing, own, node, label);
    // Events and gateways are small marks in BPMN; drawn at our full size beside the tasks they
    // would crowd them, so they come in compact (still wide enough for a short label).
    const compact = EVENT_TYPES.includes(el.$type) || GATEWAY_TYPES.includes(el.$type);
    const { width, height } = compact
      ? { width: 120, height: node.kind === 'decision' ? 96 : 64 }
      : STEP_KIND_INFO[node.kind];
    const b = bounds.get(String(el.id));
    const lane = placing.laneDraft.get(laneId);
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
              ...(node.attachedTo ? { attachedTo: node.attachedTo } : {}),
              id: String(el.id).slice(0, 200),
            },
          }),
    };
  });
}

/**
 * A step we exported: our record gives what BPMN cannot say, but the lane (flowNodeRef) and
 * BPMN-DI win where another tool has moved or resized it; unmoved, the record is exact.
 */
function ownStep(placing: Placing, own: Step, node: NodeDraft, label: string): Step {
  const { ctx, laneDraft, originX } = placing;
  const id = String(node.el.id);
  const laneId =
    ctx.laneOfNode.get(id) ??
    (laneDraft.has(own.laneId) ? own.laneId : placing.nodeLane.get(node)!);
  const b = ctx.bounds.get(id);
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
}
