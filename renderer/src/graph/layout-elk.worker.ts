/// <reference lib="webworker" />
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import { placeBoxesInRows } from '../../../shared/graph/box-rows';
import { ELK_OPTIONS } from './elk-options';
import type { LayoutRequest } from './layout-protocol';
import { serveLayouts } from './worker-serve';

// Layered (Sugiyama) layout with ELK, for graphs small enough for it. Group boxes are
// ELK compound nodes, so the boxes are placed where the links between them read best;
// boxes with an order of their own (waves, environments) are each laid out alone and
// then drawn left to right in that order. ELK is imported before the handler is
// installed: loaded in a worker, it claims self.onmessage for a worker mode of its own.

const elk = new ELK();
const BOX_PADDING = { 'elk.padding': '[top=44,left=20,bottom=20,right=20]' };
type Placed = { positions: Record<string, { x: number; y: number }>; sizes: Record<string, { width: number; height: number }> };

/** ELK gives children positions relative to their parent, as React Flow wants them. */
function collect(node: ElkNode, boxes: ReadonlySet<string>, into: Placed): void {
  for (const child of node.children ?? []) {
    into.positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
    if (boxes.has(child.id)) into.sizes[child.id] = { width: child.width ?? 0, height: child.height ?? 0 };
    collect(child, boxes, into);
  }
}

const edgesOf = (edges: LayoutRequest['edges']) => edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));

async function layeredWithBoxes(request: LayoutRequest): Promise<Placed> {
  const children: ElkNode[] = request.groups.map((g) => ({ id: g.id, layoutOptions: BOX_PADDING, children: [] }));
  const groupById = new Map(children.map((g) => [g.id, g]));
  for (const n of request.nodes) {
    const node: ElkNode = { id: n.id, width: n.width, height: n.height };
    const group = n.parent ? groupById.get(n.parent) : undefined;
    if (group) group.children?.push(node);
    else children.push(node);
  }
  const result = await elk.layout({ id: 'root', layoutOptions: ELK_OPTIONS, children, edges: edgesOf(request.edges) });
  const placed: Placed = { positions: {}, sizes: {} };
  collect(result, new Set(groupById.keys()), placed);
  return placed;
}

async function boxesInOrder(request: LayoutRequest): Promise<Placed> {
  const placed: Placed = { positions: {}, sizes: {} };
  for (const group of request.groups) {
    const members = request.nodes.filter((n) => n.parent === group.id);
    const inside = new Set(members.map((m) => m.id));
    const box: ElkNode = await elk.layout({
      id: group.id,
      layoutOptions: { ...ELK_OPTIONS, ...BOX_PADDING },
      children: members.map((n) => ({ id: n.id, width: n.width, height: n.height })),
      edges: edgesOf(request.edges.filter((e) => inside.has(e.source) && inside.has(e.target))),
    });
    collect(box, new Set(), placed);
    placed.sizes[group.id] = { width: box.width ?? 0, height: box.height ?? 0 };
  }
  Object.assign(
    placed.positions,
    placeBoxesInRows(
      request.groups.map((g) => ({ id: g.id, size: placed.sizes[g.id] as { width: number; height: number } })),
      4000,
    ),
  );
  return placed;
}

serveLayouts(async (request) => ({ ...(request.boxesInOrder && request.groups.length ? await boxesInOrder(request) : await layeredWithBoxes(request)), engine: 'elk' as const }));
