import type { Dependency } from '../domain/dependency.js';
import type { EstateContent } from '../estate/estate.js';
import type { Workload } from '../domain/workload.js';
import type { Change } from './change-set.js';

/** A change that does not fit the estate it is applied to (unknown id, duplicate id, dangling dependency). */
export class ChangeConflictError extends Error {
  constructor(
    message: string,
    readonly changeIndex: number,
  ) {
    super(message);
    this.name = 'ChangeConflictError';
  }
}


/**
 * Applies a change set to an in-memory estate and returns the new one, sharing
 * untouched objects. All or nothing: it throws before returning anything if one
 * change does not fit. The service applies the same rules in SQL.
 */
export function applyChanges<T extends EstateContent>(estate: T, changes: readonly Change[]): T {
  if (changes.every((c) => c.op === 'updateWorkload' || c.op === 'updateDependency' || c.op === 'setNodePositions' || c.op === 'setSetting')) return applyUpdates(estate, changes);
  const workloads = new Map(estate.workloads.map((w) => [w.id, w]));
  const positions = { ...estate.positions };
  const dependencies = new Map(estate.dependencies.map((d) => [d.id, d]));
  let nodePositions = estate.nodePositions;
  let settings: Partial<EstateContent> = {};

  changes.forEach((change, index) => {
    const fail = (message: string): never => {
      throw new ChangeConflictError(message, index);
    };
    switch (change.op) {
      case 'addWorkload':
        if (workloads.has(change.workload.id)) fail(`A workload with id ${change.workload.id} already exists`);
        workloads.set(change.workload.id, change.workload);
        positions[change.workload.id] = change.position;
        break;
      case 'updateWorkload': {
        const current = workloads.get(change.id) ?? fail(`No workload with id ${change.id}`);
        workloads.set(change.id, { ...current, [change.field]: change.value } as Workload);
        break;
      }
      case 'removeWorkload': {
        if (!workloads.has(change.id)) fail(`No workload with id ${change.id}`);
        for (const d of dependencies.values()) {
          if (d.consumerId === change.id || d.providerId === change.id) {
            fail(`Workload ${change.id} still has dependency ${d.id}; remove it in the same change set first`);
          }
        }
        workloads.delete(change.id);
        delete positions[change.id];
        if (nodePositions[change.id]) nodePositions = withPositions(nodePositions, { [change.id]: null });
        break;
      }
      case 'addDependency': {
        const d = change.dependency;
        if (dependencies.has(d.id)) fail(`A dependency with id ${d.id} already exists`);
        if (!workloads.has(d.consumerId)) fail(`Dependency ${d.id}: no consumer workload ${d.consumerId}`);
        if (!workloads.has(d.providerId)) fail(`Dependency ${d.id}: no provider workload ${d.providerId}`);
        dependencies.set(d.id, d);
        break;
      }
      case 'updateDependency': {
        const current = dependencies.get(change.id) ?? fail(`No dependency with id ${change.id}`);
        dependencies.set(change.id, { ...current, [change.field]: change.value } as Dependency);
        break;
      }
      case 'removeDependency':
        if (!dependencies.delete(change.id)) fail(`No dependency with id ${change.id}`);
        break;
      case 'setNodePositions':
        for (const id of Object.keys(change.positions)) if (!workloads.has(id)) fail(`No workload with id ${id} to place on the graph`);
        nodePositions = withPositions(nodePositions, change.positions);
        break;
      case 'setSetting':
        settings = { ...settings, [change.name]: change.value };
        break;
    }
  });

  const ordered = [...workloads.values()].sort((a, b) => (positions[a.id] ?? 0) - (positions[b.id] ?? 0));
  return { ...estate, workloads: ordered, positions, dependencies: [...dependencies.values()], nodePositions, ...settings };
}

function withPositions(current: EstateContent['nodePositions'], changes: Record<string, { x: number; y: number } | null>): EstateContent['nodePositions'] {
  const next = { ...current };
  for (const [id, position] of Object.entries(changes)) {
    if (position) next[id] = position;
    else delete next[id];
  }
  return next;
}

/** Copy-on-write field updates to one list, found by id through an index built on first use. */
class ListPatch<T extends { id: string }> {
  private index: Map<string, number> | undefined;
  private copy: T[] | undefined;

  constructor(private readonly base: readonly T[]) {}

  has(id: string): boolean {
    return this.at(id) !== undefined;
  }

  /** False when there is no item with that id. */
  update(id: string, field: string, value: unknown): boolean {
    const at = this.at(id);
    if (at === undefined) return false;
    this.copy ??= this.base.slice();
    this.copy[at] = { ...(this.copy[at] as T), [field]: value };
    return true;
  }

  result(): T[] {
    return this.copy ?? (this.base as T[]);
  }

  private at(id: string): number | undefined {
    this.index ??= new Map(this.base.map((x, n) => [x.id, n]));
    return this.index.get(id);
  }
}

/**
 * The common case (cell edits, bulk edits, pastes onto existing rows, drags on the
 * graph): fields change, nothing is added or removed, so the list keeps its order and
 * only the touched arrays are copied. Keeps an edit cheap on a 10,000-workload estate.
 */
function applyUpdates<T extends EstateContent>(estate: T, changes: readonly Change[]): T {
  const workloads = new ListPatch(estate.workloads);
  const dependencies = new ListPatch(estate.dependencies);
  let nodePositions = estate.nodePositions;
  let settings: Partial<EstateContent> = {};
  changes.forEach((change, i) => {
    if (change.op === 'setSetting') settings = { ...settings, [change.name]: change.value };
    else if (change.op === 'updateWorkload') {
      if (!workloads.update(change.id, change.field, change.value)) throw new ChangeConflictError(`No workload with id ${change.id}`, i);
    } else if (change.op === 'updateDependency') {
      if (!dependencies.update(change.id, change.field, change.value)) throw new ChangeConflictError(`No dependency with id ${change.id}`, i);
    } else if (change.op === 'setNodePositions') {
      for (const id of Object.keys(change.positions)) if (!workloads.has(id)) throw new ChangeConflictError(`No workload with id ${id} to place on the graph`, i);
      nodePositions = withPositions(nodePositions, change.positions);
    }
  });
  return { ...estate, workloads: workloads.result(), dependencies: dependencies.result(), nodePositions, ...settings };
}
