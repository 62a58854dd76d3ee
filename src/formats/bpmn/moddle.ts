// bpmn-moddle with our extension namespace. bpmn-moddle's XML reader (saxen) does not expand DTD
// entities; we refuse a DOCTYPE before it is even reached.
import { BpmnModdle } from 'bpmn-moddle';

export const FV_URI = 'https://flodesverkstan.se/schema/bpmn/1';

/** <fv:data> holds one JSON object: our own record of the element, so a round trip is lossless. */
const fvPackage = {
  name: 'Flödesverkstan',
  prefix: 'fv',
  uri: FV_URI,
  xml: { tagAlias: 'lowerCase' },
  types: [
    {
      name: 'Data',
      superClass: ['Element'],
      properties: [{ name: 'json', isBody: true, type: 'String' }],
    },
  ],
};

export function createModdle(): BpmnModdle {
  return new BpmnModdle({ fv: fvPackage });
}

/** A moddle element as we read it: typed loosely, checked where used. */
export interface El {
  $type: string;
  id?: string;
  name?: string;
  [key: string]: unknown;
}

export function list<T = El>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export function isA(el: { $type: string } | undefined, ...types: string[]): boolean {
  return !!el && types.some((t) => el.$type === t);
}
