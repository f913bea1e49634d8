import type { EstateContent } from '../estate/estate.js';
import type { Workload, WorkloadField } from '../domain/workload.js';
import type { Change } from './change-set.js';

// The change sets behind the inventory's commands. Kept pure so the same edit
// means the same thing from the grid, the detail panel, the menu or a test.

function lastPosition(estate: EstateContent): number {
  let max = 0;
  for (const w of estate.workloads) max = Math.max(max, estate.positions[w.id] ?? 0);
  return max;
}

/** Appends workloads at the end of the list, in the order given. */
export function addWorkloads(estate: EstateContent, workloads: readonly Workload[]): Change[] {
  const start = lastPosition(estate);
  return workloads.map((workload, i) => ({ op: 'addWorkload', workload, position: start + i + 1 }));
}

/** Removes workloads and every dependency that touches them (so undo brings both back). */
export function removeWorkloads(estate: EstateContent, ids: readonly string[]): Change[] {
  const doomed = new Set(ids);
  const changes: Change[] = [];
  for (const d of estate.dependencies) {
    if (doomed.has(d.consumerId) || doomed.has(d.providerId)) changes.push({ op: 'removeDependency', id: d.id });
  }
  for (const w of estate.workloads) if (doomed.has(w.id)) changes.push({ op: 'removeWorkload', id: w.id });
  return changes;
}

/** Copies workloads (fields only, not their dependencies), each placed just below its original. */
export function duplicateWorkloads(estate: EstateContent, ids: readonly string[], newId: () => string): Change[] {
  const wanted = new Set(ids);
  const names = new Set(estate.workloads.map((w) => w.name));
  const changes: Change[] = [];
  estate.workloads.forEach((w, i) => {
    if (!wanted.has(w.id)) return;
    const here = estate.positions[w.id] ?? i;
    const next = estate.workloads[i + 1];
    const after = next ? (estate.positions[next.id] ?? here + 1) : here + 1;
    let name = `${w.name} (copy)`;
    for (let n = 2; names.has(name); n++) name = `${w.name} (copy ${n})`;
    names.add(name);
    changes.push({ op: 'addWorkload', workload: { ...w, id: newId(), name, pinnedWave: null }, position: (here + after) / 2 });
  });
  return changes;
}

/** Sets one field on many workloads, leaving out those that already hold the value. */
export function setWorkloadField(estate: EstateContent, ids: readonly string[], field: WorkloadField, value: unknown): Change[] {
  const wanted = new Set(ids);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return estate.workloads.filter((w) => wanted.has(w.id) && !same(w[field], value)).map((w) => ({ op: 'updateWorkload', id: w.id, field, value }));
}
