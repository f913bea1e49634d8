// Keeping the room's mental map: after an edit, nodes that are still there keep their
// place and only the new ones (or those that changed group box) are placed, beside a
// neighbour that is already on the canvas, in free space. A fresh layout from scratch is
// asked for only when too much changed for that to read well (or by "Re-layout").

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}

/** A finished layout: node and group positions (a grouped node's relative to its box) and box sizes. */
export interface LaidOut {
  positions: Record<string, Point>;
  sizes: Record<string, Size>;
  /** The box each node sat in when laid out (absent: none). */
  parents: Record<string, string | undefined>;
}

export interface LayoutShape {
  nodes: readonly { id: string; width: number; height: number; parent?: string }[];
  groups: readonly { id: string }[];
  /** Source consumes target: consumers sit left of their providers. */
  edges: readonly { source: string; target: string }[];
}

// The spacing of the full layout (layout-elk.worker.ts), so placed nodes look laid out.
const BETWEEN_LAYERS = 90;
const BETWEEN_NODES = 22;
const BOX_PADDING = { top: 44, side: 20, bottom: 20 };
const BETWEEN_BOXES = 60;

/** More new nodes than this share of the graph (and at least a handful) and the graph is laid out afresh. */
export const EXTEND_LIMIT = 0.25;
const EXTEND_MINIMUM = 4;

/**
 * The previous layout with the new shape's changes placed into it, or null when a
 * fresh layout reads better: a new group box, or too many new nodes.
 */
export function extendLayout(previous: LaidOut, next: LayoutShape): LaidOut | null {
  if (next.groups.some((g) => !previous.sizes[g.id] || !previous.positions[g.id])) return null;
  const kept = (n: LayoutShape['nodes'][number]) => previous.positions[n.id] !== undefined && previous.parents[n.id] === n.parent;
  const added = next.nodes.filter((n) => !kept(n));
  if (added.length > Math.max(EXTEND_MINIMUM, next.nodes.length * EXTEND_LIMIT)) return null;

  const positions: Record<string, Point> = {};
  const sizes: Record<string, Size> = {};
  const parents: Record<string, string | undefined> = {};
  for (const g of next.groups) {
    positions[g.id] = { ...(previous.positions[g.id] as Point) };
    sizes[g.id] = { ...(previous.sizes[g.id] as Size) };
  }
  const sizeOf = new Map(next.nodes.map((n) => [n.id, n]));
  for (const n of next.nodes) {
    parents[n.id] = n.parent;
    if (kept(n)) positions[n.id] = { ...(previous.positions[n.id] as Point) };
  }
  for (const n of added) {
    if (n.parent) placeInBox(n, next, positions, sizes);
    else positions[n.id] = freeSpotNear(n, next, positions, sizes, sizeOf);
  }
  return { positions, sizes, parents };
}

type Sized = { id: string; width: number; height: number; parent?: string };
type Rect = Point & Size;

const overlapping = (a: Rect, b: Rect, gap: number) => a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** Beside a neighbour already placed (left of its provider, right of its consumer), else below everything; moved down until it overlaps nothing. */
function freeSpotNear(n: Sized, shape: LayoutShape, positions: Record<string, Point>, sizes: Record<string, Size>, sizeOf: ReadonlyMap<string, Sized>): Point {
  const taken: Rect[] = [];
  for (const m of shape.nodes) if (!m.parent && m.id !== n.id && positions[m.id]) taken.push({ ...(positions[m.id] as Point), width: m.width, height: m.height });
  for (const g of shape.groups) taken.push({ ...(positions[g.id] as Point), ...(sizes[g.id] as Size) });
  let spot: Point | undefined;
  for (const e of shape.edges) {
    const other = e.source === n.id ? e.target : e.target === n.id ? e.source : undefined;
    const placed = other !== undefined && !sizeOf.get(other)?.parent ? positions[other] : undefined;
    if (!placed) continue;
    spot = e.source === n.id ? { x: placed.x - n.width - BETWEEN_LAYERS, y: placed.y } : { x: placed.x + (sizeOf.get(other as string)?.width ?? n.width) + BETWEEN_LAYERS, y: placed.y };
    break;
  }
  if (!spot) {
    const left = taken.length ? Math.min(...taken.map((r) => r.x)) : 0;
    const bottom = taken.length ? Math.max(...taken.map((r) => r.y + r.height)) + BETWEEN_NODES : 0;
    spot = { x: left, y: bottom };
  }
  const at: Rect = { ...spot, width: n.width, height: n.height };
  // Each step moves below the lowest rectangle it overlaps; there are finitely many, so this ends.
  for (let hit = taken.find((r) => overlapping(at, r, BETWEEN_NODES)); hit; hit = taken.find((r) => overlapping(at, r, BETWEEN_NODES))) at.y = hit.y + hit.height + BETWEEN_NODES;
  return { x: at.x, y: at.y };
}

/**
 * At the bottom of its box, which grows to hold it; boxes below the grown one (sharing
 * some of its width) move down by as much, so no box covers another.
 */
function placeInBox(n: Sized, shape: LayoutShape, positions: Record<string, Point>, sizes: Record<string, Size>): void {
  const box = n.parent as string;
  let bottom = BOX_PADDING.top - BETWEEN_NODES;
  for (const m of shape.nodes) if (m.parent === box && m.id !== n.id && positions[m.id]) bottom = Math.max(bottom, (positions[m.id] as Point).y + m.height);
  const y = bottom + BETWEEN_NODES;
  positions[n.id] = { x: BOX_PADDING.side, y };
  const size = sizes[box] as Size;
  const origin = positions[box] as Point;
  const grownHeight = Math.max(size.height, y + n.height + BOX_PADDING.bottom);
  const grownWidth = Math.max(size.width, BOX_PADDING.side * 2 + n.width);
  const growth = grownHeight - size.height;
  if (growth > 0) {
    for (const g of shape.groups) {
      if (g.id === box) continue;
      const p = positions[g.id] as Point;
      const s = sizes[g.id] as Size;
      const sharesWidth = p.x < origin.x + grownWidth + BETWEEN_BOXES && origin.x < p.x + s.width + BETWEEN_BOXES;
      if (sharesWidth && p.y >= origin.y + size.height) p.y += growth;
    }
  }
  sizes[box] = { width: grownWidth, height: grownHeight };
}
