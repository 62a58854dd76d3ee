// Where the others' marks go on the canvas (flow coordinates): one group per marked step with
// each person's outline and tag, and a ghost for steps someone is dragging.
import { laneTops } from '../../domain/layout/projection';
import type { Process } from '../../domain/model/types';
import type { Marks } from './slices';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MarkedPerson {
  clientId: number;
  name: string;
  color: string;
  /** This person is typing in this step. */
  typing: boolean;
  /** The tag with the name shows on one step per person (the last selected), or where typing. */
  tag: boolean;
}

export interface MarkedStep {
  stepId: string;
  box: Box;
  people: MarkedPerson[];
}

export interface Ghost {
  key: string;
  box: Box;
  color: string;
}

/** Each step's box on the canvas (its lane's top plus its own place). */
export function stepBoxes(doc: Process): Map<string, Box> {
  const tops = laneTops(doc);
  const boxes = new Map<string, Box>();
  for (const s of doc.steps)
    boxes.set(s.id, {
      x: s.x,
      y: (tops.get(s.laneId) ?? 0) + s.y,
      width: s.width,
      height: s.height,
    });
  return boxes;
}

export function layoutMarks(
  all: readonly Marks[],
  boxes: ReadonlyMap<string, Box>,
): { steps: MarkedStep[]; ghosts: Ghost[] } {
  const byStep = new Map<string, MarkedStep>();
  const ghosts: Ghost[] = [];
  const mark = (stepId: string, person: MarkedPerson) => {
    const box = boxes.get(stepId);
    if (!box) return; // removed meanwhile, or not yet here
    let group = byStep.get(stepId);
    if (!group) byStep.set(stepId, (group = { stepId, box, people: [] }));
    const known = group.people.find((p) => p.clientId === person.clientId);
    if (known) {
      known.typing ||= person.typing;
      known.tag ||= person.tag;
    } else group.people.push(person);
  };
  for (const m of all) {
    const who = { clientId: m.clientId, name: m.name, color: m.color };
    const typingIn = m.editing?.stepId;
    const tagged = typingIn ?? m.selection.at(-1);
    for (const id of m.selection) mark(id, { ...who, typing: false, tag: id === tagged });
    if (typingIn) mark(typingIn, { ...who, typing: true, tag: true });
    if (m.dragging && (m.dragging.dx || m.dragging.dy))
      for (const id of m.dragging.ids) {
        const box = boxes.get(id);
        if (box)
          ghosts.push({
            key: `${m.clientId}:${id}`,
            box: { ...box, x: box.x + m.dragging.dx, y: box.y + m.dragging.dy },
            color: m.color,
          });
      }
  }
  return { steps: [...byStep.values()], ghosts };
}
