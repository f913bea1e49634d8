import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendLayout, type LaidOut, type LayoutShape } from '../../../../shared/graph/incremental-layout.js';

const W = { width: 230, height: 64 };
const node = (id: string, parent?: string) => ({ id, ...W, ...(parent ? { parent } : {}) });

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every node's and box's rectangle on the canvas (a boxed node's made absolute). */
function rects(layout: LaidOut, shape: LayoutShape): Map<string, Rect> {
  const out = new Map<string, Rect>();
  for (const g of shape.groups) out.set(g.id, { ...layout.positions[g.id]!, ...layout.sizes[g.id]! });
  for (const n of shape.nodes) {
    const p = layout.positions[n.id]!;
    const box = n.parent ? layout.positions[n.parent]! : { x: 0, y: 0 };
    out.set(n.id, { x: p.x + box.x, y: p.y + box.y, width: n.width, height: n.height });
  }
  return out;
}

describe('extending a layout after an edit', () => {
  const before: LaidOut = {
    positions: { a: { x: 0, y: 0 }, b: { x: 320, y: 0 }, c: { x: 320, y: 86 } },
    sizes: {},
    parents: { a: undefined, b: undefined, c: undefined },
  };

  it('keeps every node that is still there where it was, and places a new consumer left of its provider', () => {
    const shape: LayoutShape = { nodes: [node('a'), node('b'), node('c'), node('d')], groups: [], edges: [{ source: 'd', target: 'a' }] };
    const next = extendLayout(before, shape)!;
    expect(next.positions.a).toEqual({ x: 0, y: 0 });
    expect(next.positions.b).toEqual({ x: 320, y: 0 });
    expect(next.positions.d).toEqual({ x: -320, y: 0 });
  });

  it('places a new provider right of its consumer, below whatever already sits there', () => {
    const shape: LayoutShape = { nodes: [node('a'), node('b'), node('c'), node('d')], groups: [], edges: [{ source: 'a', target: 'd' }] };
    const next = extendLayout(before, shape)!;
    // Right of a is b's column, taken by b and c: d goes below them.
    expect(next.positions.d).toEqual({ x: 320, y: 86 + 64 + 22 });
  });

  it('puts a node with no neighbours below everything, and forgets the nodes deleted', () => {
    const shape: LayoutShape = { nodes: [node('a'), node('b'), node('d')], groups: [], edges: [] };
    const next = extendLayout(before, shape)!;
    expect(next.positions.c).toBeUndefined();
    // c is gone, so everything ends with a and b (64 high), and d goes 22 below.
    expect(next.positions.d).toEqual({ x: 0, y: 64 + 22 });
  });

  it('asks for a fresh layout when a new box appears or too much is new', () => {
    expect(extendLayout(before, { nodes: [node('a', 'group:x')], groups: [{ id: 'group:x' }], edges: [] })).toBeNull();
    const many = ['d', 'e', 'f', 'g', 'h'].map((id) => node(id));
    expect(extendLayout(before, { nodes: [node('a'), node('b'), node('c'), ...many], groups: [], edges: [] })).toBeNull();
  });

  it('grows the box a node joins, and moves the boxes below it down by as much', () => {
    const grouped: LaidOut = {
      positions: { 'group:1': { x: 0, y: 0 }, 'group:2': { x: 0, y: 200 }, 'group:3': { x: 600, y: 0 }, a: { x: 20, y: 44 }, b: { x: 20, y: 44 }, c: { x: 20, y: 44 } },
      sizes: { 'group:1': { width: 270, height: 128 }, 'group:2': { width: 270, height: 128 }, 'group:3': { width: 270, height: 128 } },
      parents: { a: 'group:1', b: 'group:2', c: 'group:3' },
    };
    // c moves from box 3 to box 1 (its wave changed).
    const shape: LayoutShape = { nodes: [node('a', 'group:1'), node('b', 'group:2'), node('c', 'group:1')], groups: [{ id: 'group:1' }, { id: 'group:2' }, { id: 'group:3' }], edges: [] };
    const next = extendLayout(grouped, shape)!;
    expect(next.positions.c).toEqual({ x: 20, y: 44 + 64 + 22 });
    expect(next.sizes['group:1']).toEqual({ width: 270, height: 130 + 64 + 20 });
    expect(next.positions['group:2']).toEqual({ x: 0, y: 200 + 86 });
    expect(next.positions['group:3']).toEqual({ x: 600, y: 0 });
  });

  it('never puts a placed node on top of another, whatever was added or deleted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 6 }), y: fc.integer({ min: 0, max: 8 }) }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 30 }),
        fc.integer({ min: 1, max: 4 }),
        (cells, links, extra) => {
          // A previous layout on a grid (no overlaps), then a few new nodes linked at random.
          const seen = new Set<string>();
          const old = cells.filter((c) => !seen.has(`${c.x},${c.y}`) && seen.add(`${c.x},${c.y}`));
          const previous: LaidOut = { positions: {}, sizes: {}, parents: {} };
          old.forEach((c, i) => {
            previous.positions[`n${i}`] = { x: c.x * 320, y: c.y * 86 };
            previous.parents[`n${i}`] = undefined;
          });
          const ids = [...old.map((_, i) => `n${i}`), ...Array.from({ length: extra }, (_, i) => `new${i}`)];
          const shape: LayoutShape = {
            nodes: ids.map((id) => node(id)),
            groups: [],
            edges: links.map(([s, t]) => ({ source: ids[s % ids.length]!, target: ids[t % ids.length]! })).filter((e) => e.source !== e.target),
          };
          const next = extendLayout(previous, shape);
          if (!next) return extra > Math.max(4, ids.length * 0.25);
          const all = [...rects(next, shape).values()];
          for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (overlap(all[i]!, all[j]!)) return false;
          return true;
        },
      ),
    );
  });
});
