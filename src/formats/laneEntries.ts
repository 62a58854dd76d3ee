// The register entry an imported lane brings (BPMN pool, draw.io or Visio swimlane): a customer
// group when it is named like one, else a unit; customer lanes take the warm tints the default
// register gives its customer groups, units the palette, each in turn so neighbours differ.
import type { RegisterEntry } from '../domain/model/types';
import { isCustomerName } from '../domain/register/customerNames';
import { DEFAULT_REGISTER, REGISTER_PALETTE } from '../domain/register/defaultRegister';

const CUSTOMER_COLORS = DEFAULT_REGISTER.filter((e) => e.kind === 'kundgrupp').map((e) => e.color);

/** One per imported file: hands out entries with colours in turn. */
export function laneEntries(): (id: string, name: string, customer?: boolean) => RegisterEntry {
  let customers = 0;
  let units = 0;
  return (id, name, customer = isCustomerName(name)) => ({
    id,
    kind: customer ? 'kundgrupp' : 'forvaltning',
    name,
    shortName: '',
    color: customer
      ? CUSTOMER_COLORS[customers++ % CUSTOMER_COLORS.length]!
      : REGISTER_PALETTE[units++ % REGISTER_PALETTE.length]!,
  });
}
