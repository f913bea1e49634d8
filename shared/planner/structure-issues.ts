import type { Dependency } from '../domain/dependency.js';
import { labelOf } from '../domain/enums.js';
import type { DroppedLink } from './loop-breaking.js';
import { systemEnvironmentKey, type PlannedEnds } from './move-units.js';
import type { PlanIssue } from './plan-types.js';
import type { UnitTable } from './unit-table.js';
import { WAVE_CONDITION } from './wave-conditions.js';

// What the plan says about the shape it gave the estate before placing anything: the
// systems that move as more than one unit, and the links that run hybrid because they
// closed a loop of units. Each names the real links, with their kind and data.

const { providersFirst, oneSystemEnvironment } = WAVE_CONDITION;

/** "Odoo web (hospital) → Identity provider (api, carrying pii)" for a dependency, by index. */
export function describeLink(dependencies: readonly Dependency[], ends: PlannedEnds, units: UnitTable, j: number): string {
  const d = dependencies[j] as Dependency;
  const consumer = units.workload(ends.consumer[j] as number).name;
  const provider = units.workload(ends.provider[j] as number).name;
  const data = d.dataClasses.length ? `, carrying ${d.dataClasses.map((c) => labelOf(c)).join(' and ')}` : '';
  return `${consumer} → ${provider} (${labelOf(d.kind).toLowerCase()}, ${d.coupling}${data})`;
}

export function loopIssues(dropped: readonly DroppedLink[], dependencies: readonly Dependency[], ends: PlannedEnds, units: UnitTable): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (const link of dropped) {
    if (link.dependencies.length === 0) continue; // a rehearsal that gave way: lateNonProduction says so
    const first = describeLink(dependencies, ends, units, link.dependencies[0] as number);
    const more = link.dependencies.length - 1;
    const loop = [...link.loop, link.loop[0] as number].map((u) => units.firstName(u)).join(' → ');
    issues.push({
      kind: 'condition-gave-way',
      workloadIds: [],
      dependencyIds: link.dependencies.map((j) => (dependencies[j] as Dependency).id),
      sentence: providersFirst.sentences.loopBroken(more > 0 ? `${first} (and ${more} more link${more > 1 ? 's' : ''} between the same units)` : first, loop),
    });
  }
  return issues;
}

export function splitSystemIssues(units: UnitTable, apart: ReadonlySet<string>): PlanIssue[] {
  if (apart.size === 0) return [];
  const byKey = new Map<string, number[]>();
  for (let u = 0; u < units.count; u++) {
    for (const i of units.members(u)) {
      const w = units.workload(i);
      const key = systemEnvironmentKey(w);
      if (!apart.has(key)) continue;
      const list = byKey.get(key) ?? [];
      if (!list.includes(i)) list.push(i);
      byKey.set(key, list);
    }
  }
  return [...byKey.values()].map((members) => {
    const w = units.workload(members[0] as number);
    const names =
      members
        .slice(0, 4)
        .map((i) => units.workload(i).name)
        .join(', ') + (members.length > 4 ? ` and ${members.length - 4} more` : '');
    return {
      kind: 'condition-gave-way' as const,
      workloadIds: members.map((i) => units.workload(i).id),
      dependencyIds: [],
      sentence: oneSystemEnvironment.sentences.apart(w.system, labelOf(w.environment).toLowerCase(), names),
    };
  });
}
