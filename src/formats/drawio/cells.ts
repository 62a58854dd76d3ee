// The cells of one page (<mxCell>, or <UserObject>/<object> wrapping one, which holds the label
// and id), with their style read into a map and their geometry as numbers.
import { MAX_CELLS } from './limits';
import { labelText } from './labels';
import { attr, children, type XmlNode } from './xml';

export interface Geometry {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Cell {
  id: string;
  parent: string;
  /** The label as plain text. */
  text: string;
  /** The style's first bare word (swimlane, rhombus, ellipse, text, group, …), lower case. */
  base: string;
  style: ReadonlyMap<string, string>;
  vertex: boolean;
  edge: boolean;
  source: string;
  target: string;
  geometry?: Geometry;
}

function readStyle(text: string): { base: string; style: Map<string, string> } {
  const style = new Map<string, string>();
  let base = '';
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) {
      if (part.trim() && !base) base = part.trim().toLowerCase();
    } else style.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return { base, style };
}

function num(node: XmlNode | undefined, name: string): number {
  const n = Number(attr(node, name) || 0);
  return Number.isFinite(n) ? n : 0;
}

function readGeometry(cell: XmlNode): Geometry | undefined {
  const g = children(cell, 'mxGeometry')[0];
  // Relative geometry places a label along its edge, not on the page.
  if (!g || attr(g, 'relative') === '1') return undefined;
  return { x: num(g, 'x'), y: num(g, 'y'), width: num(g, 'width'), height: num(g, 'height') };
}

function readCell(cell: XmlNode, wrapper?: XmlNode): Cell {
  const { base, style } = readStyle(attr(cell, 'style'));
  const raw = wrapper ? attr(wrapper, 'label') : attr(cell, 'value');
  return {
    id: attr(wrapper ?? cell, 'id'),
    parent: attr(cell, 'parent'),
    text: labelText(raw, style.get('html') === '1').slice(0, 500),
    base,
    style,
    vertex: attr(cell, 'vertex') === '1',
    edge: attr(cell, 'edge') === '1',
    source: attr(cell, 'source'),
    target: attr(cell, 'target'),
    geometry: readGeometry(cell),
  };
}

/** The page's cells by id; null when it has more than the limit. */
export function readCells(model: XmlNode): Map<string, Cell> | null {
  const root = children(model, 'root')[0];
  const plain = children(root, 'mxCell').map((c) => readCell(c));
  const wrapped = ['UserObject', 'object'].flatMap((tag) =>
    children(root, tag).map((w) => readCell(children(w, 'mxCell')[0] ?? {}, w)),
  );
  if (plain.length + wrapped.length > MAX_CELLS) return null;
  const cells = new Map<string, Cell>();
  // The first of two cells with one id wins, as draw.io's own reader does.
  for (const c of [...plain, ...wrapped]) if (c.id && !cells.has(c.id)) cells.set(c.id, c);
  return cells;
}
