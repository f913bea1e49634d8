import type { Dependency } from '../domain/dependency.js';
import type { EstateContent } from '../estate/estate.js';
import type { Workload } from '../domain/workload.js';
import type { Change } from './change-set.js';


/** The items as earlier changes in the set left them, without copying the estate. */
class Overlay<T extends { id: string }> {
  private readonly changed = new Map<string, T | undefined>();
  private index: Map<string, T> | undefined;

  constructor(private readonly base: readonly T[]) {}

  get(id: string, what: string): T {
    const item = this.changed.has(id) ? this.changed.get(id) : (this.index ??= new Map(this.base.map((x) => [x.id, x]))).get(id);
    if (!item) throw new Error(`Cannot invert a change to unknown ${what} ${id}`);
    return item;
  }

  set(id: string, item: T | undefined): void {
    this.changed.set(id, item);
  }

  /** Records a field update and returns the field's value before it. */
  update<K extends keyof T>(id: string, field: K, value: unknown, what: string): T[K] {
    const current = this.get(id, what);
    this.set(id, { ...current, [field]: value });
    return current[field];
  }
}

/**
 * The change set that undoes `changes` when applied after them, computed against the
 * estate as it was before. Reads of earlier changes in the same set are honoured, so
 * two updates of one field invert to the original value.
 */
export function invertChanges(before: EstateContent, changes: readonly Change[]): Change[] {
  const workloads = new Overlay<Workload>(before.workloads);
  const dependencies = new Overlay<Dependency>(before.dependencies);
  // Settings as the set has left them so far.
  let settingsNow: EstateContent = before;
  const positions = new Map<string, number>();
  // Graph positions as the set has left them so far (undefined: as before the set).
  const placed = new Map<string, { x: number; y: number } | null>();
  const placedNow = (id: string) => (placed.has(id) ? (placed.get(id) ?? null) : (before.nodePositions[id] ?? null));

  const inverse: Change[] = [];
  for (const change of changes) {
    switch (change.op) {
      case 'addWorkload':
        inverse.push({ op: 'removeWorkload', id: change.workload.id });
        workloads.set(change.workload.id, change.workload);
        positions.set(change.workload.id, change.position);
        break;
      case 'updateWorkload':
        inverse.push({ op: 'updateWorkload', id: change.id, field: change.field, value: workloads.update(change.id, change.field, change.value, 'workload') });
        break;
      case 'removeWorkload': {
        const position = positions.get(change.id) ?? before.positions[change.id] ?? 0;
        const place = placedNow(change.id);
        // Removal also forgets the graph position; undo puts it back after the workload.
        if (place) inverse.push({ op: 'setNodePositions', positions: { [change.id]: place } });
        inverse.push({ op: 'addWorkload', workload: workloads.get(change.id, 'workload'), position });
        workloads.set(change.id, undefined);
        placed.set(change.id, null);
        break;
      }
      case 'setNodePositions': {
        const previous: Record<string, { x: number; y: number } | null> = {};
        for (const [id, position] of Object.entries(change.positions)) {
          previous[id] = placedNow(id);
          placed.set(id, position);
        }
        inverse.push({ op: 'setNodePositions', positions: previous });
        break;
      }
      case 'setSetting':
        inverse.push({ op: 'setSetting', name: change.name, value: settingsNow[change.name] } as Change);
        settingsNow = { ...settingsNow, [change.name]: change.value };
        break;
      case 'addDependency':
        inverse.push({ op: 'removeDependency', id: change.dependency.id });
        dependencies.set(change.dependency.id, change.dependency);
        break;
      case 'updateDependency':
        inverse.push({ op: 'updateDependency', id: change.id, field: change.field, value: dependencies.update(change.id, change.field, change.value, 'dependency') });
        break;
      case 'removeDependency':
        inverse.push({ op: 'addDependency', dependency: dependencies.get(change.id, 'dependency') });
        dependencies.set(change.id, undefined);
        break;
    }
  }
  return inverse.reverse();
}
