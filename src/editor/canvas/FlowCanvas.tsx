// The swimlane canvas. React Flow owns the view and the in-flight drag; the document changes
// once per gesture (drop, connect), through apply().
import {
  ConnectionMode,
  Controls,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  type Connection as FlowConnection,
  type Edge,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
  type OnSelectionChangeParams,
  type ReactFlowInstance,
} from '@xyflow/react';
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { useT } from '../../platform/i18n/i18n';
import { GRID, laneBands } from '../../domain/model/geometry';
import type { Process, StepKind } from '../../domain/model/types';
import { STEP_KINDS } from '../../domain/schema/process';
import { documentSession } from '../../state/documentSession';
import { useRegisterStore } from '../../state/registerStore';
import { useSessionStore } from '../../state/sessionStore';
import { PALETTE_MIME } from '../Palette';
import { LaneNode } from '../nodes/LaneNode';
import { StepNode } from '../nodes/StepNode';
import { HEADER_COLUMN_WIDTH, LaneHeaders } from '../lanes/LaneHeaders';
import { keyFigures } from '../../domain/analysis/keyFigures';
import { FlowEdge } from '../edges/FlowEdge';
import { focusedStepId } from '../a11y/focusStep';
import { FitFlowButton } from './FitFlowButton';
import { addStepAt, connectSteps, dropSteps, reconnect } from './gestures';
import { OverviewMap } from './OverviewMap';
import { toEdges, toNodes, type EdgeCache, type FlowNode, type NodeCache } from './toFlow';
import { useConnectionName } from './useConnectionName';
import { useRoutes } from './useRoutes';
import { useViewWindow } from './useViewWindow';
import { isFromOthers } from './fromOthers';
import { indexCanvas, queryWindow, samePlaces, type FlowIndex } from './viewWindow';
import { ZoomLevelContext } from './zoomLevel';
import { FarLayer } from './FarLayer';
import { useFarView } from './useFarView';
import { PresenceLayer } from '../presence/PresenceLayer';
import { presenceDrag, presenceMove } from '../presence/publish';

const nodeTypes = { lane: LaneNode, step: StepNode };
const edgeTypes = { flow: FlowEdge };
// Props React Flow copies into its store are module constants or memoised: a new object on a
// render of the canvas (every frame of a drag) would be a store update that every rendered
// node and edge hears, and a new handler would re-render every node and edge wrapper.
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const SNAP_GRID: [number, number] = [GRID, GRID];
const DEFAULT_EDGE_OPTIONS = { type: 'flow' };
const PRO_OPTIONS = { hideAttribution: true };
const onNodeDoubleClick = (_e: MouseEvent, node: FlowNode) => {
  if (node.type === 'step') useSessionStore.getState().setEditing(node.id);
};

/**
 * React Flow prevents the default of pointer-down (for dragging), so a field keeps focus when
 * the canvas is clicked. Blur it: the click means "done typing", and the editor's keys apply.
 */
function blurFieldOutside(e: PointerEvent) {
  const active = document.activeElement as HTMLElement | null;
  if (active && active !== document.body && !active.contains(e.target as Node)) {
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(active.tagName) || active.isContentEditable)
      active.blur();
  }
}
/** Tabbing onto a step selects it, so the properties panel and the keys work on it. */
function selectFocusedStep(e: FocusEvent) {
  const id = focusedStepId(e.target);
  const session = useSessionStore.getState();
  if (id && !session.selectedStepIds.includes(id)) session.select([id]);
}
interface IndexedVersion {
  nodes: FlowNode[];
  edges: Edge[];
  index: FlowIndex;
}
const FAR_WINDOW = { steps: new Set<string>(), connections: new Set<string>() };
const NO_EDGES: Edge[] = [];

/**
 * The canvas. Another person's change is drawn in a deferred render, which React splits into
 * short slices: the task that takes the change in (the Y update, the session, the panels) then
 * no longer carries the canvas's rebuild, and nothing blocks the page for a frame or more (issue
 * 20: a remote change at 1,000 steps adds no task over 16 ms). This person's own edits are
 * drawn at once, as before.
 */
export function FlowCanvas({
  doc: latest,
  onEditConnection,
}: {
  doc: Process;
  onEditConnection(id: string): void;
}) {
  const deferred = useDeferredValue(latest);
  const doc = isFromOthers(latest) ? deferred : latest;
  return <CanvasView doc={doc} onEditConnection={onEditConnection} />;
}

