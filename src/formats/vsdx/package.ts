// The package's page list and masters, found the way Visio finds them: pages.xml lists the
// pages in order and names each one's part through its relationships; masters.xml the same.
import { parsePart, attr, child, children, type XmlNode } from './xml';
import type { Masters } from './shapes';

export interface PagePart {
  name: string;
  background: boolean;
  xml: XmlNode | undefined;
}

/** More pages than any real drawing has; the rest are named in the notice as not imported. */
export const MAX_PAGES = 50;

function relTargets(parts: ReadonlyMap<string, string>, relsPath: string): Map<string, string> {
  const text = parts.get(relsPath);
  const targets = new Map<string, string>();
  if (text === undefined) return targets;
  for (const rel of children(child(parsePart(text), 'Relationships'), 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id && target) targets.set(id, target.replace(/^.*\//, ''));
  }
  return targets;
}

export function readPages(parts: ReadonlyMap<string, string>): PagePart[] | null {
  const list = parts.get('visio/pages/pages.xml');
  if (list === undefined) return null;
  const targets = relTargets(parts, 'visio/pages/_rels/pages.xml.rels');
  return children(child(parsePart(list), 'Pages'), 'Page').map((page, i) => {
    const relId = attr(child(page, 'Rel'), 'r:id');
    const file = (relId && targets.get(relId)) ?? `page${i + 1}.xml`;
    const text = parts.get(`visio/pages/${file}`);
    return {
      name: (attr(page, 'Name') ?? attr(page, 'NameU') ?? `${i + 1}`).slice(0, 200),
      background: attr(page, 'Background') === '1',
      // Parsed when converted: a page past the cap is never parsed at all.
      get xml() {
        return text === undefined ? undefined : parsePart(text);
      },
    };
  });
}

export function readMasters(parts: ReadonlyMap<string, string>): Masters {
  const masters = new Map<string, { name: string; shapes: Map<string, XmlNode> }>();
  const list = parts.get('visio/masters/masters.xml');
  if (list === undefined) return masters;
  const targets = relTargets(parts, 'visio/masters/_rels/masters.xml.rels');
  for (const master of children(child(parsePart(list), 'Masters'), 'Master')) {
    const id = attr(master, 'ID');
    if (id === undefined) continue;
    const relId = attr(child(master, 'Rel'), 'r:id');
    const text = relId ? parts.get(`visio/masters/${targets.get(relId) ?? ''}`) : undefined;
    const shapes = new Map<string, XmlNode>();
    if (text !== undefined) {
      const top = children(child(child(parsePart(text), 'MasterContents'), 'Shapes'), 'Shape');
      // Sub-shapes of the master's group are inherited by the instance's sub-shapes by ID.
      const walk = (list: XmlNode[]) => {
        for (const s of list) {
          const sid = attr(s, 'ID');
          if (sid !== undefined && !shapes.has(sid)) shapes.set(sid, s);
          walk(children(child(s, 'Shapes'), 'Shape'));
        }
      };
      walk(top);
    }
    masters.set(id, { name: attr(master, 'NameU') ?? attr(master, 'Name') ?? '', shapes });
  }
  return masters;
}
