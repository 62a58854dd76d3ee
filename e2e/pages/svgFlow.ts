// Reads an exported SVG back as lanes, steps and connections, and says where the drawing could
// mislead a reader: two connections on one stretch of line, a label on someone else's branch.
// Pure string work (no DOM, no Playwright), so a unit test can feed it a hand-made drawing.
// Matches the markup of src/formats/svg/processSvg.ts: one flat <g> per lane, step and connection;
// a connection's <title> is "Från A till B" or "Från A till B: label" (the export contract, in
// Swedish, the language the journeys run in). The marks drawn with the method carry a class of
// their own, so they are never read as a label: a step's number (fv-step-number), a handover's
// mark on its connection (fv-handover).

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export type Point = [number, number];
export interface Segment {
  a: Point;
  b: Point;
}
export interface SvgLane {
  name: string;
  top: number;
  height: number;
}
export interface SvgStep {
  kind: string;
  label: string;
  box: Box;
  /** The number on its badge (as in the step table); null for a step without one. */
  number: number | null;
}
export interface SvgConnection {
  title: string;
  from: string;
  to: string;
  label: string;
  segments: Segment[];
  plate: Box | null;
  text: string | null;
  /** The handover mark on this connection ("Ö1") and its centre; null when it has none. */
  handover: { text: string; at: Point } | null;
}
export interface SvgFlow {
  lanes: SvgLane[];
  steps: SvgStep[];
  connections: SvgConnection[];
}

/** Below this a difference is the export's rounding to 0.1 px, not a different place. */
const TOLERANCE = 1;

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}
const num = (tag: string, name: string) => Number(attr(tag, name));

/** The corners a path passes through; M/L/Q take pairs, H and V one coordinate. */
export function pathPoints(d: string): Point[] {
  const points: Point[] = [];
  let command = 'M';
  const tokens = d.match(/[MLHVQZ]|-?\d+(?:\.\d+)?/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/[A-Z]/.test(t)) {
      command = t;
      continue;
    }
    const last = points.at(-1) ?? [0, 0];
    if (command === 'H') points.push([Number(t), last[1]]);
    else if (command === 'V') points.push([last[0], Number(t)]);
    else points.push([Number(t), Number(tokens[++i])]);
  }
  return points;
}

function bounds(points: Point[]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** A step's outline is the first shape in its group: a rect, a diamond or a path. */
function outline(body: string): Box | null {
  const shape = /<(rect|polygon|path)\s[^>]*>/.exec(body);
  if (!shape) return null;
  const [tag, name] = shape;
  if (name === 'rect')
    return {
      x: num(tag, 'x'),
      y: num(tag, 'y'),
      width: num(tag, 'width'),
      height: num(tag, 'height'),
    };
  // A polygon's points read as a path's pairs.
  return bounds(pathPoints(attr(tag, name === 'polygon' ? 'points' : 'd') ?? ''));
}

/** "Från A till B[: label]", split at the step names the drawing has (a name may hold "till"). */
function ends(title: string, names: string[]): { from: string; to: string; label: string } {
  const matches: { from: string; to: string; label: string }[] = [];
  for (const from of names)
    for (const to of names) {
      const head = `Från ${from} till ${to}`;
      if (title === head) matches.push({ from, to, label: '' });
      else if (title.startsWith(`${head}: `))
        matches.push({ from, to, label: title.slice(head.length + 2) });
    }
  // The longest names win: "Från A till B: C" could otherwise also read as a step "B: C".
  matches.sort((p, q) => q.from.length + q.to.length - (p.from.length + p.to.length));
  if (matches[0]) return matches[0];
  const m = /^Från (.+?) till (.+?)(?:: (.*))?$/s.exec(title);
  if (!m) throw new Error(`Not a connection title: ${title}`);
  return { from: m[1]!, to: m[2]!, label: m[3] ?? '' };
}

export function readSvgFlow(svg: string): SvgFlow {
  const flow: SvgFlow = { lanes: [], steps: [], connections: [] };
  const pending: { title: string; body: string }[] = [];
  for (const [, inner] of svg.matchAll(/<g>([\s\S]*?)<\/g>/g)) {
    const title = /^\s*<title>([^<]*)<\/title>/.exec(inner!);
    if (!title) continue;
    const name = unescape(title[1]!);
    const body = inner!.slice(title[0].length);
    if (/<path\s[^>]*marker-end=/.test(body)) pending.push({ title: name, body });
    else if (/^\s*<rect x="0" /.test(body)) {
      // A lane: its tinted band spans the drawing from the left edge.
      const band = /<rect\s[^>]*>/.exec(body)![0];
      flow.lanes.push({ name, top: num(band, 'y'), height: num(band, 'height') });
    } else {
      const kind = /^([^:]+): ([\s\S]*)$/.exec(name);
      const box = outline(body);
      const badge = /<text class="fv-step-number"[^>]*>([^<]*)<\/text>/.exec(body)?.[1];
      if (kind && box)
        flow.steps.push({
          kind: kind[1]!,
          label: kind[2]!.trim(),
          box,
          number: badge === undefined ? null : Number(badge),
        });
    }
  }
  const names = flow.steps.map((s) => s.label);
  for (const { title, body } of pending) {
    const d = attr(/<path\s[^>]*marker-end=[^>]*>/.exec(body)![0], 'd') ?? '';
    const points = pathPoints(d);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i]!, points[i + 1]!];
      if (Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) > 0) segments.push({ a, b });
    }
    const plate = /<rect\s[^>]*>/.exec(body)?.[0];
    // The label is the text without a class; a handover's mark has its own.
    const text = /<text\s(?![^>]*class=)[^>]*>([^<]*)<\/text>/.exec(body)?.[1];
    const mark = /<circle class="fv-handover"[^>]*>/.exec(body)?.[0];
    const markText = /<text class="fv-handover"[^>]*>([^<]*)<\/text>/.exec(body)?.[1];
    flow.connections.push({
      title,
      ...ends(title, names),
      segments,
      plate: plate
        ? {
            x: num(plate, 'x'),
            y: num(plate, 'y'),
            width: num(plate, 'width'),
            height: num(plate, 'height'),
          }
        : null,
      text: text === undefined ? null : unescape(text),
      handover:
        mark && markText !== undefined
          ? { text: unescape(markText), at: [num(mark, 'cx'), num(mark, 'cy')] }
          : null,
    });
  }
  return flow;
}

