import type { Dependency } from '../domain/dependency.js';
import type { MoveUnit, PlannedEnds } from './move-units.js';
import type { PlanSettings } from './settings.js';

// The links between move units, in the direction the plan orders them. They are all
// loose (a tight one joins its ends into one unit), so where units still form a loop,
// the links that close it are dropped: providers-first gives way on them.

export interface UnitGraph {
  /** For each unit, the units that come no earlier than it (its consumers, providers first). */
  after: number[][];
  /** For each unit, the units that come no later than it. */
  before: number[][];
  /** The dependencies behind each link, by "from>to". */
  edgeDeps: Map<string, string[]>;
}

/** A link between two units that closed a loop, with its dependencies. */
export type DroppedLink = { from: number; to: number; dependencyIds: string[] };

export function unitGraph(units: readonly MoveUnit[], count: number, dependencies: readonly Dependency[], ends: PlannedEnds, order: PlanSettings['order']): UnitGraph {
  const unitOf = new Int32Array(count);
  for (const unit of units) for (const i of unit.members) unitOf[i] = unit.id;
  const edgeDeps = new Map<string, string[]>();
  const after: number[][] = units.map(() => []);
  const before: number[][] = units.map(() => []);
  dependencies.forEach((d, j) => {
    const c = ends.consumer[j] as number;
    const p = ends.provider[j] as number;
    if (c < 0 || p < 0) return;
    const [from, to] = order === 'providers-first' ? [unitOf[p] as number, unitOf[c] as number] : [unitOf[c] as number, unitOf[p] as number];
    if (from === to) return;
    const key = `${from}>${to}`;
    const known = edgeDeps.get(key);
    if (known) {
      known.push(d.id);
      return;
    }
    edgeDeps.set(key, [d.id]);
    (after[from] as number[]).push(to);
    (before[to] as number[]).push(from);
  });
  return { after, before, edgeDeps };
}

/**
 * Drops the links that close loops between units (the back edges of a depth-first
 * walk in unit order), leaving a DAG. Returns each dropped link with its dependencies.
 */
export function breakUnitLoops(count: number, graph: UnitGraph): DroppedLink[] {
  const state = new Uint8Array(count); // 0 new, 1 on the walk, 2 done
  const dropped: DroppedLink[] = [];
  const next = new Int32Array(count);
  for (let root = 0; root < count; root++) {
    if (state[root]) continue;
    const stack = [root];
    state[root] = 1;
    while (stack.length > 0) {
      const u = stack[stack.length - 1] as number;
      const out = graph.after[u] as number[];
      const k = next[u] as number;
      if (k < out.length) {
        const v = out[k] as number;
        next[u] = k + 1;
        if (state[v] === 1) dropped.push({ from: u, to: v, dependencyIds: graph.edgeDeps.get(`${u}>${v}`) ?? [] });
        else if (state[v] === 0) {
          state[v] = 1;
          stack.push(v);
        }
        continue;
      }
      state[u] = 2;
      stack.pop();
    }
  }
  for (const { from, to } of dropped) {
    graph.after[from] = (graph.after[from] as number[]).filter((x) => x !== to);
    graph.before[to] = (graph.before[to] as number[]).filter((x) => x !== from);
  }
  return dropped;
}
