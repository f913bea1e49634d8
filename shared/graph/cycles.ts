import type { Dependency } from '../domain/dependency.js';
import { indexEstate, type EstateIndex } from '../domain/estate-index.js';

export interface DependencyCycle {
  /** Every workload in the strongly connected component, in estate order. */
  readonly members: string[];
  /** Every dependency between members (the edges that make the cycle). */
  readonly dependencyIds: string[];
  /** One concrete loop through the component, as workload ids, first repeated at the end. */
  readonly loop: string[];
}

/**
 * Dependency cycles: the strongly connected components of more than one workload
 * (Tarjan's algorithm over the integer index, iterative so a 10,000-workload chain
 * cannot overflow the stack). Cycles are allowed in an estate; they force their
 * members to move together. Members come in estate order.
 */
export function findCycles(workloadIds: readonly string[], dependencies: readonly Dependency[], index: EstateIndex = indexEstate(workloadIds, dependencies)): DependencyCycle[] {
  const { provider, outStart, out } = index;
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

  // Components of more than one workload are the cycles. What each holds (members,
  // inner edges, one loop) is worked out for all of them together on first read: the
  // estate is analysed on every edit, and most edits read none of it.
  const cycleOf = new Int32Array(components).fill(-1);
  let count = 0;
  for (let c = 0; c < components; c++) if ((sizes[c] as number) > 1) cycleOf[c] = count++;
  if (count === 0) return [];
  const contents = new CycleContents(workloadIds, dependencies, index, component, cycleOf, count);
  return Array.from({ length: count }, (_, k) => new Cycle(k, contents));
}

/** Members and inner edges of every cycle, each list built once, in one pass, when first read. */
class CycleContents {
  private members: string[][] | undefined;
  private edges: string[][] | undefined;
  constructor(
    private readonly workloadIds: readonly string[],
    private readonly dependencies: readonly Dependency[],
    readonly index: EstateIndex,
    readonly component: Int32Array,
    private readonly cycleOf: Int32Array,
    private readonly count: number,
  ) {}

  membersOf(k: number): string[] {
    if (!this.members) {
      const members = Array.from({ length: this.count }, () => [] as string[]);
      for (let i = 0; i < this.workloadIds.length; i++) {
        const c = this.cycleOf[this.component[i] as number] as number;
        if (c >= 0) (members[c] as string[]).push(this.workloadIds[i] as string);
      }
      this.members = members;
    }
    return this.members[k] as string[];
  }

  dependencyIdsOf(k: number): string[] {
    if (!this.edges) {
      const edges = Array.from({ length: this.count }, () => [] as string[]);
      const { consumer, provider } = this.index;
      for (let j = 0; j < this.dependencies.length; j++) {
        const a = consumer[j] as number;
        const b = provider[j] as number;
        if (a < 0 || b < 0 || this.component[a] !== this.component[b]) continue;
        const c = this.cycleOf[this.component[a] as number] as number;
        if (c >= 0) (edges[c] as string[]).push((this.dependencies[j] as Dependency).id);
      }
      this.edges = edges;
    }
    return this.edges[k] as string[];
  }
}

class Cycle implements DependencyCycle {
  private path: string[] | undefined;
  constructor(
    private readonly k: number,
    private readonly contents: CycleContents,
  ) {}
  get members(): string[] {
    return this.contents.membersOf(this.k);
  }
  get dependencyIds(): string[] {
    return this.contents.dependencyIdsOf(this.k);
  }
  get loop(): string[] {
    return (this.path ??= loopThrough(this.contents.index.indexOf.get(this.members[0] as string) as number, this.contents.component, this.contents.index));
  }
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
