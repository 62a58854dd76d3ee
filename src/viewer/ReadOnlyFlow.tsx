// A flow to look at, not to edit: the editor's own lanes, steps and connections (toFlow, the
// node and edge types, the lane header column) on a canvas that pans and zooms but changes
// nothing. It renders the process it is given, with its register, so a shared link or a
// comparison needs no document store (the steps read both through canvasSource.ts).
// Keys, when the canvas has focus: arrows pan, + and − zoom, 0 shows the whole flow.
import {
  ConnectionMode,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useStore,
  type Edge,
  type NodeMouseHandler,
  type ReactFlowInstance,
  type ReactFlowState,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useId, useMemo, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { useT } from '../platform/i18n/i18n';
import type { Box } from '../domain/model/route';
import type { Process, RegisterEntry } from '../domain/model/types';
import { focusedStepId } from '../editor/a11y/focusStep';
import { CanvasSourceContext, type StepMark } from '../editor/canvas/canvasSource';
import { FIT_PAD, FitFlowButton, fitBox } from '../editor/canvas/FitFlowButton';
import { fitViewport, fitZoom, DEFAULT_MIN_ZOOM, MIN_ZOOM_FLOOR } from '../editor/canvas/fitView';
import { stepNameId, toEdges, toNodes, type FlowNode } from '../editor/canvas/toFlow';
import { useConnectionName } from '../editor/canvas/useConnectionName';
import { ZoomLevelContext, zoomLevelOf } from '../editor/canvas/zoomLevel';
import { FlowEdge } from '../editor/edges/FlowEdge';
import { LaneHeaders } from '../editor/lanes/LaneHeaders';
import { LaneNode } from '../editor/nodes/LaneNode';
import { StepNode } from '../editor/nodes/StepNode';
import './viewer.css';

const nodeTypes = { lane: LaneNode, step: StepNode };
const edgeTypes = { flow: FlowEdge };
const PRO_OPTIONS = { hideAttribution: true };
const NO_SELECTION = new Set<string>();
/** How far an arrow key pans, in screen pixels. */
const PAN_STEP = 80;
const MAX_ZOOM = 2;

export interface ReadOnlyFlowProps {
  doc: Process;
  register: readonly RegisterEntry[];
  /** The canvas's accessible name, e.g. "Flödet (skrivskyddat)". */
  label: string;
  /** Keeps the ids of two canvases on one page apart. */
  idPrefix?: string;
  /** Tags on steps ("Ny", "Borttagen", "Ändrad"). */
  marks?: ReadonlyMap<string, StepMark>;
  /** Steps shown as selected; with onSelect, a click or focus on a step selects it. */
  selected?: ReadonlySet<string>;
  onSelect?(stepId: string): void;
  /** A view set from outside (two canvases moving together); otherwise the canvas keeps its own. */
  viewport?: Viewport;
  onViewportChange?(viewport: Viewport): void;
  /** What "Visa hela flödet" fits; the flow's steps by default. */
  fitTo?: Box;
}

export function ReadOnlyFlow(props: ReadOnlyFlowProps) {
  return (
    <ReactFlowProvider>
      <ReadOnlyCanvas {...props} />
    </ReactFlowProvider>
  );
}

/** Far out the viewer still draws steps (a shared flow is small enough): shapes and short labels. */
const levelOf = (s: ReactFlowState) => {
  const level = zoomLevelOf(s);
  return level === 'far' ? 'low' : level;
};

function ReadOnlyCanvas({
  doc,
  register,
  label,
  idPrefix = '',
  marks,
  selected = NO_SELECTION,
  onSelect,
  viewport,
  onViewportChange,
  fitTo,
}: ReadOnlyFlowProps) {
  const t = useT();
  const hintId = useId();
  const byId = useMemo(() => new Map(register.map((e) => [e.id, e])), [register]);
  const source = useMemo(
    () => ({ doc, register: byId, idPrefix, marks }),
    [doc, byId, idPrefix, marks],
  );
  const unknown = t('editor.unknownUnit');
  const nodes = useMemo(
    () =>
      toNodes(doc, byId, selected, unknown).map((n) =>
        n.type === 'step' && (idPrefix || n.selected)
          ? {
              ...n,
              domAttributes: {
                'aria-labelledby': idPrefix + stepNameId(n.id),
                // The chosen step is said to be chosen, not only drawn with an outline.
                'aria-current': n.selected ? ('true' as const) : undefined,
              },
            }
          : n,
      ),
    [doc, byId, selected, unknown, idPrefix],
  );
  const connectionName = useConnectionName();
  const edges: Edge[] = useMemo(
    () => toEdges(doc, NO_SELECTION, undefined, connectionName),
    [doc, connectionName],
  );
  const box = useMemo(() => fitTo ?? fitBox(doc), [fitTo, doc]);
  // Far enough out to see the whole flow in a small canvas, never below the editor's floor.
  const minZoom = useMemo(
    () =>
      Math.max(
        MIN_ZOOM_FLOOR,
        Math.min(DEFAULT_MIN_ZOOM, fitZoom(box, { width: 480, height: 280 }, FIT_PAD) * 0.8),
      ),
    [box],
  );
  const level = useStore(levelOf);
  const flowRef = useRef<ReactFlowInstance<FlowNode> | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);

  const fitWhole = useCallback(() => {
    const flow = flowRef.current;
    const el = containerRef.current;
    if (!flow || !el) return;
    void flow.setViewport(
      fitViewport(box, { width: el.clientWidth, height: el.clientHeight }, FIT_PAD, minZoom),
    );
  }, [box, minZoom]);
  const onInit = useCallback(
    (flow: ReactFlowInstance<FlowNode>) => {
      flowRef.current = flow;
      fitWhole();
    },
    [fitWhole],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const flow = flowRef.current;
      if (!flow || e.ctrlKey || e.metaKey || e.altKey) return;
      // A control of its own (a button) keeps its keys.
      if ((e.target as HTMLElement).closest('button')) return;
      const pan: Record<string, [number, number]> = {
        ArrowLeft: [PAN_STEP, 0],
        ArrowRight: [-PAN_STEP, 0],
        ArrowUp: [0, PAN_STEP],
        ArrowDown: [0, -PAN_STEP],
      };
      const by = pan[e.key];
      if (by) {
        const v = flow.getViewport();
        void flow.setViewport({ x: v.x + by[0], y: v.y + by[1], zoom: v.zoom });
      } else if (e.key === '+' || e.key === '=') void flow.zoomIn();
      else if (e.key === '-' || e.key === '−') void flow.zoomOut();
      else if (e.key === '0') fitWhole();
      else return;
      e.preventDefault();
      e.stopPropagation();
    },
    [fitWhole],
  );
  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback(
    (_e, node) => {
      if (node.type === 'step') onSelect?.(node.id);
    },
    [onSelect],
  );
  const onFocus = useCallback(
    (e: FocusEvent) => {
      const id = focusedStepId(e.target);
      if (id && !selected.has(id)) onSelect?.(id);
    },
    [onSelect, selected],
  );

  const ariaLabelConfig = useMemo(
    () => ({
      'controls.ariaLabel': t('editor.viewControls'),
      'controls.zoomIn.ariaLabel': t('editor.zoomIn'),
      'controls.zoomOut.ariaLabel': t('editor.zoomOut'),
      'controls.fitView.ariaLabel': t('editor.fitView'),
      'node.a11yDescription.default': t('share.viewer.keys'),
      'node.a11yDescription.keyboardDisabled': t('share.viewer.keys'),
      'edge.a11yDescription.default': t('share.viewer.keys'),
    }),
    [t],
  );
  // Only the controlled props that are set: React Flow treats a `viewport` prop as "controlled".
  const controlled = viewport ? { viewport, onViewportChange } : {};

  return (
    <div className="viewer">
      {/* React Flow fills its parent (its own size is an inline 100 %): the frame sets it. */}
      <div className="viewer-frame">
        <CanvasSourceContext.Provider value={source}>
          <ZoomLevelContext.Provider value={level}>
            <ReactFlow<FlowNode>
              ref={containerRef}
              className="viewer-canvas"
              // React Flow's own ids (markers, descriptions) apart too.
              id={idPrefix ? `${idPrefix}flow` : undefined}
              aria-label={label}
              aria-describedby={hintId}
              tabIndex={0}
              onKeyDown={onKeyDown}
              onFocus={onFocus}
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              {...controlled}
              onInit={onInit}
              onNodeClick={onNodeClick}
              // Every handle is a "source" (toFlow.stepHandles): an edge ends on one only in
              // loose mode, as in the editor.
              connectionMode={ConnectionMode.Loose}
              nodesDraggable={false}
              nodesConnectable={false}
              nodesFocusable
              edgesFocusable={false}
              edgesReconnectable={false}
              elementsSelectable={!!onSelect}
              deleteKeyCode={null}
              selectionKeyCode={null}
              multiSelectionKeyCode={null}
              panActivationKeyCode={null}
              disableKeyboardA11y
              // The page scrolls with the wheel; a pinch (or Ctrl + wheel) zooms the flow.
              zoomOnScroll={false}
              preventScrolling={false}
              onlyRenderVisibleElements
              minZoom={minZoom}
              maxZoom={MAX_ZOOM}
              proOptions={PRO_OPTIONS}
              ariaLabelConfig={ariaLabelConfig}
            >
              <LaneHeaders doc={doc} />
              <Controls showInteractive={false} showFitView={false} position="top-right">
                <FitFlowButton doc={doc} box={box} label={t('editor.fitView')} />
              </Controls>
            </ReactFlow>
          </ZoomLevelContext.Provider>
        </CanvasSourceContext.Provider>
      </div>
      <p id={hintId} className="viewer-hint">
        {t('share.viewer.keys')}
      </p>
    </div>
  );
}
