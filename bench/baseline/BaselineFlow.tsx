// The baseline's screen: an open button, a label field and the flow with React Flow's defaults
// (plus the zoom range the app allows, so the overview at zoom 0.1 exists in both).
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';

export function BaselineFlow({
  initial,
  culled,
  size,
}: {
  initial: { nodes: Node[]; edges: Edge[] };
  culled: boolean;
  size: { width: number; height: number };
}) {
  const [open, setOpen] = useState(false);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <header style={{ padding: 4 }}>
        <button type="button" onClick={() => setOpen(true)} disabled={open}>
          Öppna
        </button>
      </header>
      {open && <Flow initial={initial} culled={culled} size={size} />}
    </div>
  );
}

function Flow({
  initial,
  culled,
  size,
}: {
  initial: { nodes: Node[]; edges: Edge[] };
  culled: boolean;
  size: { width: number; height: number };
}) {
  const [nodes, setNodes, onNodesChange] = useNodesState(initial.nodes);
  const [edges, , onEdgesChange] = useEdgesState(initial.edges);
  const [label, setLabel] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const selected = nodes.find((n) => n.selected);

  // Enter on a selected step edits its label, as in the app.
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Enter' || !selected || e.target === field.current) return;
      e.preventDefault();
      setLabel(String(selected.data.label ?? ''));
      field.current?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [selected]);
  const onLabel = (value: string) => {
    setLabel(value);
    if (!selected) return;
    const id = selected.id;
    setNodes((ns) =>
      ns.map((n) => (n.id === id ? { ...n, data: { ...n.data, label: value } } : n)),
    );
  };
  return (
    <div style={{ flex: 1, display: 'flex', flexDirection: 'column' }}>
      <textarea
        ref={field}
        aria-label="Etikett"
        rows={1}
        value={label}
        onChange={(e) => onLabel(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          e.currentTarget.blur();
        }}
      />
      <div
        style={
          size.width && size.height
            ? { width: size.width, height: size.height }
            : { flex: 1, minHeight: 0 }
        }
      >
        <ReactFlow
          nodes={nodes}
          edges={edges}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onlyRenderVisibleElements={culled}
          minZoom={0.1}
          maxZoom={2}
          defaultViewport={{ x: 224, y: 16, zoom: 0.75 }}
        />
      </div>
    </div>
  );
}
