import type { Dependency } from '../domain/dependency.js';
import type { EstateContent, EstateSnapshot } from '../estate/estate.js';
import type { Workload } from '../domain/workload.js';
import type { Change } from './change-set.js';
import { byOp, type OpTable } from './ops.js';
import { BASELINE_SCENARIO_ID, SCENARIO_DECISION_FIELDS, SCENARIO_SETTING_NAMES } from '../estate/scenarios.js';
import type { ScenarioState } from './scenario-state.js';

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
 * One list of the estate being edited. Field updates copy the array once and keep its
 * order, found by id through an index built on first use: the common case (cell, bulk
 * and graph edits, pastes onto existing rows) stays cheap on a 10,000-workload estate.
 * The first add or remove turns the list into a map, which keeps insertion order.
 */
class ListEdit<T extends { id: string }> {
  private index: Map<string, number> | undefined;
  private copy: T[] | undefined;
  private byId: Map<string, T> | undefined;

  constructor(private readonly base: readonly T[]) {}

  get(id: string): T | undefined {
    if (this.byId) return this.byId.get(id);
    const at = this.at(id);
    return at === undefined ? undefined : (this.copy ?? this.base)[at];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** False when there is no item with that id. */
  update(id: string, field: string, value: unknown): boolean {
    if (this.byId) {
      const current = this.byId.get(id);
      if (!current) return false;
      this.byId.set(id, { ...current, [field]: value });
      return true;
    }
    const at = this.at(id);
    if (at === undefined) return false;
    this.copy ??= this.base.slice();
    this.copy[at] = { ...(this.copy[at] as T), [field]: value };
    return true;
  }

  add(item: T): void {
    this.map().set(item.id, item);
  }

  /** False when there is no item with that id. */
  remove(id: string): boolean {
    return this.map().delete(id);
  }

  values(): Iterable<T> {
    return this.byId?.values() ?? this.copy ?? this.base;
  }

  result(): T[] {
    return this.byId ? [...this.byId.values()] : (this.copy ?? (this.base as T[]));
  }

  private map(): Map<string, T> {
    return (this.byId ??= new Map((this.copy ?? this.base).map((x) => [x.id, x])));
  }

  private at(id: string): number | undefined {
    this.index ??= new Map(this.base.map((x, n) => [x.id, n]));
    return this.index.get(id);
  }
}

/** The estate as the changes applied so far have left it; untouched parts are shared with the original. */
class EstateEdit {
  readonly workloads: ListEdit<Workload>;
  readonly dependencies: ListEdit<Dependency>;
  /** Set once anything is added or removed: the list is then put back in position order. */
  reshaped = false;
  private listPositions: Record<string, number> | undefined;
  nodePositions: EstateContent['nodePositions'];
  settings: Partial<EstateContent> = {};
  /** The snapshot's list of scenarios and the one it shows, when it has them (a bare content has neither, and shows the baseline). */
  scenarios: ScenarioList['scenarios'] | undefined;
  active: string;

  constructor(private readonly estate: EstateContent & Partial<ScenarioList>) {
    this.workloads = new ListEdit(estate.workloads);
    this.dependencies = new ListEdit(estate.dependencies);
    this.nodePositions = estate.nodePositions;
    // Only a snapshot names the scenario it shows (an estate's text holds scenarios of another shape).
    this.scenarios = estate.activeScenarioId === undefined ? undefined : estate.scenarios;
    this.active = estate.activeScenarioId ?? BASELINE_SCENARIO_ID;
  }

  /**
   * A scenario set as `after` says: the list of scenarios and the one shown follow, and
   * the view changes only when the scenario is the one shown (the view is that scenario's).
   */
  setScenario(id: string, before: ScenarioState | null, after: ScenarioState | null, fail: Fail): void {
    if (this.scenarios) {
      const list = [...this.scenarios];
      const at = list.findIndex((s) => s.id === id);
      if (!before) {
        if (at >= 0) fail(`A scenario with id ${id} already exists`);
        list.splice(Math.min(after!.index, list.length), 0, { id, name: after!.name });
      } else if (at < 0) fail(`No scenario with id ${id}`);
      else if (!after) list.splice(at, 1);
      else list[at] = { id, name: after.name };
      this.scenarios = list;
    }
    if (!after && this.active === id) this.active = BASELINE_SCENARIO_ID;
    if (after?.active) this.active = id;
    if (!after || this.active !== id) return;
    for (const [workloadId, decisions] of Object.entries(after.decisions)) {
      if (!this.workloads.has(workloadId)) continue;
      for (const field of SCENARIO_DECISION_FIELDS) this.workloads.update(workloadId, field, decisions[field]);
    }
    for (const name of SCENARIO_SETTING_NAMES) if (after.settings[name] !== undefined) this.settings = { ...this.settings, [name]: after.settings[name] };
  }

