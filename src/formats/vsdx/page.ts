// One Visio page → the lanes, steps and connections of one process. Swimlanes become lanes in
// drawing order; every step goes to the lane its centre lies in; connectors glued at both ends
// (Visio's Connects table) become connections. Whatever does not fit is listed, never dropped
// silently.
import { STEP_KIND_INFO } from '../../domain/model/stepKinds';
import type { Connection, StepKind } from '../../domain/model/types';
import { roleOf, type Role, type SimplifiedReason } from './classify';
import { placeSteps, type LaneShape, type Placed } from './layout';
import { LIMITS } from '../../domain/schema/limits';
import {
  readConnects,
  readPageShapes,
  TooManyShapes,
  type Masters,
  type PageShape,
} from './shapes';
import type { XmlNode } from './xml';

export interface Simplified {
  reason: SimplifiedReason;
  /** The shape's text or master name, for the notice; '' when it has neither. */
  name: string;
}

export interface PageResult {
  lanes: LaneShape[];
  placed: Placed;
  connections: Connection[];
  simplified: Simplified[];
  /** The cross-functional flowchart's title, when the page has one. */
  title: string;
}

export interface StepShape {
  shape: PageShape;
  kind: StepKind;
}

export function convertPage(page: XmlNode, masters: Masters): PageResult {
  const shapes = readPageShapes(page, masters);
  const byId = new Map(shapes.map((s) => [s.id, s]));
  const roles = new Map<string, Role>(shapes.map((s) => [s.id, roleOf(s)]));
  const simplified: Simplified[] = [];
  const note = (reason: SimplifiedReason, s: PageShape) =>
    simplified.push({ reason, name: (s.text || s.master).slice(0, 80) });

  /** The step or connector a shape is a part of (a sub-shape of a group), if any. */
  const owner = (s: PageShape): PageShape | undefined => {
    let found: PageShape | undefined;
    for (let p = s.parent; p !== null; p = byId.get(p)?.parent ?? null) {
      const role = roles.get(p)?.role;
      if (role === 'step' || role === 'connector') found = byId.get(p);
    }
    return found;
  };
  const insideLaneDrawing = (s: PageShape) => {
    for (let p = s.parent; p !== null; p = byId.get(p)?.parent ?? null) {
      const role = roles.get(p)?.role;
      if (role === 'lane' || role === 'container') return true;
    }
    return false;
  };

  const firstTextedChild = new Map<string, PageShape>();
  for (const s of shapes)
    if (s.parent !== null && s.text && !firstTextedChild.has(s.parent))
      firstTextedChild.set(s.parent, s);
  const lanes: LaneShape[] = [];
  const steps: (StepShape & { terminator: boolean })[] = [];
  const connectors: PageShape[] = [];
  let title = '';
  for (const s of shapes) {
    const role = roles.get(s.id)!;
    if (owner(s)) continue;
    if (role.role === 'lane') {
      if (s.box.width > 0 && s.box.height > 0)
        lanes.push({
          shape: s,
          vertical: role.vertical,
          name: s.text || firstTextedChild.get(s.id)?.text || '',
        });
    } else if (role.role === 'container') {
      if (!title && /^cff container/i.test(s.master)) title = containerTitle(s, shapes);
    } else if (role.role === 'connector') connectors.push(s);
    else if (role.role === 'step') {
      // The text of a lane's or a container's own parts (its header) is not a step.
      if (role.guessed && insideLaneDrawing(s)) continue;
      if (role.guessed) note('guessedActivity', s);
      steps.push({ shape: s, kind: role.kind, terminator: role.terminator });
    } else if (!insideLaneDrawing(s) && !(role.reason === 'decoration' && s.depth > 0)) {
      note(role.reason, s);
    }
  }

  // More lanes than a process holds: the load gate would refuse it, and each step is matched
  // against every lane.
  if (lanes.length > LIMITS.lanes) throw new TooManyShapes();
  const stepIds = new Set(steps.map((s) => s.shape.id));
  const stepOf = (id: string | undefined): string | undefined => {
    for (let cur = id; cur !== undefined; cur = byId.get(cur)?.parent ?? undefined) {
      if (stepIds.has(cur)) return cur;
    }
    return undefined;
  };
  const ends = readConnects(page);
  const connections: Connection[] = [];
  for (const c of connectors) {
    const glued = ends.get(c.id);
    const from = stepOf(glued?.begin);
    const to = stepOf(glued?.end);
    if (from === undefined || to === undefined) note('looseConnector', c);
    else if (from === to) note('selfLoop', c);
    else
      connections.push({
        id: `c-${c.id}`,
        kind: 'flow',
        from: `s-${from}`,
        to: `s-${to}`,
        label: c.text.slice(0, 500),
      });
  }
  // Visio draws both ends of a flow with one shape: the one with no arrow in starts it.
  const hasIn = new Set(connections.map((c) => c.to));
  const hasOut = new Set(connections.map((c) => c.from));
  for (const step of steps) {
    if (!step.terminator) continue;
    const id = `s-${step.shape.id}`;
    step.kind = hasIn.has(id) && !hasOut.has(id) ? 'outcome' : 'need';
  }
  bridgeObjects(steps, connections);
  const placed = placeSteps(lanes, steps);
  for (const shape of placed.outside) note('outsideLanes', shape);
  return { lanes, placed, connections, simplified, title };
}

/**
 * A document or data store drawn in the flow (A → Document → B) is information beside it in the
 * method: its arrows become information links and A → B is the flow, so the flow does not end
 * at the document.
 */
function bridgeObjects(steps: readonly StepShape[], connections: Connection[]): void {
  const objects = new Set(
    steps.filter((s) => !STEP_KIND_INFO[s.kind].inFlow).map((s) => `s-${s.shape.id}`),
  );
  const into = new Map<string, Connection[]>();
  const outOf = new Map<string, Connection[]>();
  for (const c of connections) {
    if (objects.has(c.to)) into.set(c.to, [...(into.get(c.to) ?? []), c]);
    if (objects.has(c.from)) outOf.set(c.from, [...(outOf.get(c.from) ?? []), c]);
  }
  const joined = new Set(connections.map((c) => `${c.from} ${c.to}`));
  for (const id of objects) {
    const incoming = (into.get(id) ?? []).filter((c) => !objects.has(c.from));
    const outgoing = (outOf.get(id) ?? []).filter((c) => !objects.has(c.to));
    for (const c of [...(into.get(id) ?? []), ...(outOf.get(id) ?? [])]) c.kind = 'information';
    // A document many arrows pass through is a hub, not a step of the flow: no bypass for it.
    if (incoming.length * outgoing.length > 16) continue;
    for (const a of incoming)
      for (const b of outgoing) {
        if (a.from === b.to || joined.has(`${a.from} ${b.to}`)) continue;
        joined.add(`${a.from} ${b.to}`);
        connections.push({
          id: `${a.id}-${b.id}`.slice(0, 100),
          kind: 'flow',
          from: a.from,
          to: b.to,
          label: a.label,
        });
      }
  }
}

/** The flowchart's title: the container's text or that of its title part. */
function containerTitle(container: PageShape, shapes: readonly PageShape[]): string {
  if (container.text) return container.text;
  return (
    shapes.find((s) => s.parent === container.id && s.text && /title/i.test(s.master))?.text ?? ''
  );
}