const CanvasView = memo(function CanvasView({
  doc,
  onEditConnection,
}: {
  doc: Process;
  onEditConnection(id: string): void;
}) {
  const t = useT();
  const register = useRegisterStore((s) => s.byId);
  const unknown = t('editor.unknownUnit');
  const connectionName = useConnectionName();
  // Unchanged steps and connections keep their objects from one version to the next.
  const nodeCache = useRef<NodeCache>(new Map());
  const edgeCache = useRef<EdgeCache>(new Map());
  const derivedNodes = useMemo(
    () => toNodes(doc, register, new Set(), unknown, nodeCache.current),
    [doc, register, unknown],
  );
  const showHandovers = useSessionStore((s) => s.showHandovers);
  const entries = useRegisterStore((s) => s.entries);
  const routing = useRoutes(doc);
  const derivedEdges = useMemo(
    () =>
      toEdges(
        doc,
        new Set(),
        // Only worked out while the highlight is on: the canvas does not pay for it otherwise.
        showHandovers ? new Set(keyFigures(doc, entries).handoverConnectionIds) : undefined,
        connectionName,
        edgeCache.current,
        routing,
      ),
    [doc, showHandovers, entries, connectionName, routing],
  );
  const [nodes, setNodes] = useState<FlowNode[]>(derivedNodes);
  const [edges, setEdges] = useState<Edge[]>(derivedEdges);

  const flowRef = useRef<ReactFlowInstance<FlowNode> | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const { level, minZoom, onPaneClick, zoomInOnStep } = useFarView(doc, flowRef);
  const far = level === 'far';

  // A new document version replaces React Flow's copy; the selection carries over.
  useEffect(() => {
    const { selectedStepIds } = useSessionStore.getState();
    const selected = new Set(selectedStepIds);
    setNodes(derivedNodes.map((n) => (selected.has(n.id) ? { ...n, selected: true } : n)));
  }, [derivedNodes]);
  useEffect(() => {
    const selected = new Set(useSessionStore.getState().selectedConnectionIds);
    setEdges(derivedEdges.map((e) => (selected.has(e.id) ? { ...e, selected: true } : e)));
  }, [derivedEdges]);

  // A selection made outside the canvas (panel, keyboard, new step) shows on it.
  const selectedStepIds = useSessionStore((s) => s.selectedStepIds);
  const selectedConnectionIds = useSessionStore((s) => s.selectedConnectionIds);
  useEffect(() => {
    const wanted = new Set(selectedStepIds);
    setNodes((ns) => syncSelected(ns, wanted));
  }, [selectedStepIds]);
  useEffect(() => {
    const wanted = new Set(selectedConnectionIds);
    setEdges((es) => syncSelected(es, wanted));
  }, [selectedConnectionIds]);

  // The view follows the step being worked on (a new step, keyboard navigation), so it is
  // rendered and its label editor can take the keys.
  useEffect(() => {
    const id = selectedStepIds[selectedStepIds.length - 1];
    const flow = flowRef.current;
    const box = containerRef.current;
    const current = documentSession.doc;
    const step = current?.steps.find((s) => s.id === id);
    if (!flow || !box || !current || !step || selectedStepIds.length !== 1) return;
    const top = laneBands(current.lanes).find((b) => b.lane.id === step.laneId)?.top ?? 0;
    const viewport = flow.getViewport();
    const d = scrollIntoView(
      { x: step.x, y: top + step.y, width: step.width, height: step.height },
      viewport,
      { width: box.clientWidth, height: box.clientHeight },
    );
    if (d.x || d.y)
      void flow.setViewport({ x: viewport.x + d.x, y: viewport.y + d.y, zoom: viewport.zoom });
  }, [selectedStepIds]);

  // React Flow gets the steps and connections near the view, and the selection wherever it is
  // (viewWindow.ts): its work per frame then follows what is in view, not the process's size.
  // The last version indexed: a version that moved nothing keeps its index.
  const indexed = useRef<IndexedVersion | null>(null);
  const index = useMemo(() => {
    const next = { nodes: derivedNodes, edges: derivedEdges };
    const last = indexed.current;
    const kept =
      last && samePlaces(last, next) ? last.index : indexCanvas(derivedNodes, derivedEdges);
    indexed.current = { ...next, index: kept };
    return kept;
  }, [derivedNodes, derivedEdges]);
  // Far out, the far layer draws every step and connection, and React Flow keeps only the
  // selection (focusable, draggable, named for screen readers).
  const area = useViewWindow();
  const pinned = useMemo(() => new Set(selectedStepIds), [selectedStepIds]);
  const near = useMemo(
    () => (far ? FAR_WINDOW : queryWindow(index, area, selectedStepIds)),
    [far, index, area, selectedStepIds],
  );
  const shownNodes = useMemo(
    () =>
      nodes.filter(
        (n) => n.type === 'lane' || n.dragging || (far ? pinned.has(n.id) : near.steps.has(n.id)),
      ),
    [nodes, near, far, pinned],
  );
  const shownEdges = useMemo(
    () => (far ? NO_EDGES : edges.filter((e) => near.connections.has(e.id))),
    [edges, near, far],
  );
  const selectedConnections = useMemo(
    () => new Set(selectedConnectionIds),
    [selectedConnectionIds],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => setNodes((ns) => applyNodeChanges(changes, ns)),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => setEdges((es) => applyEdgeChanges(changes, es)),
    [],
  );

  const onSelectionChange = useCallback(({ nodes: ns, edges: es }: OnSelectionChangeParams) => {
    useSessionStore.getState().select(
      ns.filter((n) => n.type === 'step').map((n) => n.id),
      es.map((e) => e.id),
    );
  }, []);

  // What each gesture means for the document is worked out in gestures.ts.
  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback((_e, _node, dragged) => {
    presenceDrag.end();
    const current = documentSession.doc;
    const op = current && dropSteps(current, dragged);
    if (op) documentSession.apply(op);
  }, []);

  const onConnect = useCallback((c: FlowConnection) => {
    const current = documentSession.doc;
    const op = current && connectSteps(current, c);
    if (op) documentSession.apply(op);
  }, []);

  /** Adds a step of a kind at a screen point, in the lane under it. */
  const addAtScreenPoint = useCallback(
    (kind: StepKind, clientX: number, clientY: number): boolean => {
      const current = documentSession.doc;
      const flow = flowRef.current;
      if (!current || !flow) return false;
      const added = addStepAt(current, kind, flow.screenToFlowPosition({ x: clientX, y: clientY }));
      if (!added) return false;
      const { op, stepId } = added;
      documentSession.apply(op);
      useSessionStore.getState().select([stepId]);
      useSessionStore.getState().setEditing(stepId);
      return true;
    },
    [],
  );

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME);
      if (!(STEP_KINDS as readonly string[]).includes(kind)) return;
      e.preventDefault();
      addAtScreenPoint(kind as StepKind, e.clientX, e.clientY);
    },
    [addAtScreenPoint],
  );
  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(PALETTE_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onReconnect = useCallback((old: Edge, c: FlowConnection) => {
    const current = documentSession.doc;
    const op = current && reconnect(current, old.id, c);
    if (op) documentSession.apply(op);
  }, []);

  // Double-click on empty ground in a lane adds an activity exactly there.
  // Far out, a double-click on a drawn step zooms in on it instead.
  const onDoubleClick = useCallback(
    (e: MouseEvent) => {
      if (!(e.target as HTMLElement).classList.contains('react-flow__pane')) return;
      if (!zoomInOnStep(e)) addAtScreenPoint('activity', e.clientX, e.clientY);
    },
    [addAtScreenPoint, zoomInOnStep],
  );
  const onEdgeDoubleClick = useCallback(
    (_e: MouseEvent, edge: Edge) => onEditConnection(edge.id),
    [onEditConnection],
  );
  // The start view is worked out once, from the document the canvas opened with.
  const openedWith = useRef(doc);
  const onInit = useCallback((flow: ReactFlowInstance<FlowNode>) => {
    flowRef.current = flow;
    void flow.setViewport(startViewport(openedWith.current, containerRef.current));
  }, []);
  const ariaLabelConfig = useMemo(
    () => ({
      'controls.ariaLabel': t('editor.viewControls'),
      'controls.zoomIn.ariaLabel': t('editor.zoomIn'),
      'controls.zoomOut.ariaLabel': t('editor.zoomOut'),
      'controls.fitView.ariaLabel': t('editor.fitView'),
      'minimap.ariaLabel': t('editor.minimap'),
      'handle.ariaLabel': t('editor.handle'),
      'node.a11yDescription.default': t('editor.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('editor.nodeHelp'),
      'edge.a11yDescription.default': t('editor.edgeHelp'),
    }),
    [t],
  );

  // One element per document version: the canvas renders on every frame of a drag.
  const fitLabel = t('editor.fitView');
  const controls = useMemo(
    () => (
      <Controls showInteractive={false} showFitView={false} position="top-right">
        <FitFlowButton doc={doc} label={fitLabel} />
      </Controls>
    ),
    [doc, fitLabel],
  );
  return (
    <ZoomLevelContext.Provider value={level}>
      <ReactFlow<FlowNode>
        ref={containerRef}
        onPointerDownCapture={blurFieldOutside}
        onFocus={selectFocusedStep}
        onDoubleClick={onDoubleClick}
        onDrop={onDrop}
        onDragOver={onDragOver}
        onReconnect={onReconnect}
        nodes={shownNodes}
        edges={shownEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onSelectionChange={onSelectionChange}
        onNodeDragStart={presenceDrag.start}
        onNodeDrag={presenceDrag.move}
        onNodeDragStop={onNodeDragStop}
        onMoveStart={presenceMove.start}
        onMoveEnd={presenceMove.end}
        onConnect={onConnect}
        onNodeDoubleClick={onNodeDoubleClick}
        onEdgeDoubleClick={onEdgeDoubleClick}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        disableKeyboardA11y
        zoomOnDoubleClick={false}
        snapToGrid
        snapGrid={SNAP_GRID}
        onlyRenderVisibleElements
        onPaneClick={onPaneClick}
        minZoom={minZoom}
        maxZoom={2}
        onInit={onInit}
        selectionOnDrag={false}
        panOnScroll
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        proOptions={PRO_OPTIONS}
        ariaLabelConfig={ariaLabelConfig}
      >
        {/* No dotted background: the lanes are the grid, and redrawing the dots on each pan
            and zoom frame cost about a third of the canvas's own work per frame (bench). */}
        {far && (
          <FarLayer
            doc={doc}
            routes={routing.doc === doc && routing.routes.size ? routing.routes : undefined}
            selectedConnections={selectedConnections}
            label={t('canvas.farLayer', { count: doc.steps.length })}
          />
        )}
        <LaneHeaders doc={doc} />
        <PresenceLayer doc={doc} />
        {controls}
        <OverviewMap doc={doc} register={register} label={t('editor.minimap')} />
      </ReactFlow>
    </ZoomLevelContext.Provider>
  );
});

function syncSelected<T extends { id: string; selected?: boolean }>(
  items: T[],
  wanted: ReadonlySet<string>,
): T[] {
  if (items.every((i) => !!i.selected === wanted.has(i.id))) return items;
  return items.map((i) =>
    !!i.selected === wanted.has(i.id) ? i : { ...i, selected: wanted.has(i.id) },
  );
}

/**
 * Where a process opens: its start (the lane headers and the need) at the top left, as large as
 * fits but never below a zoom a room can still read; the rest is a pan away.
 */
function startViewport(doc: Process, container: HTMLElement | null) {
  const width = container?.clientWidth ?? 1200;
  const height = container?.clientHeight ?? 700;
  const contentRight = doc.steps.reduce((m, s) => Math.max(m, s.x + s.width), 0) + 32;
  const contentBottom = doc.lanes.reduce((m, l) => m + l.height, 0) + 32;
  const zoom = Math.max(
    0.75,
    Math.min(1, (width - HEADER_COLUMN_WIDTH) / contentRight, height / contentBottom),
  );
  return { x: HEADER_COLUMN_WIDTH + 8, y: 16, zoom };
}

/** How far to pan so a box (canvas coordinates) is in view, like a text editor follows its cursor. */
function scrollIntoView(
  box: { x: number; y: number; width: number; height: number },
  view: { x: number; y: number; zoom: number },
  size: { width: number; height: number },
): { x: number; y: number } {
  const margin = 40;
  const axis = (start: number, length: number, min: number, max: number) => {
    if (start < min) return min - start;
    if (start + length > max) return Math.max(max - (start + length), min - start);
    return 0;
  };
  const z = view.zoom;
  return {
    x: axis(
      box.x * z + view.x,
      box.width * z,
      HEADER_COLUMN_WIDTH + margin / 2,
      size.width - margin,
    ),
    y: axis(box.y * z + view.y, box.height * z, margin / 2, size.height - margin),
  };
}