  /** The list positions, copied on first write. */
  get positions(): Record<string, number> {
    return this.listPositions ?? this.estate.positions;
  }

  writablePositions(): Record<string, number> {
    return (this.listPositions ??= { ...this.estate.positions });
  }

  place(changes: Record<string, { x: number; y: number } | null>): void {
    const next = { ...this.nodePositions };
    for (const [id, position] of Object.entries(changes)) {
      if (position) next[id] = position;
      else delete next[id];
    }
    this.nodePositions = next;
  }
}

type Fail = (message: string) => never;
type ScenarioList = Pick<EstateSnapshot, 'scenarios' | 'activeScenarioId'>;

/** What each op does to the estate, with the rules the service applies in SQL. */
export const APPLY_CHANGE: OpTable<[edit: EstateEdit, fail: Fail], void> = {
  addWorkload(change, edit, fail) {
    if (edit.workloads.has(change.workload.id)) fail(`A workload with id ${change.workload.id} already exists`);
    edit.workloads.add(change.workload);
    edit.writablePositions()[change.workload.id] = change.position;
    edit.reshaped = true;
  },
  updateWorkload(change, edit, fail) {
    if (!edit.workloads.update(change.id, change.field, change.value)) fail(`No workload with id ${change.id}`);
  },
  removeWorkload(change, edit, fail) {
    if (!edit.workloads.has(change.id)) fail(`No workload with id ${change.id}`);
    for (const d of edit.dependencies.values()) {
      if (d.consumerId === change.id || d.providerId === change.id) {
        fail(`Workload ${change.id} still has dependency ${d.id}; remove it in the same change set first`);
      }
    }
    edit.workloads.remove(change.id);
    delete edit.writablePositions()[change.id];
    if (edit.nodePositions[change.id]) edit.place({ [change.id]: null });
    edit.reshaped = true;
  },
  addDependency(change, edit, fail) {
    const d = change.dependency;
    if (edit.dependencies.has(d.id)) fail(`A dependency with id ${d.id} already exists`);
    if (!edit.workloads.has(d.consumerId)) fail(`Dependency ${d.id}: no consumer workload ${d.consumerId}`);
    if (!edit.workloads.has(d.providerId)) fail(`Dependency ${d.id}: no provider workload ${d.providerId}`);
    edit.dependencies.add(d);
    edit.reshaped = true;
  },
  updateDependency(change, edit, fail) {
    if (!edit.dependencies.update(change.id, change.field, change.value)) fail(`No dependency with id ${change.id}`);
  },
  removeDependency(change, edit, fail) {
    if (!edit.dependencies.remove(change.id)) fail(`No dependency with id ${change.id}`);
    edit.reshaped = true;
  },
  setNodePositions(change, edit, fail) {
    for (const id of Object.keys(change.positions)) if (!edit.workloads.has(id)) fail(`No workload with id ${id} to place on the graph`);
    edit.place(change.positions);
  },
  setSetting(change, edit) {
    edit.settings = { ...edit.settings, [change.name]: change.value };
  },
  setScenario(change, edit, fail) {
    edit.setScenario(change.id, change.before, change.after, fail);
  },
};

/**
 * Applies a change set to an in-memory estate and returns the new one, sharing
 * untouched objects. All or nothing: it throws before returning anything if one
 * change does not fit. The service applies the same rules in SQL.
 */
export function applyChanges<T extends EstateContent>(estate: T, changes: readonly Change[]): T {
  const edit = new EstateEdit(estate);
  changes.forEach((change, index) => {
    const fail: Fail = (message) => {
      throw new ChangeConflictError(message, index);
    };
    byOp(APPLY_CHANGE, change, edit, fail);
  });
  const { positions } = edit;
  let workloads = edit.workloads.result();
  // Field updates keep the list as it was; an addition or removal puts it in position order.
  if (edit.reshaped) workloads = [...workloads].sort((a, b) => (positions[a.id] ?? 0) - (positions[b.id] ?? 0));
  const scenarios = edit.scenarios === undefined ? {} : { scenarios: edit.scenarios, activeScenarioId: edit.active };
  return { ...estate, workloads, positions, dependencies: edit.dependencies.result(), nodePositions: edit.nodePositions, ...edit.settings, ...scenarios };
}
