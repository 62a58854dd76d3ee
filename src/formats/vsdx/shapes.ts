// A Visio page's shapes, flattened: each with its master's name, its text and its box in page
// inches (Visio's y grows upwards). A cell or text the shape does not set itself comes from its
// master's shape, as Visio draws it. Groups are walked; a child's pin is in its group's frame.
import { attr, child, children, plainText, type XmlNode } from './xml';

export interface Box {
  cx: number;
  cy: number;
  width: number;
  height: number;
}

export interface PageShape {
  id: string;
  /** The master's universal name ("Process", "Swimlane"), else the shape's own, without ".12". */
  master: string;
  text: string;
  box: Box;
  /** A line: it has a begin and an end (connectors, arrows). */
  oneD: boolean;
  /** 'Group', 'Shape', 'Foreign' (an image or an embedded object), 'Guide'. */
  type: string;
  parent: string | null;
  depth: number;
}

/** Master ID → its name and the shapes of its drawing (by shape ID). */
export type Masters = ReadonlyMap<string, { name: string; shapes: ReadonlyMap<string, XmlNode> }>;

/** More shapes than any page a person draws: refused before converting. */
export const MAX_SHAPES = 20_000;

export class TooManyShapes extends Error {}

function cellValue(shape: XmlNode | undefined, name: string): number | undefined {
  const cell = children(shape, 'Cell').find((c) => attr(c, 'N') === name);
  const value = Number(attr(cell, 'V'));
  return cell && Number.isFinite(value) && attr(cell, 'V') !== undefined ? value : undefined;
}

function baseName(name: string | undefined): string {
  // "com.lucidchart.Line.12": other tools name masters with their own prefix and a number.
  return (name ?? '')
    .replace(/\.\d+$/, '')
    .replace(/^([a-z]+\.)+(?=[A-Z])/, '')
    .trim();
}

interface Frame {
  /** Page position of the group's local origin (its bottom-left corner). */
  x: number;
  y: number;
  /** The master that the shapes in this group inherit from (a group from a master). */
  masterId: string | undefined;
}

export function readPageShapes(page: XmlNode, masters: Masters): PageShape[] {
  const out: PageShape[] = [];
  const contents = child(page, 'PageContents');
  const walk = (list: XmlNode[], frame: Frame, parent: string | null, depth: number) => {
    for (const shape of list) {
      if (out.length >= MAX_SHAPES) throw new TooManyShapes();
      const id = attr(shape, 'ID');
      if (id === undefined) continue;
      const masterId = attr(shape, 'Master') ?? frame.masterId;
      const master = masterId !== undefined ? masters.get(masterId) : undefined;
      const masterShapeId = attr(shape, 'MasterShape');
      // A top-level instance inherits from the master's first shape; a sub-shape names its own.
      const inherited =
        master &&
        (masterShapeId !== undefined
          ? master.shapes.get(masterShapeId)
          : attr(shape, 'Master') !== undefined
            ? [...master.shapes.values()][0]
            : undefined);
      const cell = (name: string) => cellValue(shape, name) ?? cellValue(inherited, name);
      const width = Math.abs(cell('Width') ?? 0);
      const height = Math.abs(cell('Height') ?? 0);
      const pinX = cell('PinX') ?? 0;
      const pinY = cell('PinY') ?? 0;
      const locX = cell('LocPinX') ?? width / 2;
      const locY = cell('LocPinY') ?? height / 2;
      const left = frame.x + pinX - locX;
      const bottom = frame.y + pinY - locY;
      const own = child(shape, 'Text');
      const text = own ? plainText(own) : plainText(child(inherited, 'Text'));
      const type = attr(shape, 'Type') ?? attr(inherited, 'Type') ?? 'Shape';
      out.push({
        id,
        // A part of a group from a master (a lane's header) is not the master itself: it has
        // only its own name, or that of its shape in the master.
        master: baseName(
          attr(shape, 'Master') !== undefined && master
            ? master.name
            : (attr(shape, 'NameU') ??
                attr(shape, 'Name') ??
                attr(inherited, 'NameU') ??
                attr(inherited, 'Name')),
        ),
        text,
        box: { cx: left + width / 2, cy: bottom + height / 2, width, height },
        oneD: cell('BeginX') !== undefined && cell('EndX') !== undefined,
        type,
        parent,
        depth,
      });
      const sub = children(child(shape, 'Shapes'), 'Shape');
      if (sub.length > 0) walk(sub, { x: left, y: bottom, masterId }, id, depth + 1);
    }
  };
  walk(children(child(contents, 'Shapes'), 'Shape'), { x: 0, y: 0, masterId: undefined }, null, 0);
  return out;
}

/** Glued connector ends from the page's Connects table: connector ID → begin and end shape. */
export function readConnects(page: XmlNode): Map<string, { begin?: string; end?: string }> {
  const ends = new Map<string, { begin?: string; end?: string }>();
  const connects = child(child(page, 'PageContents'), 'Connects');
  for (const c of children(connects, 'Connect')) {
    const from = attr(c, 'FromSheet');
    const to = attr(c, 'ToSheet');
    const cell = attr(c, 'FromCell') ?? '';
    if (from === undefined || to === undefined) continue;
    const entry = ends.get(from) ?? {};
    if (/^Begin/.test(cell)) entry.begin = to;
    else if (/^End/.test(cell)) entry.end = to;
    ends.set(from, entry);
  }
  return ends;
}
