// A step's spoken name: "Aktivitet: Bedömer ansökan, i Förskoleförvaltningen, 2 av 7". Only
// steps in view are rendered, so only they work this out; the place in the flow is computed
// once per document version and shared.
import { useContext } from 'react';
import { useT } from '../../platform/i18n/i18n';
import { stepNumbers } from '../../domain/analysis/stepNumbers';
import type { Process, Step } from '../../domain/model/types';
import { useDocument } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { CanvasSourceContext } from '../canvas/canvasSource';
import { sameGeometry } from '../canvas/sameGeometry';

// Numbered as the text view, the PDF's step table and the diagram number them (one function,
// domain/analysis/stepNumbers); documents, problems, ideas and notes have no number.
const places = new WeakMap<Process, { numbers: Map<string, number>; count: number }>();

// The numbers follow from where the steps are and how they connect: a version that moved
// nothing (someone renamed a step) keeps the last numbers instead of ordering the flow again.
let last: { doc: Process; found: { numbers: Map<string, number>; count: number } } | null = null;

function placesOf(doc: Process) {
  let found = places.get(doc);
  if (!found) {
    if (last && sameGeometry(last.doc, doc)) found = last.found;
    else {
      const numbers = stepNumbers(doc);
      found = { numbers, count: numbers.size };
    }
    places.set(doc, found);
    last = { doc, found };
  }
  return found;
}
const placeOf = (doc: Process | null, stepId: string) =>
  doc ? (placesOf(doc).numbers.get(stepId) ?? 0) : 0;

export function useStepName(step: Step): string {
  const t = useT();
  // A read-only view names its steps from the process it shows, not from the stores.
  const source = useContext(CanvasSourceContext);
  const docOf = (s: { doc: Process | null }) => source?.doc ?? s.doc;
  const place = useDocument((s) => placeOf(docOf(s), step.id));
  const count = useDocument((s) => {
    const doc = docOf(s);
    return doc ? placesOf(doc).count : 0;
  });
  const registerId = useDocument(
    (s) => docOf(s)?.lanes.find((l) => l.id === step.laneId)?.registerId,
  );
  const lane = useRegisterStore((s) =>
    registerId ? (source?.register ?? s.byId).get(registerId)?.name : undefined,
  );
  const parts = {
    kind: t(`kind.${step.kind}`),
    label: step.label || t('editor.unnamed'),
    lane: lane ?? t('editor.unknownUnit'),
  };
  return place
    ? t('editor.stepAria', { ...parts, index: place, count })
    : t('editor.stepAriaAside', parts);
}
