import type { Dependency } from '../domain/dependency.js';
import type { Workload } from '../domain/workload.js';
import { SETTING_NAMES } from '../estate/estate-settings.js';
import { diffScenarios, isEmptyScenariosDiff, type ScenariosDiff } from './diff-scenarios.js';
import { leaves, sameValue, shownPath } from './same-value.js';
import { DEPENDENCY_FIELD_ORDER, type EstateText, WORKLOAD_FIELD_ORDER } from './text-form.js';

// What changed from one copy of an estate to another, by ids, field by field: what a
// reviewer reads in a pull request. Decisions (tier, strategy, pins) are called out on
// their own; how the plan moved is worked out apart (plan-moves.ts), since it plans both.

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemRef {
  id: string;
  /** A workload's name; a dependency's "consumer → provider". */
  label: string;
}

export interface ItemChange extends ItemRef {
  changes: FieldChange[];
}

/** The fields that record an architect's decision rather than a fact about the workload. */
export const DECISION_FIELDS = ['chosenTier', 'tierOverrideReason', 'strategy', 'pinnedWave'] as const;

export interface EstateDiff {
  name: FieldChange | null;
  workloads: { added: ItemRef[]; removed: ItemRef[]; changed: ItemChange[] };
  /** Decisions changed on workloads in both copies (they are in `workloads.changed` too). */
  decisions: (FieldChange & ItemRef)[];
  dependencies: { added: ItemRef[]; removed: ItemRef[]; changed: ItemChange[] };
  /** Workloads whose graph position was set, moved or forgotten. */
  graphPositions: string[];
  /** Settings by path, e.g. planSettings.waveLengthDays. */
  settings: FieldChange[];
  /** Scenarios added, removed and renamed, and the decisions and settings a scenario holds differently. */
  scenarios: ScenariosDiff;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));

function fieldChanges<T>(before: T, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) if (!sameValue(before[field], after[field])) changes.push({ field, before: before[field], after: after[field] });
  return changes;
}

function dependencyLabel(d: Dependency, names: ReadonlyMap<string, string>): string {
  return `${names.get(d.consumerId) ?? d.consumerId} → ${names.get(d.providerId) ?? d.providerId}`;
}

export function diffEstates(a: EstateText, b: EstateText): EstateDiff {
  const [wa, wb] = [byId(a.workloads), byId(b.workloads)];
  const names = new Map<string, string>([...a.workloads, ...b.workloads].map((w) => [w.id, w.name]));
  const workloads: EstateDiff['workloads'] = { added: [], removed: [], changed: [] };
  const decisions: EstateDiff['decisions'] = [];
  const ref = (w: Workload): ItemRef => ({ id: w.id, label: w.name });
  for (const w of b.workloads) if (!wa.has(w.id)) workloads.added.push(ref(w));
  for (const w of a.workloads) {
    const after = wb.get(w.id);
    if (!after) {
      workloads.removed.push(ref(w));
      continue;
    }
    const changes = fieldChanges(w, after, WORKLOAD_FIELD_ORDER);
    if (a.positions[w.id] !== b.positions[w.id]) changes.push({ field: 'position', before: a.positions[w.id], after: b.positions[w.id] });
    if (changes.length) workloads.changed.push({ ...ref(after), changes });
    for (const c of changes) if ((DECISION_FIELDS as readonly string[]).includes(c.field)) decisions.push({ ...ref(after), ...c });
  }
  const [da, db] = [byId(a.dependencies), byId(b.dependencies)];
  const dependencies: EstateDiff['dependencies'] = { added: [], removed: [], changed: [] };
  for (const d of b.dependencies) if (!da.has(d.id)) dependencies.added.push({ id: d.id, label: dependencyLabel(d, names) });
  for (const d of a.dependencies) {
    const after = db.get(d.id);
    if (!after) dependencies.removed.push({ id: d.id, label: dependencyLabel(d, names) });
    else {
      const changes = fieldChanges(d, after, DEPENDENCY_FIELD_ORDER);
      if (changes.length) dependencies.changed.push({ id: d.id, label: dependencyLabel(after, names), changes });
    }
  }
  const graphPositions = [...new Set([...Object.keys(a.nodePositions), ...Object.keys(b.nodePositions)])].filter(
    (id) => wa.has(id) && wb.has(id) && !sameValue(a.nodePositions[id], b.nodePositions[id]),
  );
  const settings: FieldChange[] = [];
  for (const name of SETTING_NAMES) {
    const [la, lb] = [leaves(a[name]), leaves(b[name])];
    for (const path of new Set([...la.keys(), ...lb.keys()])) {
      if (!sameValue(la.get(path), lb.get(path))) settings.push({ field: `${name}.${shownPath(path)}`, before: la.get(path), after: lb.get(path) });
    }
  }
  const name = a.name === b.name ? null : { field: 'name', before: a.name, after: b.name };
  return { name, workloads, decisions, dependencies, graphPositions, settings, scenarios: diffScenarios(a, b) };
}

/** Whether two copies hold the same estate (the command line's exit code, like diff(1)). */
export function isSameEstate(diff: EstateDiff): boolean {
  const w = diff.workloads;
  const d = diff.dependencies;
  return (
    !diff.name &&
    !w.added.length &&
    !w.removed.length &&
    !w.changed.length &&
    !d.added.length &&
    !d.removed.length &&
    !d.changed.length &&
    !diff.graphPositions.length &&
    !diff.settings.length &&
    isEmptyScenariosDiff(diff.scenarios)
  );
}
