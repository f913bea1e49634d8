import { Background, Controls, MiniMap, ReactFlow, applyNodeChanges, useReactFlow, type Connection, type Edge, type Node, type NodeChange, type OnBeforeDelete } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { addWorkloads, removeWorkloads } from '../../../shared/changes/builders';
import type { Change } from '../../../shared/changes/change-set';
import { blankWorkload } from '../../../shared/domain/blank-workload';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { ConfirmModal } from '../components/Modal';
import { useAppStore } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';
import { useGraphView } from './graph-view-state';
import { NODE_TYPES, type WorkloadNodeData } from './nodes';

type Props = {
  snapshot: EstateSnapshot;
  nodes: Node[];
  edges: Edge[];
  /** Positions are the user's to keep only in the plain view (not grouped, not collapsed). */
  positionsEditable: boolean;
  fitKey: string;
  /** A workload to centre on once it has its place (search); otherwise a new layout is fitted. */
  focus: { id: string; at: number } | null;
  onConnectRequest(connection: { consumerId: string; providerId: string }): void;
};

const MINIMAP_LIMIT = 1500;

/**
 * How much room a fitted graph leaves around it, as a share of the canvas. A fraction,
 * not per-side pixels: with pixel padding (to keep clear of the minimap) dragging the
 * canvas afterwards dropped to 170-200 ms frames in `npm run bench` (17 ms with this),
 * for a reason inside React Flow not found. The minimap is left out of graphs small
 * enough to fit the screen instead (MINIMAP_FROM), so it covers no node there.
 */
export const FIT_PADDING = 0.06;
/** Graphs with fewer nodes fit the screen readably and need no minimap. */
const MINIMAP_FROM = 80;

/**
 * The React Flow canvas. Every edit it makes (drag, connect, delete, add) becomes a
 * change set through the estate store, so undo and autosave work as in the inventory.
 */