const horizontal = (s: Segment) => Math.abs(s.a[1] - s.b[1]) < TOLERANCE / 10;
const vertical = (s: Segment) => Math.abs(s.a[0] - s.b[0]) < TOLERANCE / 10;

/** Segments that are neither horizontal nor vertical: the overlap check below would miss them. */
export function slantedSegments(flow: SvgFlow): string[] {
  return flow.connections.flatMap((c) =>
    c.segments
      .filter((s) => !horizontal(s) && !vertical(s))
      .map((s) => `${c.title}: ${s.a.join(',')} → ${s.b.join(',')}`),
  );
}

function overlap1d(a1: number, a2: number, b1: number, b2: number): number {
  return (
    Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2))
  );
}

/** How long a stretch two axis-parallel segments share (≤ 0 when they do not lie on one line). */
export function sharedLength(s: Segment, t: Segment): number {
  if (horizontal(s) && horizontal(t) && Math.abs(s.a[1] - t.a[1]) <= TOLERANCE)
    return overlap1d(s.a[0], s.b[0], t.a[0], t.b[0]);
  if (vertical(s) && vertical(t) && Math.abs(s.a[0] - t.a[0]) <= TOLERANCE)
    return overlap1d(s.a[1], s.b[1], t.a[1], t.b[1]);
  return 0;
}

/**
 * Pairs of connections with another source and another target that run along one stretch of
 * line for more than a pixel: there a reader could follow the wrong one.
 */
export function overlappingConnections(flow: SvgFlow): string[] {
  const found: string[] = [];
  const all = flow.connections;
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const [p, q] = [all[i]!, all[j]!];
      if (p.from === q.from || p.to === q.to) continue;
      const longest = Math.max(
        0,
        ...p.segments.flatMap((s) => q.segments.map((t) => sharedLength(s, t))),
      );
      if (longest > TOLERANCE)
        found.push(`"${p.title}" and "${q.title}" share ${Math.round(longest)} px`);
    }
  return found;
}

function distance(p: Point, s: Segment): number {
  const [dx, dy] = [s.b[0] - s.a[0], s.b[1] - s.a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 ? ((p[0] - s.a[0]) * dx + (p[1] - s.a[1]) * dy) / length2 : 0;
  const k = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (s.a[0] + k * dx), p[1] - (s.a[1] + k * dy));
}

const onPath = (p: Point, c: SvgConnection) => c.segments.some((s) => distance(p, s) <= TOLERANCE);

const overlaps = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > TOLERANCE &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > TOLERANCE;

/**
 * Labels a reader could take for another connection's: the plate's centre off its own line or
 * on someone else's, a plate over a step or another plate, or a text that is not the label.
 */
export function misplacedLabels(flow: SvgFlow): string[] {
  const found: string[] = [];
  const labelled = flow.connections.filter((c) => c.label);
  for (const c of labelled) {
    if (!c.plate || c.text === null) {
      found.push(`"${c.title}" has no label drawn`);
      continue;
    }
    if (c.text !== c.label) found.push(`"${c.title}" reads "${c.text}"`);
    const centre: Point = [c.plate.x + c.plate.width / 2, c.plate.y + c.plate.height / 2];
    if (!onPath(centre, c)) found.push(`"${c.title}": label off its own line`);
    for (const other of flow.connections)
      if (other !== c && onPath(centre, other))
        found.push(`"${c.title}": label on the line of "${other.title}"`);
    for (const step of flow.steps)
      if (overlaps(c.plate, step.box))
        found.push(`"${c.title}": label over the step "${step.label}"`);
    for (const other of labelled)
      if (other !== c && other.plate && overlaps(c.plate, other.plate))
        found.push(`"${c.title}": label over the label of "${other.title}"`);
  }
  return found;
}

/** The lane whose band holds the step's centre. */
export function laneOf(flow: SvgFlow, step: SvgStep): string | undefined {
  const y = step.box.y + step.box.height / 2;
  return flow.lanes.find((l) => y >= l.top && y < l.top + l.height)?.name;
}
