// Where lanes and steps go. Visio measures in inches with y growing upwards; we draw lanes top
// to bottom with x along the flow. Vertical swimlanes (a flow running down the page) are turned:
// their left-to-right order becomes top to bottom, and "down the lane" becomes "along it".
import { emptyProperties } from '../../domain/model/factories';
import { LANE_MIN_HEIGHT } from '../../domain/model/geometry';
import { STEP_KIND_INFO } from '../../domain/model/stepKinds';
import type { Step, StepKind } from '../../domain/model/types';
import type { PageShape } from './shapes';

/** Pixels per Visio inch: a 1-inch process box spaced 1.5 inches apart leaves room between. */
export const SCALE = 150;
/** Where the leftmost step's centre goes. */
const FIRST_CENTRE = 130;

export interface LaneShape {
  shape: PageShape;
  vertical: boolean;
  name: string;
}

export interface PlacedLane {
  /** null: the one lane of a page without swimlanes. */
  shape: PageShape | null;
  name: string;
  height: number;
}

export interface Placed {
  lanes: PlacedLane[];
  steps: Step[];
  /** Steps whose centre lies in no lane: put in the nearest one. */
  outside: PageShape[];
  vertical: boolean;
}

interface Band {
  lane: PlacedLane;
  /** Across the flow, in flow order (top first): start and end, in inches. */
  from: number;
  to: number;
  box: PageShape['box'];
}

export function placeSteps(
  laneShapes: readonly LaneShape[],
  steps: readonly { shape: PageShape; kind: StepKind }[],
): Placed {
  const vertical =
    laneShapes.filter((l) => l.vertical || l.shape.box.height > l.shape.box.width).length * 2 >
    laneShapes.length;
  // "Along" grows with the flow, "across" grows down our lanes (both in inches).
  const along = (b: PageShape['box']) => (vertical ? -b.cy : b.cx);
  const across = (b: PageShape['box']) => (vertical ? b.cx : -b.cy);
  const thickness = (b: PageShape['box']) => (vertical ? b.width : b.height);
  const axes: Axes = { along, across, length: (b) => (vertical ? b.height : b.width) };

  let bands: Band[] = laneShapes
    .map((l) => {
      const from = across(l.shape.box) - thickness(l.shape.box) / 2;
      const height = Math.max(LANE_MIN_HEIGHT, Math.round(thickness(l.shape.box) * SCALE));
      return {
        lane: { shape: l.shape, name: l.name, height },
        from,
        to: from + thickness(l.shape.box),
        box: l.shape.box,
      };
    })
    .sort((a, b) => a.from - b.from);
  if (bands.length === 0) {
    const lo = Math.min(...steps.map((s) => across(s.shape.box) - thickness(s.shape.box) / 2), 0);
    const hi = Math.max(...steps.map((s) => across(s.shape.box) + thickness(s.shape.box) / 2), 0);
    const from = lo - 0.3;
    const height = Math.max(LANE_MIN_HEIGHT, Math.round((hi - from + 0.3) * SCALE));
    const box = { cx: 0, cy: 0, width: Number.POSITIVE_INFINITY, height: Number.POSITIVE_INFINITY };
    bands = [{ lane: { shape: null, name: '', height }, from, to: hi + 0.3, box }];
  }

  const start = Math.min(...steps.map((s) => along(s.shape.box)));
  const outside: PageShape[] = [];
  const placedSteps = steps.map(({ shape, kind }) => {
    const band = bandOf(bands, shape, axes);
    if (!band.inside) outside.push(shape);
    const { width, height } = STEP_KIND_INFO[kind];
    const x = Math.round((along(shape.box) - start) * SCALE + FIRST_CENTRE - width / 2);
    const y = Math.round((across(shape.box) - band.band.from) * SCALE - height / 2);
    const step: Step = {
      id: `s-${shape.id}`,
      kind,
      label: shape.text.slice(0, 500),
      laneId: laneIdOf(band.band.lane),
      x: Math.max(0, x),
      y: Math.min(Math.max(10, y), Math.max(10, band.band.lane.height - height - 10)),
      width,
      height,
      properties: emptyProperties(),
      linkedProcessId: null,
    };
    return step;
  });
  return { lanes: bands.map((b) => b.lane), steps: placedSteps, outside, vertical };
}

export function laneIdOf(lane: PlacedLane): string {
  return lane.shape ? `l-${lane.shape.id}` : 'l-page';
}

interface Axes {
  along: (b: PageShape['box']) => number;
  across: (b: PageShape['box']) => number;
  length: (b: PageShape['box']) => number;
}

/** The smallest lane holding the shape's centre, else the nearest one across the flow. */
function bandOf(
  bands: readonly Band[],
  shape: PageShape,
  { along, across, length }: Axes,
): { band: Band; inside: boolean } {
  const a = across(shape.box);
  const l = along(shape.box);
  const holding = bands.filter(
    (b) =>
      a >= b.from &&
      a <= b.to &&
      (!b.lane.shape || Math.abs(l - along(b.box)) <= length(b.box) / 2),
  );
  if (holding.length > 0) {
    holding.sort((x, y) => x.to - x.from - (y.to - y.from));
    return { band: holding[0]!, inside: true };
  }
  const distance = (b: Band) => (a < b.from ? b.from - a : a > b.to ? a - b.to : 0);
  const nearest = [...bands].sort((x, y) => distance(x) - distance(y))[0]!;
  return { band: nearest, inside: false };
}