export function GraphCanvas({ snapshot, nodes: built, edges, positionsEditable, fitKey, focus, onConnectRequest }: Props) {
  const flow = useReactFlow();
  // React Flow measures nodes into them; keep those measurements across rebuilds.
  const [nodes, setNodes] = useState(built);
  const [source, setSource] = useState(built);
  if (source !== built) {
    setSource(built);
    const measured = new Map(nodes.map((n) => [n.id, n.measured]));
    setNodes(built.map((n) => ({ ...n, measured: measured.get(n.id) ?? n.measured })));
  }

  // The minimap draws every node again: it joins once the graph itself is on screen.
  const [minimap, setMinimap] = useState(false);
  useEffect(() => {
    if (built.length === 0 || minimap) return;
    const timer = setTimeout(() => setMinimap(true), 300);
    return () => clearTimeout(timer);
  }, [built.length, minimap]);

  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)), []);

  // Once per layout: centre on the searched workload if there is one, else fit the graph.
  const fitted = useRef('');
  const centred = useRef(0);
  useEffect(() => {
    if (built.length === 0) return;
    const target = focus && centred.current !== focus.at ? built.find((n) => n.id === focus.id) : undefined;
    if (target && fitKey) {
      fitted.current = fitKey;
      centred.current = focus?.at ?? 0;
      const parent = target.parentId ? built.find((n) => n.id === target.parentId) : undefined;
      const x = target.position.x + (parent?.position.x ?? 0) + (target.width ?? 0) / 2;
      const y = target.position.y + (parent?.position.y ?? 0) + (target.height ?? 0) / 2;
      requestAnimationFrame(() => void flow.setCenter(x, y, { zoom: Math.max(flow.getZoom(), 1), duration: 250 }));
    } else if (fitKey && fitted.current !== fitKey) {
      fitted.current = fitKey;
      // Never below a zoom where names can be read: a large graph opens on its part that fits.
      requestAnimationFrame(() => void flow.fitView({ padding: FIT_PADDING, duration: 0, minZoom: 0.55 }));
    }
  }, [fitKey, built, focus, flow]);

  const commit = (changes: Change[], label: string) => useEstateStore.getState().commit(changes, label);

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: Node, dragged: Node[]) => {
      if (!positionsEditable) return;
      const positions = Object.fromEntries(dragged.filter((n) => n.type === 'workload').map((n) => [n.id, { x: Math.round(n.position.x), y: Math.round(n.position.y) }]));
      if (Object.keys(positions).length) commit([{ op: 'setNodePositions', positions }], 'Move on graph');
    },
    [positionsEditable],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (!c.source || !c.target || c.source === c.target) return;
      if (c.source.startsWith('system:') || c.target.startsWith('system:')) return;
      onConnectRequest({ consumerId: c.source, providerId: c.target });
    },
    [onConnectRequest],
  );

  // Deletion goes through change sets (and undo); React Flow itself deletes nothing. The
  // Delete key is easy to hit in a workshop, so it asks first, naming what goes.
  const [doomed, setDoomed] = useState<{ changes: Change[]; what: string; names: string[] } | null>(null);
  const onBeforeDelete: OnBeforeDelete = useCallback(async ({ nodes: doomedNodes, edges: doomedEdges }) => {
    const current = useEstateStore.getState().snapshot;
    if (!current) return false;
    const workloadIds = doomedNodes.filter((n) => n.type === 'workload').map((n) => n.id);
    const gone = new Set(workloadIds);
    const changes: Change[] = doomedEdges.filter((e) => e.data?.dependency && !gone.has(e.source) && !gone.has(e.target)).map((e) => ({ op: 'removeDependency', id: e.id }));
    changes.push(...removeWorkloads(current, workloadIds));
    if (changes.length === 0) return false;
    const dependencies = changes.length - changes.filter((c) => c.op === 'removeWorkload').length;
    const what = workloadIds.length ? `${workloadIds.length} workload${workloadIds.length > 1 ? 's' : ''}` : `${dependencies} dependenc${dependencies > 1 ? 'ies' : 'y'}`;
    const nameOf = new Map(current.workloads.map((w) => [w.id, w.name]));
    setDoomed({ changes, what, names: workloadIds.map((id) => nameOf.get(id) ?? id) });
    return false;
  }, []);
  const confirmDelete = () => {
    if (doomed && commit(doomed.changes, `Delete ${doomed.what}`)) {
      useGraphView.getState().select(null);
      useAppStore.getState().notify('info', `Deleted ${doomed.what}. Ctrl+Z brings ${doomed.what.startsWith('1 ') ? 'it' : 'them'} back.`);
    }
  };

  // Double-click on empty canvas adds a workload there.
  const onDoubleClick = (event: React.MouseEvent) => {
    if (!(event.target as HTMLElement).classList.contains('react-flow__pane')) return;
    const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const names = new Set(snapshot.workloads.map((w) => w.name));
    let name = 'New workload';
    for (let n = 2; names.has(name); n++) name = `New workload ${n}`;
    const workload = blankWorkload(crypto.randomUUID(), name);
    const changes = addWorkloads(snapshot, [workload]);
    if (positionsEditable) changes.push({ op: 'setNodePositions', positions: { [workload.id]: { x: Math.round(at.x - 115), y: Math.round(at.y - 32) } } });
    if (commit(changes, 'Add workload')) useGraphView.getState().select({ kind: 'workload', id: workload.id });
  };

  return (
    <div className="graph-canvas" onDoubleClick={onDoubleClick}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onBeforeDelete={onBeforeDelete}
        onNodeClick={(_e, node) => {
          if (node.type === 'workload') useGraphView.getState().select({ kind: 'workload', id: node.id });
          if (node.type === 'system') useGraphView.getState().select({ kind: 'system', system: (node.data as { system: string }).system });
        }}
        onEdgeClick={(_e, edge) => edge.data?.dependency && useGraphView.getState().select({ kind: 'dependency', id: edge.id })}
        onPaneClick={() => useGraphView.getState().select(null)}
        deleteKeyCode={['Delete', 'Backspace']}
        zoomOnDoubleClick={false}
        connectionRadius={28}
        minZoom={0.05}
        maxZoom={2.5}
        // Below this, panning is a pure transform; above it, drawing only what is on screen wins.
        onlyRenderVisibleElements={nodes.length > 1000 || edges.length > 2000}
        proOptions={{ hideAttribution: true }}
        nodesConnectable
        elevateEdgesOnSelect
      >
        <Background gap={24} color="#dfe4ea" />
        <Controls showInteractive={false} position="bottom-left" fitViewOptions={{ padding: FIT_PADDING }} />
        {minimap && nodes.length >= MINIMAP_FROM && nodes.length <= MINIMAP_LIMIT && (
          <MiniMap
            pannable
            zoomable
            position="bottom-right"
            nodeColor={(n) => (n.type === 'groupBox' ? 'transparent' : (SENS_FILL[(n.data as WorkloadNodeData).sensitivity] ?? '#c9d1dc'))}
            nodeStrokeWidth={0}
          />
        )}
      </ReactFlow>
      {doomed && (
        <ConfirmModal title={`Delete ${doomed.what}?`} confirm={`Delete ${doomed.what}`} danger onConfirm={confirmDelete} onClose={() => setDoomed(null)}>
          <p>
            {doomed.names.length
              ? `${doomed.names.slice(0, 5).join(', ')}${doomed.names.length > 5 ? ` and ${doomed.names.length - 5} more` : ''}, with every dependency that touches ${doomed.names.length === 1 ? 'it' : 'them'}, will be removed from the estate.`
              : 'The selected dependencies will be removed from the estate.'}{' '}
            Undo (Ctrl+Z) brings {doomed.what.startsWith('1 ') ? 'it' : 'them'} back.
          </p>
        </ConfirmModal>
      )}
    </div>
  );
}

const SENS_FILL: Record<string, string> = { restricted: '#e58a84', confidential: '#f0bd73', internal: '#8fb3ea', public: '#8fd0a6' };
