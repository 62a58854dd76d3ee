// Edges with a step at both ends become connections, labelled with the edge's own value and the
// label cells draw.io hangs on it; the rest are listed with the reason.
import { newId } from '../../domain/model/ids';
import { STEP_KIND_INFO } from '../../domain/model/stepKinds';
import type { Connection, Step } from '../../domain/model/types';
import type { Cell } from './cells';
import { isSwimlane, type LaneFound } from './lanes';
import type { Simplified, SimplifiedReason } from './report';

export function edgesToConnections(
  edges: readonly Cell[],
  cells: ReadonlyMap<string, Cell>,
  stepOf: ReadonlyMap<string, Step>,
  laneOf: ReadonlyMap<string, LaneFound>,
  simplified: Simplified[],
): Connection[] {
  const labels = new Map<string, string[]>();
  for (const c of cells.values()) {
    if (!c.vertex || !c.text) continue;
    const edge = cells.get(c.parent);
    if (!edge?.edge) continue;
    const list = labels.get(edge.id);
    if (list) list.push(c.text);
    else labels.set(edge.id, [c.text]);
  }
  const connections: Connection[] = [];
  for (const edge of edges) {
    const label = [edge.text, ...(labels.get(edge.id) ?? [])]
      .filter(Boolean)
      .join(' ')
      .slice(0, 500);
    const report = (reason: SimplifiedReason) =>
      simplified.push({ id: edge.id, name: label, reason });
    if (!edge.source || !edge.target || !cells.has(edge.source) || !cells.has(edge.target)) {
      report('danglingEdge');
      continue;
    }
    const from = stepOf.get(edge.source);
    const to = stepOf.get(edge.target);
    if (!from || !to) {
      const toLane = [edge.source, edge.target].some(
        (id) => laneOf.has(id) || isSwimlane(cells.get(id)!),
      );
      report(toLane ? 'edgeToLane' : 'edgeToDropped');
      continue;
    }
    if (from === to) {
      report('selfLoop');
      continue;
    }
    const info = !STEP_KIND_INFO[from.kind].inFlow || !STEP_KIND_INFO[to.kind].inFlow;
    connections.push({
      id: newId('c'),
      kind: info ? 'information' : 'flow',
      from: from.id,
      to: to.id,
      label,
    });
  }
  return connections;
}
