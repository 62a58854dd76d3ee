// Which units take part in which processes, with how many steps and handovers: the overview
// that shows a förvaltning how much of the citizen's errands passes through it.
import type { Process, RegisterEntry } from '../model/types';
import { keyFigures } from './keyFigures';

export interface Involvement {
  steps: number;
  handovers: number;
}

export interface InvolvementMatrix {
  /** Units (not customer groups) that take part in at least one process, in register order. */
  units: RegisterEntry[];
  rows: { process: Process; cells: Map<string, Involvement> }[];
}

export function involvementMatrix(
  processes: readonly Process[],
  register: readonly RegisterEntry[],
): InvolvementMatrix {
  const used = new Set<string>();
  const rows = processes.map((process) => {
    const laneUnit = new Map(process.lanes.map((l) => [l.id, l.registerId]));
    const cells = new Map<string, Involvement>();
    const cell = (unit: string) => {
      let c = cells.get(unit);
      if (!c) {
        c = { steps: 0, handovers: 0 };
        cells.set(unit, c);
      }
      return c;
    };
    const isUnit = (id: string) => {
      const kind = register.find((e) => e.id === id)?.kind;
      return kind !== undefined && kind !== 'kundgrupp';
    };
    for (const s of process.steps) {
      const unit = laneUnit.get(s.laneId);
      if (unit && isUnit(unit)) cell(unit).steps++;
    }
    for (const pair of keyFigures(process, register).handoverPairs) {
      cell(pair.from).handovers += pair.count;
      cell(pair.to).handovers += pair.count;
    }
    for (const unit of cells.keys()) used.add(unit);
    return { process, cells };
  });
  return { units: register.filter((e) => used.has(e.id)), rows };
}
