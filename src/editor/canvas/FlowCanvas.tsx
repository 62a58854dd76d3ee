// The swimlane canvas. React Flow owns the view and the in-flight drag; the document changes
// once per gesture (drop, connect), through apply().
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
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
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useT } from '../../app/i18n/i18n';
import { newConnection } from '../../domain/model/factories';
import { GRID, laneAtY, laneBands } from '../../domain/model/geometry';
import type { Process } from '../../domain/model/types';
import { useDocumentStore } from '../../state/documentStore';
import { useRegisterStore } from '../../state/registerStore';
import { useSessionStore } from '../../state/sessionStore';
import { addStepOperation } from '../actions/addStep';
import { LaneNode } from '../nodes/LaneNode';
import { StepNode } from '../nodes/StepNode';
import { LANE_HEADER_WIDTH, toEdges, toNodes, type FlowNode } from './toFlow';

const nodeTypes = { lane: LaneNode, step: StepNode };
const INFORMATION_KINDS = new Set(['informationObject', 'itSystem']);

export function FlowCanvas({
  doc,
  onEditConnection,
}: {
  doc: Process;
  onEditConnection(id: string): void;
}) {
  const t = useT();
  const register = useRegisterStore((s) => s.byId);
  const unknown = t('editor.unknownUnit');
  const derivedNodes = useMemo(
    () => toNodes(doc, register, new Set(), unknown),
    [doc, register, unknown],
  );
  const derivedEdges = useMemo(() => toEdges(doc, new Set()), [doc]);
  const [nodes, setNodes] = useState<FlowNode[]>(derivedNodes);
  const [edges, setEdges] = useState<Edge[]>(derivedEdges);

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

  // Dropping a step decides its lane from where its centre lands: membership is semantic.
  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback((_e, _node, dragged) => {
    const store = useDocumentStore.getState();
    const current = store.doc;
    if (!current) return;
    const tops = new Map(laneBands(current.lanes).map((b) => [b.lane.id, b.top]));
    const placements = dragged
      .filter((n) => n.type === 'step')
      .flatMap((n) => {
        const step = current.steps.find((s) => s.id === n.id);
        if (!step) return [];
        const lane = laneAtY(current.lanes, n.position.y + step.height / 2);
        if (!lane) return [];
        return [
          {
            id: n.id,
            laneId: lane.id,
            x: Math.max(0, n.position.x),
            y: n.position.y - (tops.get(lane.id) ?? 0),
          },
        ];
      });
    if (placements.length) store.apply({ type: 'step.move', placements });
  }, []);

  const onConnect = useCallback((c: FlowConnection) => {
    const store = useDocumentStore.getState();
    const current = store.doc;
    if (!current || !c.source || !c.target || c.source === c.target) return;
    const kindOf = (id: string) => current.steps.find((s) => s.id === id)?.kind ?? 'activity';
    const information =
      INFORMATION_KINDS.has(kindOf(c.source)) || INFORMATION_KINDS.has(kindOf(c.target));
    store.apply({
      type: 'connection.add',
      connection: newConnection(c.source, c.target, information ? 'information' : 'flow'),
    });
  }, []);

  // Double-click on empty ground in a lane adds an activity exactly there.
  const onDoubleClick = useCallback((e: MouseEvent) => {
    if (!(e.target as HTMLElement).classList.contains('react-flow__pane')) return;
    const store = useDocumentStore.getState();
    const current = store.doc;
    const flow = flowRef.current;
    if (!current || !flow) return;
    const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const band = laneBands(current.lanes).find((b) => p.y >= b.top && p.y < b.top + b.height);
    if (!band || p.x < 0) return;
    const { op, stepId } = addStepOperation(current, {
      kind: 'activity',
      laneId: band.lane.id,
      at: { x: p.x, y: p.y - band.top },
    });
    store.apply(op);
    useSessionStore.getState().select([stepId]);
    useSessionStore.getState().setEditing(stepId);
  }, []);
  const flowRef = useRef<ReactFlowInstance<FlowNode> | null>(null);

  return (
    <ReactFlow<FlowNode>
      onDoubleClick={onDoubleClick}
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onSelectionChange={onSelectionChange}
      onNodeDragStop={onNodeDragStop}
      onConnect={onConnect}
      onNodeDoubleClick={(_e, node) =>
        node.type === 'step' && useSessionStore.getState().setEditing(node.id)
      }
      onEdgeDoubleClick={(_e, edge) => onEditConnection(edge.id)}
      connectionMode={ConnectionMode.Loose}
      deleteKeyCode={null}
      zoomOnDoubleClick={false}
      snapToGrid
      snapGrid={[GRID, GRID]}
      onlyRenderVisibleElements
      minZoom={0.1}
      maxZoom={2}
      onInit={(flow) => {
        flowRef.current = flow;
        // A filled process opens fitted (never enlarged); an empty one at 100 % from the top left,
        // where its first lanes will appear.
        if (doc.steps.length) void flow.fitView({ padding: 0.08, maxZoom: 1 });
        else void flow.setViewport({ x: LANE_HEADER_WIDTH + 16, y: 16, zoom: 1 });
      }}
      selectionOnDrag={false}
      panOnScroll
      defaultEdgeOptions={{ type: 'smoothstep' }}
      proOptions={{ hideAttribution: true }}
      ariaLabelConfig={{ 'controls.ariaLabel': t('editor.viewControls') }}
    >
      <Background variant={BackgroundVariant.Dots} gap={GRID * 3} size={1} />
      <Controls showInteractive={false} />
      <MiniMap pannable zoomable ariaLabel={t('editor.minimap')} nodeStrokeWidth={2} />
    </ReactFlow>
  );
}
