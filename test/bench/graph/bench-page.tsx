import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import ELK from 'elkjs/lib/elk.bundled.js';
import { createRoot } from 'react-dom/client';
import { runLayout } from '../../../renderer/src/graph/layout-client';
import type { LayoutRequest } from '../../../renderer/src/graph/layout-protocol';

// The baseline page of the graph benchmark: a bare React Flow rendering the same
// nodes and edges with default node types, and the layout library called directly.

declare global {
  interface Window {
    __BENCH_DATA__?: { nodes: Node[]; edges: Edge[] };
    renderBare(data: { nodes: Node[]; edges: Edge[] }): void;
    benchLayout(request: Omit<LayoutRequest, 'id'>): Promise<{ direct: number; worker: number; cold: number; longestTask: number }>;
  }
}

window.renderBare = (data) => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow defaultNodes={data.nodes} defaultEdges={data.edges} fitView minZoom={0.05} onlyRenderVisibleElements={data.nodes.length > 1000 || data.edges.length > 2000} />
    </div>,
  );
};

window.benchLayout = async (request) => {
  const elk = new ELK();
  const graph = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '22',
      'elk.spacing.componentComponent': '60',
      'elk.separateConnectedComponents': 'true',
      'elk.aspectRatio': '1.6',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    },
    children: request.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: request.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  let start = performance.now();
  await elk.layout(graph);
  const direct = performance.now() - start;

  // The app's worker lives as long as the graph view: time it warm, and report its first (cold) call too.
  let start0 = performance.now();
  await runLayout(request, 'elk').result;
  const cold = performance.now() - start0;
  start0 = performance.now();
  await elk.layout(graph);
  const directAgain = performance.now() - start0;

  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  start = performance.now();
  await runLayout(request, 'elk').result;
  const worker = performance.now() - start;
  await new Promise((r) => setTimeout(r, 50)); // let the observer deliver
  observer.disconnect();
  return { direct: Math.min(direct, directAgain), worker, cold, longestTask };
};

// The harness injects the graph before the page loads, so both sides are timed from navigation start.
if (window.__BENCH_DATA__) window.renderBare(window.__BENCH_DATA__);
