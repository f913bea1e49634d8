import type { Change } from '../changes/change-set.js';
import { DEPENDENCY_EDITABLE_FIELDS } from '../changes/change-set.js';
import type { EstateContent } from '../estate/estate.js';
import { SETTING_NAMES } from '../estate/estate-settings.js';
import { sameValue } from './same-value.js';
import { WORKLOAD_FIELD_ORDER } from './text-form.js';

// The one change set that turns an open estate into another version of it (a merge):
// applied through applyChanges like any edit, so it is one transaction and one undo.
// There is no op to move a workload in the list or to re-point a dependency, so those
// are removed and added again in the same set (undo puts them back as they were).

export function changesBetween(from: EstateContent, to: EstateContent): Change[] {
  const before = new Map(from.workloads.map((w) => [w.id, w]));
  const after = new Map(to.workloads.map((w) => [w.id, w]));
  const depsAfter = new Map(to.dependencies.map((d) => [d.id, d]));
  // Workloads that leave the list or take another place in it.
  const replaced = new Set<string>();
  for (const w of from.workloads) {
    if (after.has(w.id) && from.positions[w.id] !== to.positions[w.id]) replaced.add(w.id);
  }
  const removedWorkloads = from.workloads.filter((w) => !after.has(w.id)).map((w) => w.id);
  const touches = (d: { consumerId: string; providerId: string }, ids: ReadonlySet<string>) => ids.has(d.consumerId) || ids.has(d.providerId);
  const leaving = new Set([...removedWorkloads, ...replaced]);
  const changes: Change[] = [];
  // 1. Dependencies that go, change ends, or touch a workload that is removed or re-placed.
  const readded = new Set<string>();
  for (const d of from.dependencies) {
    const next = depsAfter.get(d.id);
    if (!next) changes.push({ op: 'removeDependency', id: d.id });
    else if (next.consumerId !== d.consumerId || next.providerId !== d.providerId || touches(d, leaving)) {
      changes.push({ op: 'removeDependency', id: d.id });
      readded.add(d.id);
    }
  }
  // 2. Workloads that go (their graph positions go with them), and those re-placed.
  for (const id of leaving) changes.push({ op: 'removeWorkload', id });
  // 3. Workloads that come (or come back at their new place), in list order.
  for (const w of to.workloads) {
    if (!before.has(w.id) || replaced.has(w.id)) changes.push({ op: 'addWorkload', workload: w, position: to.positions[w.id] ?? 0 });
  }
  // 4. Field edits of the workloads that stay where they were.
  for (const w of to.workloads) {
    const old = before.get(w.id);
    if (!old || replaced.has(w.id)) continue;
    for (const field of WORKLOAD_FIELD_ORDER) if (!sameValue(old[field], w[field])) changes.push({ op: 'updateWorkload', id: w.id, field, value: w[field] });
  }
  // 5. Dependencies that come, or come back, then field edits of the rest.
  const depsBefore = new Map(from.dependencies.map((d) => [d.id, d]));
  for (const d of to.dependencies) {
    const old = depsBefore.get(d.id);
    if (!old || readded.has(d.id)) {
      changes.push({ op: 'addDependency', dependency: d });
      continue;
    }
    for (const field of DEPENDENCY_EDITABLE_FIELDS) if (!sameValue(old[field], d[field])) changes.push({ op: 'updateDependency', id: d.id, field, value: d[field] });
  }
  // 6. Graph positions: set, moved or forgotten (a removed workload's went with it; a re-placed one's is set again).
  const positions: Record<string, { x: number; y: number } | null> = {};
  for (const [id, p] of Object.entries(to.nodePositions)) if (replaced.has(id) || !sameValue(from.nodePositions[id], p)) positions[id] = p;
  for (const id of Object.keys(from.nodePositions)) if (after.has(id) && !replaced.has(id) && !Object.hasOwn(to.nodePositions, id)) positions[id] = null;
  if (Object.keys(positions).length) changes.push({ op: 'setNodePositions', positions });
  // 7. Settings, each replaced whole.
  for (const name of SETTING_NAMES) if (!sameValue(from[name], to[name])) changes.push({ op: 'setSetting', name, value: to[name] } as Change);
  return changes;
}
