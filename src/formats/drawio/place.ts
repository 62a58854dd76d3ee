// How far apart steps land. draw.io boxes are about 80×40; ours are about 170×90 so that a label
// reads at a distance. Each page is spread just enough that neighbours in a lane do not overlap.

export interface Item {
  laneKey: string;
  /** Centre and size as drawn (turned for column lanes). */
  cx: number;
  cy: number;
  drawnW: number;
  drawnH: number;
  /** Our size for the step's kind. */
  w: number;
  h: number;
}

const MIN_X = 1.6;
const MAX_X = 2.6;
const MIN_Y = 1.2;
const MAX_Y = 2.5;
/** Neighbours looked at after sorting: enough for real drawings, linear for huge ones. */
const WINDOW = 8;

function needed(items: readonly Item[], along: 'x' | 'y'): number {
  let scale = 0;
  const byLane = new Map<string, Item[]>();
  for (const it of items) {
    const list = byLane.get(it.laneKey);
    if (list) list.push(it);
    else byLane.set(it.laneKey, [it]);
  }
  for (const list of byLane.values()) {
    const key = along === 'x' ? 'cx' : 'cy';
    const sorted = [...list].sort((a, b) => a[key] - b[key]);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < Math.min(sorted.length, i + 1 + WINDOW); j++) {
        const a = sorted[i]!;
        const b = sorted[j]!;
        const d = b[key] - a[key];
        // Drawn on top of each other: no spreading separates them, so they do not count.
        if (d < 4) continue;
        // Drawn overlapping (an event on a task's border): spreading would not part them.
        const overlap =
          Math.abs(a.cx - b.cx) < (a.drawnW + b.drawnW) / 2 &&
          Math.abs(a.cy - b.cy) < (a.drawnH + b.drawnH) / 2;
        if (overlap) continue;
        const across =
          along === 'x'
            ? Math.abs(a.cy - b.cy) < (a.drawnH + b.drawnH) / 2
            : Math.abs(a.cx - b.cx) < (a.drawnW + b.drawnW) / 2;
        if (!across) continue;
        const gap = along === 'x' ? (a.w + b.w) / 2 + 24 : (a.h + b.h) / 2 + 16;
        scale = Math.max(scale, gap / d);
      }
    }
  }
  return scale;
}

export function pageScale(items: readonly Item[]): { sx: number; sy: number } {
  return {
    sx: Math.min(MAX_X, Math.max(MIN_X, needed(items, 'x'))),
    sy: Math.min(MAX_Y, Math.max(MIN_Y, needed(items, 'y'))),
  };
}
