/// <reference lib="webworker" />
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { LayoutRequest } from './layout-protocol';
import { serveLayouts } from './worker-serve';

// Layered (Sugiyama) layout with ELK, for graphs small enough for it: consumers on the
// left, providers to their right (nodes are wide, so layers as columns read far better
// on a laptop than layers as rows), crossings minimised. Group boxes are ELK compound
// nodes, so edges between groups are laid out too. ELK is imported before the handler
// is installed: loaded in a worker, it claims self.onmessage for a worker mode of its own.

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

async function layout(request: LayoutRequest) {
  const children: ElkNode[] = request.groups.map((g) => ({ id: g.id, layoutOptions: { 'elk.padding': '[top=44,left=20,bottom=20,right=20]' }, children: [] }));
  const groupById = new Map(children.map((g) => [g.id, g]));
  for (const n of request.nodes) {
    const node: ElkNode = { id: n.id, width: n.width, height: n.height };
    const group = n.parent ? groupById.get(n.parent) : undefined;
    if (group) group.children?.push(node);
    else children.push(node);
  }
  const result = await elk.layout({ id: 'root', layoutOptions: LAYERED, children, edges: request.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })) });
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
  return { positions, sizes, engine: 'elk' as const };
}

serveLayouts(layout);
