import type { Dependency } from '../domain/dependency.js';
import type { EstateSnapshot } from '../domain/estate.js';
import type { Workload } from '../domain/workload.js';
import type { Change } from './change-set.js';

type EstateContent = Pick<EstateSnapshot, 'workloads' | 'positions' | 'dependencies'>;

/**
 * The change set that undoes `changes` when applied after them, computed against the
 * estate as it was before. Reads of earlier changes in the same set are honoured, so
 * two updates of one field invert to the original value.
 */
export function invertChanges(before: EstateContent, changes: readonly Change[]): Change[] {
  // A working view of the state as each change sees it, without copying the estate.
  const workloads = new Map<string, Workload | undefined>();
  const dependencies = new Map<string, Dependency | undefined>();
  const positions = new Map<string, number>();
  let workloadIndex: Map<string, Workload> | undefined;
  let dependencyIndex: Map<string, Dependency> | undefined;

  const workload = (id: string): Workload | undefined => {
    if (workloads.has(id)) return workloads.get(id);
    workloadIndex ??= new Map(before.workloads.map((w) => [w.id, w]));
    return workloadIndex.get(id);
  };
  const dependency = (id: string): Dependency | undefined => {
    if (dependencies.has(id)) return dependencies.get(id);
    dependencyIndex ??= new Map(before.dependencies.map((d) => [d.id, d]));
    return dependencyIndex.get(id);
  };

  const inverse: Change[] = [];
  for (const change of changes) {
    switch (change.op) {
      case 'addWorkload':
        inverse.push({ op: 'removeWorkload', id: change.workload.id });
        workloads.set(change.workload.id, change.workload);
        positions.set(change.workload.id, change.position);
        break;
      case 'updateWorkload': {
        const current = workload(change.id);
        if (!current) throw new Error(`Cannot invert an update of unknown workload ${change.id}`);
        inverse.push({ op: 'updateWorkload', id: change.id, field: change.field, value: current[change.field] });
        workloads.set(change.id, { ...current, [change.field]: change.value } as Workload);
        break;
      }
      case 'removeWorkload': {
        const current = workload(change.id);
        if (!current) throw new Error(`Cannot invert the removal of unknown workload ${change.id}`);
        const position = positions.get(change.id) ?? before.positions[change.id] ?? 0;
        inverse.push({ op: 'addWorkload', workload: current, position });
        workloads.set(change.id, undefined);
        break;
      }
      case 'addDependency':
        inverse.push({ op: 'removeDependency', id: change.dependency.id });
        dependencies.set(change.dependency.id, change.dependency);
        break;
      case 'updateDependency': {
        const current = dependency(change.id);
        if (!current) throw new Error(`Cannot invert an update of unknown dependency ${change.id}`);
        inverse.push({ op: 'updateDependency', id: change.id, field: change.field, value: current[change.field] });
        dependencies.set(change.id, { ...current, [change.field]: change.value } as Dependency);
        break;
      }
      case 'removeDependency': {
        const current = dependency(change.id);
        if (!current) throw new Error(`Cannot invert the removal of unknown dependency ${change.id}`);
        inverse.push({ op: 'addDependency', dependency: current });
        dependencies.set(change.id, undefined);
        break;
      }
    }
  }
  return inverse.reverse();
}
