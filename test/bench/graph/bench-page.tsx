import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import ELK from 'elkjs/lib/elk.bundled.js';
import { createRoot } from 'react-dom/client';
import { ELK_OPTIONS } from '../../../renderer/src/graph/elk-options';
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
    layoutOptions: ELK_OPTIONS,
    children: request.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: request.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const time = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  // Both sides warmed by one call each (the worker's first, cold, call reported apart),
  // then timed alternately, the median of each: the app's worker lives as long as the
  // app, so it is warm after its first layout, as ELK on the main thread is.
  await time(() => elk.layout(graph));
  const cold = await time(() => runLayout(request, 'elk').result);
  const direct: number[] = [];
  const worker: number[] = [];
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  for (let round = 0; round < 5; round++) {
    direct.push(await time(() => elk.layout(graph)));
    observer.observe({ type: 'longtask', buffered: false });
    worker.push(await time(() => runLayout(request, 'elk').result));
    await new Promise((r) => setTimeout(r, 50)); // let the observer deliver
    observer.disconnect();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { direct: median(direct), worker: median(worker), cold, longestTask };
};

// The harness injects the graph before the page loads, so both sides are timed from navigation start.
if (window.__BENCH_DATA__) window.renderBare(window.__BENCH_DATA__);
