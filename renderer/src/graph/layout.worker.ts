/// <reference lib="webworker" />
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import { quickLayeredLayout } from '../../../shared/graph/quick-layout';
import { ELK_NODE_LIMIT, type LayoutRequest, type LayoutResponse } from './layout-protocol';

// Lays out the graph off the UI thread. Layered (Sugiyama) with ELK: consumers on
// the left, providers to their right (nodes are wide, so layers as columns read far
// better on a laptop than layers as rows), edges routed to cross as little as possible. Group boxes are
// ELK compound nodes, so edges between groups are laid out too.

const elk = new ELK();

const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.spacing.nodeNode': '22',
  'elk.spacing.componentComponent': '60',
  'elk.separateConnectedComponents': 'true',
  'elk.aspectRatio': '1.6',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
};

async function layout(request: LayoutRequest): Promise<LayoutResponse> {
  const started = performance.now();
  if (request.nodes.length > ELK_NODE_LIMIT && request.groups.length === 0) {
    const positions = Object.fromEntries(quickLayeredLayout({ nodes: request.nodes, edges: request.edges }));
    return { id: request.id, ok: true, positions, sizes: {}, engine: 'quick', ms: performance.now() - started };
  }
  const children: ElkNode[] = request.groups.map((g) => ({ id: g.id, layoutOptions: { 'elk.padding': '[top=44,left=20,bottom=20,right=20]' }, children: [] }));
  const groupById = new Map(children.map((g) => [g.id, g]));
  for (const n of request.nodes) {
    const node: ElkNode = { id: n.id, width: n.width, height: n.height };
    const group = n.parent ? groupById.get(n.parent) : undefined;
    if (group) group.children?.push(node);
    else children.push(node);
  }
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: LAYERED,
    children,
    edges: request.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const result = await elk.layout(graph);
  const positions: Record<string, { x: number; y: number }> = {};
  const sizes: Record<string, { width: number; height: number }> = {};
  // ELK gives children positions relative to their parent, as React Flow wants them.
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
      if (groupById.has(child.id)) sizes[child.id] = { width: child.width ?? 0, height: child.height ?? 0 };
      visit(child);
    }
  };
  visit(result);
  return { id: request.id, ok: true, positions, sizes, engine: 'elk', ms: performance.now() - started };
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  layout(event.data).then(
    (response) => self.postMessage(response),
    (error: unknown) => self.postMessage({ id: event.data.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies LayoutResponse),
  );
};
