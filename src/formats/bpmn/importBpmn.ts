// BPMN 2.0 XML (with or without BPMN-DI) into a process file, which the caller then passes
// through the one load gate (loadDocument). Pools and lanes become lanes, flow nodes become steps,
// flows become connections; what cannot be shown is listed, never silently dropped. Our own
// exports carry <fv:data> records that make the round trip lossless.
import { newId } from '../../domain/model/ids';
import { CURRENT_FORMAT_VERSION } from '../../domain/schema/process';
import { createModdle, isA, list, type El } from './moddle';
import { MAX_BPMN_CHARS, MAX_XML_DEPTH } from '../importLimits';
import { xmlNestingExceeds } from './xmlNesting';
import { wellFormedData } from '../svg/text';
import { handleCollaborationArtifact } from './import/artifacts';
import { createContext, runDeferred, warn, type Simplified } from './import/context';
import { handleDiagram } from './import/diagram';
import { nameOf, readFv } from './import/elements';
import { handleFlowElements } from './import/flowNodes';
import { handleBareProcess, handleParticipant } from './import/lanes';
import { handleMessageFlow } from './import/messageFlows';
import { inDrawingOrder, modelLanes } from './import/modelLanes';
import { drawOutsideLanes, laneOfEachNode, outsideLanesFromRecords } from './import/nodeLanes';
import { buildSteps } from './import/steps';

export type { Simplified };
export { readFv };

export type BpmnImportError =
  'tooLarge' | 'tooDeep' | 'doctype' | 'xinclude' | 'notXml' | 'notBpmn' | 'empty';

export type BpmnImportResult =
  | { ok: false; error: BpmnImportError; detail?: string }
  | { ok: true; file: unknown; simplified: Simplified[]; hasLayout: boolean };

export interface BpmnImportOptions {
  now?: Date;
  /** Title when the file names none (the caller passes the file name). */
  title?: string;
  /** Name of the lane for a process drawn without pools or lanes. */
  defaultLaneName?: string;
}

export async function importBpmn(
  xml: string,
  options: BpmnImportOptions = {},
): Promise<BpmnImportResult> {
  if (xml.length > MAX_BPMN_CHARS) return { ok: false, error: 'tooLarge' };
  if (xmlNestingExceeds(xml, MAX_XML_DEPTH)) return { ok: false, error: 'tooDeep' };
  try {
    const result = await convert(xml, options);
    // A name with `&#xD800;` holds half a character, which encoders throw on: U+FFFD instead.
    return result.ok ? { ...result, file: wellFormedData(result.file) } : result;
  } catch (error) {
    // Whatever a crafted file still manages to break is refused with a reason, never thrown.
    return { ok: false, error: 'notBpmn', detail: String(error).slice(0, 200) };
  }
}

async function convert(xml: string, options: BpmnImportOptions): Promise<BpmnImportResult> {
  // No DTDs at all: that closes entity expansion, external entities and billion laughs for good.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { ok: false, error: 'doctype' };
  // The parser would report it as unparsable content, which reads like a file cut short.
  if (xml.includes('http://www.w3.org/2001/XInclude')) return { ok: false, error: 'xinclude' };
  const looksLikeXml = xml
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('<');
  // Only once an element has begun can we tell "other XML" from "cut off before it began".
  const hasElement = /<[A-Za-z_]/.test(xml);
  if (looksLikeXml && hasElement && !xml.includes('http://www.omg.org/spec/BPMN/20100524/MODEL'))
    return { ok: false, error: 'notBpmn' };
  const moddle = createModdle();
  let parsed;
  try {
    parsed = await moddle.fromXML(xml);
  } catch (error) {
    return {
      ok: false,
      error: 'notXml',
      detail: String((error as Error).message ?? error).slice(0, 200),
    };
  }
  const defs = parsed.rootElement as unknown as El;
  if (!isA(defs, 'bpmn:Definitions')) return { ok: false, error: 'notBpmn' };
  // A cut-off file parses partly; saxen reports the break as a warning we must not ignore.
  const broken = parsed.warnings.find((w) =>
    /unclosed|unexpected end|unparsable|missing/i.test(w.message),
  );
  if (broken) return { ok: false, error: 'notXml', detail: broken.message.slice(0, 200) };
  return walk(defs, options);
}

