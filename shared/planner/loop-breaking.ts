import { stronglyConnected } from '../graph/scc.js';
import { linkKey, type UnitGraph, type UnitLink } from './unit-graph.js';

// Where links between move units still form loops, the plan needs an order, so some
// links must run across the hybrid boundary for a while. Which ones: a minimum-weight
// feedback arc set is NP-hard, so each loop (strongly connected component) is solved
// greedily: its links are kept dearest first, and a link is dropped only when the ones
// kept already lead back from its end to its start, so every dropped link closes a real
// loop of dearer links (no link is dropped that need not be). Monitoring and logging
// links are cheapest (link-cost.ts), so they are the ones that give way.

/** A dropped link, with the loop it closed: the units from its `to` back to its `from`. */
export interface DroppedLink extends UnitLink {
  loop: number[];
}

/** Beyond this many links in one loop, the cheaper depth-first cut is used (stress estates only). */
const GREEDY_LIMIT = 4000;

/** `scc`: the graph's components when already worked out (unit forming does), else worked out here. */
export function breakLoops(graph: UnitGraph, scc = stronglyConnected(graph.after.length, graph.after)): DroppedLink[] {
  const count = graph.after.length;
  const { component, components } = scc;
  // Lists only for the loops: nearly every component of a large estate is a single unit.
  const size = new Int32Array(components);
  for (let u = 0; u < count; u++) size[component[u] as number] = (size[component[u] as number] as number) + 1;
  const membersOf: (number[] | undefined)[] = new Array<number[] | undefined>(components);
  for (let u = 0; u < count; u++) if ((size[component[u] as number] as number) > 1) (membersOf[component[u] as number] ??= []).push(u);
  const dropped: DroppedLink[] = [];
  for (let c = 0; c < components; c++) {
    const members = membersOf[c];
    if (!members) continue;
    const inside: UnitLink[] = [];
    for (const u of members) for (const v of graph.after[u] as number[]) if (component[v] === component[u]) inside.push(graph.links.get(linkKey(count, u, v)) as UnitLink);
    dropped.push(...(inside.length <= GREEDY_LIMIT ? keepDearest(inside) : depthFirstCut(members, inside)));
  }
  for (const { from, to } of dropped) {
    graph.after[from] = (graph.after[from] as number[]).filter((x) => x !== to);
    graph.before[to] = (graph.before[to] as number[]).filter((x) => x !== from);
  }
  return dropped;
}

/** Links dearest first (ties in a fixed order); one is dropped when the kept ones already lead from its end back to its start. */
function keepDearest(links: UnitLink[]): DroppedLink[] {
  const sorted = [...links].sort((a, b) => b.cost - a.cost || a.from - b.from || a.to - b.to);
  const kept = new Map<number, number[]>();
  const dropped: DroppedLink[] = [];
  for (const l of sorted) {
    const path = pathBetween(kept, l.to, l.from);
    if (path) {
      dropped.push({ ...l, loop: path });
      continue;
    }
    const out = kept.get(l.from);
    if (out) out.push(l.to);
    else kept.set(l.from, [l.to]);
  }
  return dropped;
}

/** The units on a path from `start` to `goal` over the kept links (breadth first, so the shortest), or null. */
function pathBetween(kept: Map<number, number[]>, start: number, goal: number): number[] | null {
  if (start === goal) return [start];
  const parent = new Map<number, number>([[start, -1]]);
  const queue = [start];
  for (let k = 0; k < queue.length; k++) {
    const u = queue[k] as number;
    for (const v of kept.get(u) ?? []) {
      if (parent.has(v)) continue;
      parent.set(v, u);
      if (v === goal) {
        const path = [v];
        for (let at = u; at !== -1; at = parent.get(at) as number) path.push(at);
        return path.reverse();
      }
      queue.push(v);
    }
  }
  return null;
}

/** The back edges of a depth-first walk in unit order: linear, for a loop too large to weigh. */
function depthFirstCut(members: readonly number[], inside: readonly UnitLink[]): DroppedLink[] {
  const out = new Map<number, UnitLink[]>();
  for (const l of inside) {
    const list = out.get(l.from);
    if (list) list.push(l);
    else out.set(l.from, [l]);
  }
  const state = new Map<number, number>(); // 1 on the walk, 2 done
  const dropped: DroppedLink[] = [];
  for (const root of members) {
    if (state.has(root)) continue;
    const stack: [number, number][] = [[root, 0]];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const links = out.get(top[0]) ?? [];
      if (top[1] < links.length) {
        const l = links[top[1]++] as UnitLink;
        const s = state.get(l.to);
        if (s === 1) dropped.push({ ...l, loop: [l.to, l.from] });
        else if (s === undefined) {
          state.set(l.to, 1);
          stack.push([l.to, 0]);
        }
        continue;
      }
      state.set(top[0], 2);
      stack.pop();
    }
  }
  return dropped;
}
