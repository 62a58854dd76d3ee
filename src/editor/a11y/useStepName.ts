// A step's spoken name: "Aktivitet: Bedömer ansökan, i Förskoleförvaltningen, 2 av 7". Only
// steps in view are rendered, so only they work this out; the place in the flow is computed
// once per document version and shared.
import { useT } from '../../app/i18n/i18n';
import { flowOrder } from '../../domain/analysis/flowOrder';
import type { Process, Step } from '../../domain/model/types';
import { useDocumentStore } from '../../state/documentStore';
import { useRegisterStore } from '../../state/registerStore';

const places = new WeakMap<Process, Map<string, number>>();

function placeOf(doc: Process | null, stepId: string): number {
  if (!doc) return 0;
  let place = places.get(doc);
  if (!place) {
    place = new Map(flowOrder(doc).map((s, i) => [s.id, i + 1]));
    places.set(doc, place);
  }
  return place.get(stepId) ?? 0;
}

export function useStepName(step: Step): string {
  const t = useT();
  const place = useDocumentStore((s) => placeOf(s.doc, step.id));
  const count = useDocumentStore((s) => s.doc?.steps.length ?? 0);
  const registerId = useDocumentStore(
    (s) => s.doc?.lanes.find((l) => l.id === step.laneId)?.registerId,
  );
  const lane = useRegisterStore((s) => (registerId ? s.byId.get(registerId)?.name : undefined));
  return t('editor.stepAria', {
    kind: t(`kind.${step.kind}`),
    label: step.label || t('editor.unnamed'),
    lane: lane ?? t('editor.unknownUnit'),
    index: place,
    count,
  });
}
