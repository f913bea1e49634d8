import type { Dependency } from '../domain/dependency.js';
import { buildAdjacency, type Adjacency } from './adjacency.js';

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
 * (Tarjan's algorithm, iterative so a 10,000-workload chain cannot overflow the stack).
 * Cycles are allowed in an estate; they force their members to move together.
 */
export function findCycles(workloadIds: readonly string[], dependencies: readonly Dependency[], adjacency: Adjacency = buildAdjacency(dependencies)): DependencyCycle[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of workloadIds) {
    if (index.has(root)) continue;
    // Each frame: a node and how far through its providers we are.
    const frames: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { id: string; next: number };
      const out = adjacency.providersOf.get(frame.id) ?? [];
      if (frame.next < out.length) {
        const to = (out[frame.next++] as Dependency).providerId;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          frames.push({ id: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(to) as number));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        if (component.length > 1) components.push(component);
      }
    }
  }

  const order = new Map(workloadIds.map((id, i) => [id, i]));
  return components.map((component) => {
    const members = [...component].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const inside = new Set(members);
    const dependencyIds = dependencies.filter((d) => inside.has(d.consumerId) && inside.has(d.providerId)).map((d) => d.id);
    return { members, dependencyIds, loop: loopThrough(members[0] as string, inside, adjacency) };
  });
}

/** A shortest loop from `start` back to itself inside the component (breadth-first). */
function loopThrough(start: string, inside: Set<string>, adjacency: Adjacency): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    for (const d of adjacency.providersOf.get(id) ?? []) {
      const to = d.providerId;
      if (!inside.has(to)) continue;
      if (to === start) {
        // Walk back from the last step to the start, then read it forwards and close the loop.
        const path: string[] = [];
        for (let at = id; at !== start; at = previous.get(at) as string) path.push(at);
        return [start, ...path.reverse(), start];
      }
      if (!previous.has(to)) {
        previous.set(to, id);
        queue.push(to);
      }
    }
  }
  return [start, start];
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
