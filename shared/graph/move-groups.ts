import type { Dependency } from '../domain/dependency.js';
import type { Workload } from '../domain/workload.js';
import type { DependencyCycle } from './cycles.js';
import { UnionFind } from './union-find.js';

// Workloads that must move together (docs/domain-rules.md, "Waves", condition 1): joined by a tight
// dependency, a shared move-group label or a dependency cycle. This is the one home of
// that rule: the graph's insights list these groups, and the planner's move units
// (planner/move-units.ts) start from the same joins and add its own on top, so a move
// group always lies inside one move unit.

/** A move-group label as compared: trimmed, and "Odoo" is "odoo". Empty: no label. */
export function moveGroupKey(w: Workload): string {
  return w.moveGroup.trim().toLowerCase();
}

export type MoveGroupJoin = 'tight' | 'cycle' | 'label';

/** Dependency ends as positions in the workloads given (-1: not among them). */
export interface DependencyEnds {
  consumer: Int32Array;
  provider: Int32Array;
}

/**
 * The move groups as disjoint sets over the positions of `workloads`. `positionOf`
 * maps a cycle member's id to its position (undefined: not among them); a cycle's
 * members that are there move together even when the ones that close it are not.
 * `onJoin` hears every join that merged two sets, in order (tight, then cycles, then
 * labels), so a caller can say which kinds of join made a group. Near-linear.
 */
export function joinMoveGroups(
  workloads: readonly Workload[],
  dependencies: readonly Dependency[],
  ends: DependencyEnds,
  cycles: readonly DependencyCycle[],
  positionOf: (id: string) => number | undefined,
  onJoin?: (a: number, b: number, why: MoveGroupJoin) => void,
): UnionFind {
  const sets = new UnionFind(workloads.length);
  const join = (a: number, b: number, why: MoveGroupJoin) => {
    if (sets.union(a, b)) onJoin?.(a, b, why);
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
  const firstWithLabel = new Map<string, number>();
  workloads.forEach((w, i) => {
    const key = moveGroupKey(w);
    if (!key) return;
    const first = firstWithLabel.get(key);
    if (first === undefined) firstWithLabel.set(key, i);
    else join(first, i, 'label');
  });
  return sets;
}

export type MoveGroupReason = { kind: 'tight'; dependencyIds: string[] } | { kind: 'label'; label: string } | { kind: 'cycle'; members: string[] };

export interface MoveGroup {
  id: string;
  members: string[];
  reasons: MoveGroupReason[];
}

/** The move groups of more than one workload, with what joins each one. Near-linear. */
export function findMoveGroups(workloads: readonly Workload[], dependencies: readonly Dependency[], cycles: readonly DependencyCycle[]): MoveGroup[] {
  const position = new Map(workloads.map((w, i) => [w.id, i]));
  const positionOf = (id: string) => position.get(id);
  const ends: DependencyEnds = { consumer: new Int32Array(dependencies.length), provider: new Int32Array(dependencies.length) };
  dependencies.forEach((d, j) => {
    ends.consumer[j] = position.get(d.consumerId) ?? -1;
    ends.provider[j] = position.get(d.providerId) ?? -1;
  });
  const sets = joinMoveGroups(workloads, dependencies, ends, cycles, positionOf);

  const groupAt: MoveGroup[] = [];
  const groupOfRoot = new Map<number, MoveGroup>();
  workloads.forEach((w, i) => {
    const root = sets.find(i);
    let group = groupOfRoot.get(root);
    if (!group) groupOfRoot.set(root, (group = { id: `group-${w.id}`, members: [], reasons: [] }));
    group.members.push(w.id);
    groupAt.push(group);
  });
  const tightByGroup = new Map<MoveGroup, string[]>();
  dependencies.forEach((d, j) => {
    const c = ends.consumer[j] as number;
    if (d.coupling !== 'tight' || c < 0 || (ends.provider[j] as number) < 0) return;
    const g = groupAt[c] as MoveGroup;
    const ids = tightByGroup.get(g);
    if (ids) ids.push(d.id);
    else tightByGroup.set(g, [d.id]);
  });
  for (const [g, dependencyIds] of tightByGroup) g.reasons.push({ kind: 'tight', dependencyIds });
  // One reason per label, in the spelling of its first workload.
  const byLabel = new Map<string, { label: string; first: number; count: number }>();
  workloads.forEach((w, i) => {
    const key = moveGroupKey(w);
    if (!key) return;
    const seen = byLabel.get(key);
    if (seen) seen.count++;
    else byLabel.set(key, { label: w.moveGroup.trim(), first: i, count: 1 });
  });
  for (const { label, first, count } of byLabel.values()) if (count > 1) (groupAt[first] as MoveGroup).reasons.push({ kind: 'label', label });
  for (const cycle of cycles) {
    const first = cycle.members.map(positionOf).find((p) => p !== undefined);
    if (first !== undefined) (groupAt[first] as MoveGroup).reasons.push({ kind: 'cycle', members: cycle.members });
  }
  return [...groupOfRoot.values()].filter((g) => g.members.length > 1);
}

/** Why a group moves together, in one sentence. */
export function explainMoveGroup(group: MoveGroup, nameOf: (id: string) => string, dependencyById: (id: string) => Dependency | undefined): string {
  const parts = group.reasons.map((r) => {
    if (r.kind === 'label') return `share the move-group label “${r.label}”`;
    if (r.kind === 'cycle') return `depend on each other in a cycle (${r.members.map(nameOf).join(', ')})`;
    const shown = r.dependencyIds.slice(0, 3).map((id) => {
      const d = dependencyById(id);
      return d ? `${nameOf(d.consumerId)} → ${nameOf(d.providerId)}` : id;
    });
    const more = r.dependencyIds.length > 3 ? ` and ${r.dependencyIds.length - 3} more` : '';
    return `are joined by tight dependencies (${shown.join('; ')}${more})`;
  });
  return `These ${group.members.length} workloads ${parts.join(', and ')}, so they move in one wave.`;
}
