import type { Dependency } from '../domain/dependency.js';
import type { Workload } from '../domain/workload.js';
import type { DependencyCycle } from './cycles.js';

// Workloads that must move together (docs/domain-rules.md, "Waves", condition 1): joined by a tight
// dependency, a shared move-group label or a dependency cycle.

export type MoveGroupReason =
  | { kind: 'tight'; dependencyIds: string[] }
  | { kind: 'label'; label: string }
  | { kind: 'cycle'; members: string[] };

export interface MoveGroup {
  id: string;
  members: string[];
  reasons: MoveGroupReason[];
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string;
    // Path compression keeps later finds near constant.
    for (let at = x; at !== root; ) {
      const next = this.parent.get(at) as string;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** The move groups of more than one workload, with what joins each one. Near-linear. */
export function findMoveGroups(workloads: readonly Workload[], dependencies: readonly Dependency[], cycles: readonly DependencyCycle[]): MoveGroup[] {
  const uf = new UnionFind();
  const ids = new Set(workloads.map((w) => w.id));
  const tight = dependencies.filter((d) => d.coupling === 'tight' && ids.has(d.consumerId) && ids.has(d.providerId));
  for (const d of tight) uf.union(d.consumerId, d.providerId);
  const byLabel = new Map<string, string[]>();
  for (const w of workloads) {
    const label = w.moveGroup.trim();
    if (label === '') continue;
    const members = byLabel.get(label) ?? [];
    members.push(w.id);
    byLabel.set(label, members);
  }
  for (const members of byLabel.values()) for (const m of members.slice(1)) uf.union(members[0] as string, m);
  for (const cycle of cycles) for (const m of cycle.members.slice(1)) uf.union(cycle.members[0] as string, m);

  const groups = new Map<string, MoveGroup>();
  for (const w of workloads) {
    const root = uf.find(w.id);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { id: `group-${w.id}`, members: [], reasons: [] }));
    group.members.push(w.id);
  }
  const groupOf = (id: string) => groups.get(uf.find(id)) as MoveGroup;
  const tightByGroup = new Map<MoveGroup, string[]>();
  for (const d of tight) {
    const g = groupOf(d.consumerId);
    tightByGroup.set(g, [...(tightByGroup.get(g) ?? []), d.id]);
  }
  for (const [g, dependencyIds] of tightByGroup) g.reasons.push({ kind: 'tight', dependencyIds });
  for (const [label, members] of byLabel) if (members.length > 1) groupOf(members[0] as string).reasons.push({ kind: 'label', label });
  for (const cycle of cycles) groupOf(cycle.members[0] as string).reasons.push({ kind: 'cycle', members: cycle.members });
  return [...groups.values()].filter((g) => g.members.length > 1);
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
