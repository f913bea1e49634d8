import type { Dependency } from '../domain/dependency.js';
import type { EstateContent } from '../estate/estate.js';
import type { Workload } from '../domain/workload.js';
import type { Change } from './change-set.js';
import { byOp, type OpTable } from './ops.js';

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

/** The estate as earlier changes in the set have left it, as far as inverting needs to know. */
class InvertState {
  readonly workloads: Overlay<Workload>;
  readonly dependencies: Overlay<Dependency>;
  /** Settings as the set has left them so far. */
  settingsNow: EstateContent;
  readonly positions = new Map<string, number>();
  /** Graph positions as the set has left them so far (undefined: as before the set). */
  readonly placed = new Map<string, { x: number; y: number } | null>();

  constructor(readonly before: EstateContent) {
    this.workloads = new Overlay<Workload>(before.workloads);
    this.dependencies = new Overlay<Dependency>(before.dependencies);
    this.settingsNow = before;
  }

  placedNow(id: string): { x: number; y: number } | null {
    return this.placed.has(id) ? (this.placed.get(id) ?? null) : (this.before.nodePositions[id] ?? null);
  }
}

/** What undoes each op, in the order the changes are to be undone (the set is reversed at the end). */
export const INVERT_CHANGE: OpTable<[state: InvertState], Change[]> = {
  addWorkload(change, state) {
    state.workloads.set(change.workload.id, change.workload);
    state.positions.set(change.workload.id, change.position);
    return [{ op: 'removeWorkload', id: change.workload.id }];
  },
  updateWorkload(change, state) {
    return [{ op: 'updateWorkload', id: change.id, field: change.field, value: state.workloads.update(change.id, change.field, change.value, 'workload') }];
  },
  removeWorkload(change, state) {
    const position = state.positions.get(change.id) ?? state.before.positions[change.id] ?? 0;
    const place = state.placedNow(change.id);
    const inverse: Change[] = [];
    // Removal also forgets the graph position; undo puts it back after the workload.
    if (place) inverse.push({ op: 'setNodePositions', positions: { [change.id]: place } });
    inverse.push({ op: 'addWorkload', workload: state.workloads.get(change.id, 'workload'), position });
    state.workloads.set(change.id, undefined);
    state.placed.set(change.id, null);
    return inverse;
  },
  addDependency(change, state) {
    state.dependencies.set(change.dependency.id, change.dependency);
    return [{ op: 'removeDependency', id: change.dependency.id }];
  },
  updateDependency(change, state) {
    return [{ op: 'updateDependency', id: change.id, field: change.field, value: state.dependencies.update(change.id, change.field, change.value, 'dependency') }];
  },
  removeDependency(change, state) {
    const inverse: Change = { op: 'addDependency', dependency: state.dependencies.get(change.id, 'dependency') };
    state.dependencies.set(change.id, undefined);
    return [inverse];
  },
  setNodePositions(change, state) {
    const previous: Record<string, { x: number; y: number } | null> = {};
    for (const [id, position] of Object.entries(change.positions)) {
      previous[id] = state.placedNow(id);
      state.placed.set(id, position);
    }
    return [{ op: 'setNodePositions', positions: previous }];
  },
  setSetting(change, state) {
    const inverse = { op: 'setSetting', name: change.name, value: state.settingsNow[change.name] } as Change;
    state.settingsNow = { ...state.settingsNow, [change.name]: change.value };
    return [inverse];
  },
  // The op holds the scenario before and after (scenario-state.ts): undoing it is setting it back.
  setScenario(change) {
    return [{ op: 'setScenario', id: change.id, before: change.after, after: change.before }];
  },
};

/**
 * The change set that undoes `changes` when applied after them, computed against the
 * estate as it was before. Reads of earlier changes in the same set are honoured, so
 * two updates of one field invert to the original value.
 */
export function invertChanges(before: EstateContent, changes: readonly Change[]): Change[] {
  const state = new InvertState(before);
  const inverse: Change[] = [];
  for (const change of changes) inverse.push(...byOp(INVERT_CHANGE, change, state));
  return inverse.reverse();
}
