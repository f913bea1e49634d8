import type { Dependency } from '../domain/dependency.js';
import type { Workload } from '../domain/workload.js';
import type { DependencyCycle } from '../graph/cycles.js';

// Condition 1 and 2 of docs/domain-rules.md "Waves": workloads joined by a tight dependency, a
// shared move-group label or a dependency cycle move together, and so do the workloads
// of one system in one environment. A move unit is the union of all of these, with the
// reasons that joined it, so a wave card can say why its members travel together.

export type JoinReason = 'tight' | 'label' | 'cycle' | 'system-environment';

export interface MoveUnit {
  /** Position of the unit; its members are positions in the workload list given. */
  id: number;
  members: number[];
  reasons: ReadonlySet<JoinReason>;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    // Path halving keeps later finds short.
    while (this.parent[i] !== root) {
      const next = this.parent[i] as number;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }
}

/** Dependency ends as positions in the planned workloads (-1: not planned). */
export interface PlannedEnds {
  consumer: Int32Array;
  provider: Int32Array;
}

/**
 * The move units of the planned workloads. `positionOf` maps a workload id to its
 * position in `workloads` (undefined when it is not planned), for cycle members;
 * `ends` gives the dependencies' ends the same way. Cycles come from the analysis.
 * Near-linear: union-find over every join.
 */
export function moveUnits(workloads: readonly Workload[], dependencies: readonly Dependency[], cycles: readonly DependencyCycle[], positionOf: (id: string) => number | undefined, ends: PlannedEnds): MoveUnit[] {
  const n = workloads.length;
  const sets = new UnionFind(n);
  const joins: [number, number, JoinReason][] = [];
  const join = (a: number, b: number, why: JoinReason) => {
    if (sets.union(a, b)) joins.push([a, b, why]);
  };
  for (let j = 0; j < dependencies.length; j++) {
    if ((dependencies[j] as Dependency).coupling !== 'tight') continue;
    const a = ends.consumer[j] as number;
    const b = ends.provider[j] as number;
    if (a >= 0 && b >= 0) join(a, b, 'tight');
  }
  for (const c of cycles) {
    const first = c.members.map(positionOf).find((p) => p !== undefined);
    if (first === undefined) continue;
    for (const m of c.members) {
      const p = positionOf(m);
      if (p !== undefined) join(first, p, 'cycle');
    }
  }
  const firstWith = new Map<string, number>();
  const byKey = (key: string, i: number, why: JoinReason) => {
    const first = firstWith.get(key);
    if (first === undefined) firstWith.set(key, i);
    else join(first, i, why);
  };
  workloads.forEach((w, i) => {
    if (w.moveGroup.trim()) byKey(`label\u0000${w.moveGroup.trim().toLowerCase()}`, i, 'label');
    if (w.system) byKey(`system\u0000${w.system}\u0000${w.tenant}\u0000${w.environment}`, i, 'system-environment');
  });

  const unitOfRoot = new Map<number, MoveUnit>();
  const units: MoveUnit[] = [];
  for (let i = 0; i < n; i++) {
    const root = sets.find(i);
    let unit = unitOfRoot.get(root);
    if (!unit) {
      unit = { id: units.length, members: [], reasons: new Set() };
      unitOfRoot.set(root, unit);
      units.push(unit);
    }
    unit.members.push(i);
  }
  for (const [a, , why] of joins) (unitOfRoot.get(sets.find(a)) as MoveUnit & { reasons: Set<JoinReason> }).reasons.add(why);
  return units;
}
