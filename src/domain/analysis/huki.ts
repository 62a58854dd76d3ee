// The HUKI matrix (huvudansvarig, utför, konsulteras, informeras) for a process, worked out from
// the diagram and corrected by hand where the group knows better:
//   U – the unit in whose lane the step is;
//   H – the unit that carries most of the process (most activities), for every step;
//   K – units whose steps are tied to this one by information (they are asked, or supply);
//   I – units the work is handed over to next (they need to know).
import type { Process, RegisterEntry, Step } from '../model/types';
import { flowOrder } from './flowOrder';

export type HukiValue = 'H' | 'U' | 'K' | 'I' | 'HU' | '-';

export interface HukiCell {
  value: string;
  /** Set by hand rather than worked out. */
  manual: boolean;
}

export interface HukiMatrix {
  units: RegisterEntry[];
  rows: { step: Step; cells: Map<string, HukiCell> }[];
}

const ROW_KINDS = new Set(['activity', 'decision', 'subprocess']);

export function hukiMatrix(process: Process, register: readonly RegisterEntry[]): HukiMatrix {
  const laneUnit = new Map(process.lanes.map((l) => [l.id, l.registerId]));
  const isUnit = (id: string | undefined) => {
    const kind = register.find((e) => e.id === id)?.kind;
    return kind !== undefined && kind !== 'kundgrupp';
  };
  const unitOf = (s: Step) => laneUnit.get(s.laneId);
  const rowsSteps = flowOrder(process).filter((s) => ROW_KINDS.has(s.kind) && isUnit(unitOf(s)));
  const unitIds = [...new Set(rowsSteps.map((s) => unitOf(s)!))];
  const units = unitIds
    .map((id) => register.find((e) => e.id === id)!)
    .sort((a, b) => unitIds.indexOf(a.id) - unitIds.indexOf(b.id));

  const activityCount = new Map<string, number>();
  for (const s of rowsSteps) {
    if (s.kind === 'activity')
      activityCount.set(unitOf(s)!, (activityCount.get(unitOf(s)!) ?? 0) + 1);
  }
  const main = [...activityCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const stepById = new Map(process.steps.map((s) => [s.id, s]));

  const rows = rowsSteps.map((step) => {
    const own = unitOf(step)!;
    const letters = new Map<string, Set<string>>();
    const add = (unit: string | undefined, letter: string) => {
      if (!unit || !isUnit(unit)) return;
      letters.set(unit, (letters.get(unit) ?? new Set()).add(letter));
    };
    if (main) add(main, 'H');
    add(own, 'U');
    for (const c of process.connections) {
      const other = c.from === step.id ? c.to : c.to === step.id ? c.from : null;
      const otherStep = other ? stepById.get(other) : undefined;
      if (!otherStep) continue;
      const unit = unitOf(otherStep);
      if (unit === own) continue;
      if (c.kind === 'information') add(unit, 'K');
      else if (c.from === step.id) add(unit, 'I');
    }
    const cells = new Map<string, HukiCell>();
    for (const unit of unitIds) {
      const set = manualCell(process.huki, step.id, unit);
      if (set) cells.set(unit, { value: set === '-' ? '' : set, manual: true });
      else {
        const order = ['H', 'U', 'K', 'I'];
        const value = [...(letters.get(unit) ?? [])].sort(
          (a, b) => order.indexOf(a) - order.indexOf(b),
        );
        cells.set(unit, { value: value.join(''), manual: false });
      }
    }
    return { step, cells };
  });
  return { units, rows };
}

type HukiCells = Process['huki'];

/**
 * The cell set by hand, if any. Step and register ids are user data: a step `constructor` in a
 * lane of `prototype` read Object.prototype through plain indexing and blanked the screen.
 */
export function manualCell(huki: HukiCells, stepId: string, unitId: string): HukiValue | undefined {
  const row = Object.hasOwn(huki, stepId) ? huki[stepId] : undefined;
  return row && Object.hasOwn(row, unitId) ? row[unitId] : undefined;
}

/**
 * The cells with one set by hand ('' gives it back to the diagram); a row left empty goes. Built
 * from entries, so no id (`__proto__` included) is ever assigned as a property.
 */
export function setManualCell(
  huki: HukiCells,
  stepId: string,
  unitId: string,
  value: HukiValue | '',
): HukiCells {
  const row = new Map(Object.entries(Object.hasOwn(huki, stepId) ? huki[stepId]! : {}));
  if (value === '') row.delete(unitId);
  else row.set(unitId, value);
  const rows = new Map(Object.entries(huki));
  if (row.size > 0) rows.set(stepId, Object.fromEntries(row));
  else rows.delete(stepId);
  return Object.fromEntries(rows);
}
