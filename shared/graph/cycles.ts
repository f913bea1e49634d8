import type { Dependency } from '../domain/dependency.js';
import { indexEstate, type EstateIndex } from '../domain/estate-index.js';

export interface DependencyCycle {
  /** Every workload in the strongly connected component, in a stable order. */
  members: string[];
  /** Every dependency between members (the edges that make the cycle). */
  dependencyIds: string[];
  /** One concrete loop through the component, as workload ids, first repeated at the end. */
  loop: string[];
}

/**
 * Dependency cycles: the strongly connected components of more than one workload
 * (Tarjan's algorithm over the integer index, iterative so a 10,000-workload chain
 * cannot overflow the stack). Cycles are allowed in an estate; they force their
 * members to move together. Members come in estate order.
 */
export function findCycles(workloadIds: readonly string[], dependencies: readonly Dependency[], index: EstateIndex = indexEstate(workloadIds, dependencies)): DependencyCycle[] {
  const { consumer, provider, outStart, out } = index;
  const n = workloadIds.length;
  const order = new Int32Array(n).fill(-1); // discovery order, -1 when unvisited
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const frames = new Int32Array(n); // the node of each frame
  const next = new Int32Array(n); // how far through its providers each node is
  let stackTop = 0;
  let counter = 0;
  let components = 0;
  const sizes: number[] = [];

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let depth = 0;
    frames[depth++] = root;
    order[root] = low[root] = counter++;
    next[root] = outStart[root] as number;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth > 0) {
      const v = frames[depth - 1] as number;
      if ((next[v] as number) < (outStart[v + 1] as number)) {
        const edge = next[v] as number;
        next[v] = edge + 1;
        const to = provider[out[edge] as number] as number;
        if (order[to] === -1) {
          order[to] = low[to] = counter++;
          next[to] = outStart[to] as number;
          stack[stackTop++] = to;
          onStack[to] = 1;
          frames[depth++] = to;
        } else if (onStack[to] && (order[to] as number) < (low[v] as number)) low[v] = order[to] as number;
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = frames[depth - 1] as number;
        if ((low[v] as number) < (low[parent] as number)) low[parent] = low[v] as number;
      }
      if (low[v] !== order[v]) continue;
      let size = 0;
      let member: number;
      do {
        member = stack[--stackTop] as number;
        onStack[member] = 0;
        component[member] = components;
        size++;
      } while (member !== v);
      sizes.push(size);
      components++;
    }
  }

  // Components of more than one workload, with their members and inner edges, in one pass each.
  const cycleOf = new Int32Array(components).fill(-1);
  const cycles: DependencyCycle[] = [];
  for (let c = 0; c < components; c++) if ((sizes[c] as number) > 1) cycleOf[c] = cycles.push({ members: new Array<string>(sizes[c] as number), dependencyIds: [], loop: [] }) - 1;
  if (cycles.length === 0) return cycles;
  // Members are filled in place (sized above); inner edges are counted, then filled.
  const filled = new Int32Array(cycles.length);
  for (let i = 0; i < n; i++) {
    const k = cycleOf[component[i] as number] as number;
    if (k < 0) continue;
    (cycles[k] as DependencyCycle).members[filled[k] as number] = workloadIds[i] as string;
    filled[k] = (filled[k] as number) + 1;
  }
  const inner = (j: number) => {
    const a = consumer[j] as number;
    const b = provider[j] as number;
    return a >= 0 && b >= 0 && component[a] === component[b] ? (cycleOf[component[a] as number] as number) : -1;
  };
  const edgeCount = new Int32Array(cycles.length);
  for (let j = 0; j < dependencies.length; j++) {
    const k = inner(j);
    if (k >= 0) edgeCount[k] = (edgeCount[k] as number) + 1;
  }
  cycles.forEach((cycle, k) => (cycle.dependencyIds = new Array<string>(edgeCount[k] as number)));
  filled.fill(0);
  for (let j = 0; j < dependencies.length; j++) {
    const k = inner(j);
    if (k < 0) continue;
    (cycles[k] as DependencyCycle).dependencyIds[filled[k] as number] = (dependencies[j] as Dependency).id;
    filled[k] = (filled[k] as number) + 1;
  }
  for (const cycle of cycles) cycle.loop = loopThrough(index.indexOf.get(cycle.members[0] as string) as number, component, index);
  return cycles;
}

/** A shortest loop from `start` back to itself inside its component (breadth-first). */
function loopThrough(start: number, component: Int32Array, index: EstateIndex): string[] {
  const { ids, provider, outStart, out } = index;
  const previous = new Int32Array(ids.length).fill(-1);
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q] as number;
    for (let e = outStart[v] as number; e < (outStart[v + 1] as number); e++) {
      const to = provider[out[e] as number] as number;
      if (component[to] !== component[start]) continue;
      if (to === start) {
        // Walk back from the last step to the start, then read it forwards and close the loop.
        const path: string[] = [];
        for (let at = v; at !== start; at = previous[at] as number) path.push(ids[at] as string);
        return [ids[start] as string, ...path.reverse(), ids[start] as string];
      }
      if (previous[to] === -1) {
        previous[to] = v;
        queue.push(to);
      }
    }
  }
  return [ids[start] as string, ids[start] as string];
}

/** "Pharmacy inventory → Procurement portal → Pharmacy inventory: each waits for the other, so they must move together." */
export function explainCycle(cycle: DependencyCycle, nameOf: (id: string) => string): string {
  // A long loop is named by its ends: the sentence must stay readable.
  const names = cycle.loop.map(nameOf);
  const path = names.length > 8 ? [...names.slice(0, 4), `… ${names.length - 7} more …`, ...names.slice(-3)].join(' → ') : names.join(' → ');
  const others = cycle.members.length - (cycle.loop.length - 1);
  const rest = others > 0 ? ` (with ${others} more workload${others === 1 ? '' : 's'} in the same loop)` : '';
  return `${path}${rest}: each depends on the next, so no member can move before the others. They must move together, in one wave.`;
}
