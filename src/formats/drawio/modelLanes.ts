// Found lanes become the process's lanes and register entries, top to bottom as drawn. Lanes
// named like a customer group become customer lanes (kind kundgrupp, the warm tints).
import type { Lane, RegisterEntry } from '../../domain/model/types';
import { isCustomerName } from '../../domain/register/customerNames';
import { DEFAULT_REGISTER, REGISTER_PALETTE } from '../../domain/register/defaultRegister';
import { newId } from '../../domain/model/ids';
import type { LaneFound } from './lanes';

const CUSTOMER_COLORS = DEFAULT_REGISTER.filter((e) => e.kind === 'kundgrupp').map((e) => e.color);

export function modelLanes(
  found: readonly LaneFound[],
  defaultName: string,
  scaleY: number,
): { lanes: Lane[]; register: RegisterEntry[]; idOf: Map<string, string> } {
  const register: RegisterEntry[] = [];
  const idOf = new Map<string, string>();
  let customers = 0;
  let units = 0;
  const lanes = found.map((l): Lane => {
    const name = (l.cell.text || l.pool?.text || defaultName).slice(0, 500);
    const customer = isCustomerName(name);
    const id = newId('l');
    idOf.set(l.cell.id, id);
    const entry: RegisterEntry = {
      id: newId('r'),
      kind: customer ? 'kundgrupp' : 'forvaltning',
      name,
      shortName: '',
      color: customer
        ? CUSTOMER_COLORS[customers++ % CUSTOMER_COLORS.length]!
        : REGISTER_PALETTE[units++ % REGISTER_PALETTE.length]!,
    };
    register.push(entry);
    return {
      id,
      registerId: entry.id,
      height: Math.min(100_000, Math.round(l.bounds.height * scaleY)),
      ...(l.pool
        ? { pool: { id: l.pool.id.slice(0, 200), name: (l.pool.text || name).slice(0, 500) } }
        : {}),
    };
  });
  return { lanes, register, idOf };
}