/**
 * One handler per element kind, in an order where each finds what it needs: the drawing first,
 * then lanes (nodes are placed in them), then nodes and flows; connections wait in the deferred
 * queue until every step exists.
 */
function walk(defs: El, options: BpmnImportOptions): BpmnImportResult {
  const roots = list(defs.rootElements);
  const processes = roots.filter((r) => isA(r, 'bpmn:Process'));
  const collaborations = roots.filter((r) => isA(r, 'bpmn:Collaboration'));
  const participants = collaborations.flatMap((c) => list(c.participants));
  if (processes.length === 0 && participants.length === 0) return { ok: false, error: 'empty' };

  const ctx = createContext();
  for (const r of roots) {
    if (isA(r, 'bpmn:GlobalTask', 'bpmn:GlobalUserTask', 'bpmn:GlobalManualTask'))
      warn(ctx, r, 'reusable task definition (not drawn); calls to it are kept');
  }
  handleDiagram(ctx, defs);
  const processFv = processes.map((p) => readFv(p)).find((d) => d?.record === 'process');

  const pooled = new Set<string>();
  for (const participant of participants) {
    const processId = handleParticipant(ctx, participant);
    if (processId) pooled.add(processId);
  }
  for (const process of processes)
    if (!pooled.has(String(process.id))) handleBareProcess(ctx, process);
  outsideLanesFromRecords(ctx, processes);
  for (const process of processes) handleFlowElements(ctx, process, String(process.id));
  for (const mf of collaborations.flatMap((c) => list(c.messageFlows))) handleMessageFlow(ctx, mf);
  for (const c of collaborations)
    for (const a of list(c.artifacts)) handleCollaborationArtifact(ctx, a);

  const nodeLane = laneOfEachNode(ctx, processes, options.defaultLaneName);
  const ordered = inDrawingOrder(ctx.lanes);
  drawOutsideLanes(ctx, nodeLane);
  // Drawn if any node is: the few a tool left undrawn are set after the rest (see buildSteps).
  const hasLayout =
    ctx.nodes.length === 0 || ctx.nodes.some((n) => ctx.bounds.has(String(n.el.id)));
  const { lanes, register } = modelLanes(ordered, processFv, options.defaultLaneName);
  const originX = typeof processFv?.originX === 'number' ? processFv.originX : undefined;
  const steps = buildSteps(ctx, nodeLane, ordered, originX);
  runDeferred(ctx, {
    idOf: new Map(ctx.nodes.map((n, i) => [String(n.el.id), steps[i]!.id])),
    stepIds: new Set(steps.map((s) => s.id)),
  });

  const now = (options.now ?? new Date()).toISOString();
  const spec = (processFv?.process ?? {}) as Record<string, unknown>;
  const title =
    (spec.title as string | undefined) ||
    nameOf(defs) ||
    participants.map(nameOf).find(Boolean) ||
    processes.map(nameOf).find(Boolean) ||
    options.title ||
    'BPMN';
  return {
    ok: true,
    hasLayout,
    simplified: ctx.warnings,
    file: {
      formatVersion: CURRENT_FORMAT_VERSION,
      application: 'BPMN',
      process: {
        category: 'huvudprocess',
        status: 'utkast',
        variant: 'nulage',
        createdAt: now,
        ...spec,
        id: (spec.id as string | undefined) ?? newId('p'),
        title: title.slice(0, 500),
        changedAt: now,
        // As drawn: the load gate every import passes (loadDocument) grows lanes to hold steps.
        lanes,
        steps,
        connections: ctx.connections,
      },
      register,
    },
  };
}
