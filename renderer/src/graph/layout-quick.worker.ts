/// <reference lib="webworker" />
import { placeBoxesInRows } from '../../../shared/graph/box-rows';
import { quickLayeredLayout } from '../../../shared/graph/quick-layout';
import type { LayoutRequest } from './layout-protocol';
import { serveLayouts } from './worker-serve';

// The linear layered layout, for graphs too large for ELK. A worker of a few
// kilobytes, so a large estate's graph does not wait for ELK to load.

/** Each group laid out on its own, the groups placed in rows in the model's order. */
function groupedLayout(request: LayoutRequest) {
  const positions: Record<string, { x: number; y: number }> = {};
  const sizes: Record<string, { width: number; height: number }> = {};
  const PAD = { top: 44, side: 20 };
  for (const group of request.groups) {
    const members = request.nodes.filter((n) => n.parent === group.id);
    const inside = new Set(members.map((m) => m.id));
    const placed = quickLayeredLayout({ nodes: members, edges: request.edges.filter((e) => inside.has(e.source) && inside.has(e.target)) }, { gapX: 60, gapY: 18, maxColumnHeight: 1400 });
    let width = 0;
    let height = 0;
    for (const m of members) {
      const p = placed.get(m.id) ?? { x: 0, y: 0 };
      positions[m.id] = { x: p.x + PAD.side, y: p.y + PAD.top };
      width = Math.max(width, p.x + m.width);
      height = Math.max(height, p.y + m.height);
    }
    sizes[group.id] = { width: width + PAD.side * 2, height: height + PAD.top + PAD.side };
  }
  Object.assign(
    positions,
    placeBoxesInRows(
      request.groups.map((g) => ({ id: g.id, size: sizes[g.id] as { width: number; height: number } })),
      6000,
    ),
  );
  return { positions, sizes };
}

serveLayouts((request) => ({
  ...(request.groups.length ? groupedLayout(request) : { positions: Object.fromEntries(quickLayeredLayout(request)), sizes: {} }),
  engine: 'quick' as const,
}));
