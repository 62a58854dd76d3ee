// Test support: the MIWG counts read straight off BPMN XML with bpmn-moddle, so a file and our
// export of it are counted the same way (participants, every lane, flow nodes by kind, flows).
import { EVENT_TYPES, GATEWAY_TYPES, isActivityType } from './kinds';
import { createModdle, type El } from './moddle';

export type BpmnCounts = Record<
  'pools' | 'lanes' | 'activities' | 'gateways' | 'events' | 'sequenceFlows' | 'messageFlows',
  number
>;

/** Every element reachable from the definitions' root elements (not the drawing), once each. */
function semanticElements(defs: El): El[] {
  const seen = new Set<object>();
  const out: El[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object' || seen.has(value) || !('$type' in value)) return;
    seen.add(value);
    out.push(value as El);
    for (const [key, child] of Object.entries(value)) if (!key.startsWith('$')) visit(child);
  };
  visit(defs.rootElements);
  return out;
}

export async function countBpmn(xml: string): Promise<BpmnCounts> {
  const { rootElement } = await createModdle().fromXML(xml);
  const types = semanticElements(rootElement as unknown as El).map((e) => e.$type);
  const count = (test: (t: string) => boolean) => types.filter(test).length;
  return {
    pools: count((t) => t === 'bpmn:Participant'),
    lanes: count((t) => t === 'bpmn:Lane'),
    activities: count(isActivityType),
    gateways: count((t) => GATEWAY_TYPES.includes(t)),
    events: count((t) => EVENT_TYPES.includes(t)),
    sequenceFlows: count((t) => t === 'bpmn:SequenceFlow'),
    messageFlows: count((t) => t === 'bpmn:MessageFlow'),
  };
}
