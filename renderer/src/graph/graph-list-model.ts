import type { Dependency } from '../../../shared/domain/dependency';
import type { Workload } from '../../../shared/domain/workload';

// The graph as a list: each workload with what it needs and what needs it, by name.

export interface ListedLink {
  dependency: Dependency;
  /** The workload at the other end. */
  other: Workload;
}

export interface ListedWorkload {
  workload: Workload;
  needs: ListedLink[];
  neededBy: ListedLink[];
}

const byName = (a: ListedLink, b: ListedLink) => a.other.name.localeCompare(b.other.name, 'en');

/** Workloads by name; a dependency is listed when both its ends are among the workloads given. */
export function listGraph(workloads: readonly Workload[], dependencies: readonly Dependency[]): ListedWorkload[] {
  const rows = new Map<string, ListedWorkload>();
  for (const w of workloads) rows.set(w.id, { workload: w, needs: [], neededBy: [] });
  for (const d of dependencies) {
    const consumer = rows.get(d.consumerId);
    const provider = rows.get(d.providerId);
    if (!consumer || !provider) continue;
    consumer.needs.push({ dependency: d, other: provider.workload });
    provider.neededBy.push({ dependency: d, other: consumer.workload });
  }
  const list = [...rows.values()].sort((a, b) => a.workload.name.localeCompare(b.workload.name, 'en'));
  for (const row of list) {
    row.needs.sort(byName);
    row.neededBy.sort(byName);
  }
  return list;
}
