import type { Dependency } from '../domain/dependency.js';
import type { Workload } from '../domain/workload.js';
import type { NodePosition } from '../estate/estate.js';
import { ESTATE_SETTINGS, SETTING_NAMES, type EstateSettings, type SettingName } from '../estate/estate-settings.js';
import { mergeScenarios, scenarioDecisionsOf } from './merge-scenarios.js';
import type { MergeConflict, Resolutions, Side } from './merge-types.js';
import { isEmptyObjectAt, leaves, sameValue, shownPath, withLeaf } from './same-value.js';
import { DEPENDENCY_FIELD_ORDER, type EstateText, WORKLOAD_FIELD_ORDER } from './text-form.js';

// Three-way merge of two copies of one estate (issue 20): by ids, field by field. A field
// changed on one side takes that side; changed alike on both is fine; changed differently
// is a conflict, and so are remove against edit and two different additions of one id.
// Nothing is settled silently: a conflict stays one until `resolutions` names a side.
// Scenarios are merged by id the same way (merge-scenarios.ts).

export interface MergeResult {
  /** The merge with every conflict settled (by its resolution, else by base); complete only when `unresolved` is empty. */
  merged: EstateText;
  conflicts: MergeConflict[];
  /** Ids of conflicts without a resolution. */
  unresolved: string[];
  /** What the merge leaves that an estate cannot hold (a setting whose merged fields disagree), in words. */
  problems: string[];
}

interface Three<T> {
  base: T | undefined;
  ours: T | undefined;
  theirs: T | undefined;
}

class Merger {
  readonly conflicts: MergeConflict[] = [];
  readonly unresolved: string[] = [];

  constructor(private readonly resolutions: Resolutions) {}

  /** Settles a conflict by its resolution (base until there is one). */
  private settle<T>(conflict: MergeConflict, three: Three<T>): T | undefined {
    this.conflicts.push(conflict);
    const side: Side | undefined = this.resolutions[conflict.id];
    if (!side) this.unresolved.push(conflict.id);
    return three[side ?? 'base'];
  }

  /** One value three ways: the side that changed it, or a conflict. */
  value<T>(three: Three<T>, conflict: () => MergeConflict): T | undefined {
    const { base, ours, theirs } = three;
    if (sameValue(ours, base)) return theirs;
    if (sameValue(theirs, base) || sameValue(ours, theirs)) return ours;
    return this.settle(conflict(), three);
  }

  /** A whole item (workload, dependency) three ways, field by field when all three have it. */
  item<T extends { id: string }>(three: Three<T>, fields: readonly (keyof T & string)[], describe: (conflict: Omit<MergeConflict, 'subject' | 'label'>) => MergeConflict): T | undefined {
    const { base, ours, theirs } = three;
    const id = (base ?? ours ?? theirs)!.id;
    const whole = (kind: MergeConflict['kind']) => this.settle(describe({ id: `${id}`, kind, subjectId: id, field: '', base, ours, theirs }), three);
    if (!base) {
      if (!ours || !theirs || sameValue(ours, theirs)) return ours ?? theirs;
      return whole('add-add');
    }
    if (!ours || !theirs) {
      const kept = ours ?? theirs;
      if (!kept || sameValue(kept, base)) return undefined; // removed on one side (or both), untouched on the other
      return whole('remove-edit');
    }
    const merged = { ...base } as Record<string, unknown>;
    for (const field of fields) {
      merged[field] = this.value({ base: base[field], ours: ours[field], theirs: theirs[field] }, () =>
        describe({ id: `${id}:${field}`, kind: 'field', subjectId: id, field, base: base[field], ours: ours[field], theirs: theirs[field] }),
      );
    }
    return merged as T;
  }
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));

/** Ids in the order the merge lists them: base's, then ours' additions, then theirs'. */
function idsInOrder(...lists: readonly (readonly { id: string }[])[]): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const x of list) seen.add(x.id);
  return [...seen];
}

function workloadLabel(three: Three<Workload>): string {
  const w = three.ours ?? three.theirs ?? three.base!;
  return `workload '${w.name}' (${w.id})`;
}

function mergeWorkloads(m: Merger, base: EstateText, ours: EstateText, theirs: EstateText) {
  const [b, o, t] = [byId(base.workloads), byId(ours.workloads), byId(theirs.workloads)];
  const workloads: Workload[] = [];
  const positions: Record<string, number> = {};
  // A workload carries its decisions in the other scenarios into the comparison: one side removing it while the
  // other changed how a scenario decides it is a removal against an edit, not a silent loss of that decision.
  type Placed = Workload & { position: number; inScenarios?: Record<string, unknown> };
  const placed = (w: Workload | undefined, e: EstateText): Placed | undefined => w && { ...w, position: e.positions[w.id] ?? 0, inScenarios: scenarioDecisionsOf(e, w.id) };
  const bare = (x: unknown) => {
    if (!x || typeof x !== 'object') return x;
    const { inScenarios: _held, ...rest } = x as Placed;
    return rest;
  };
  for (const id of idsInOrder(base.workloads, ours.workloads, theirs.workloads)) {
    const three = { base: placed(b.get(id), base), ours: placed(o.get(id), ours), theirs: placed(t.get(id), theirs) };
    const label = workloadLabel(three as Three<Workload>);
    const merged = m.item<Placed>(three, [...WORKLOAD_FIELD_ORDER, 'position'], (c) => ({
      ...c,
      id: `workload:${c.id}`,
      subject: 'workload',
      label,
      ...(c.field ? {} : { base: bare(c.base), ours: bare(c.ours), theirs: bare(c.theirs) }),
    }));
    if (!merged) continue;
    const { position, inScenarios: _held, ...workload } = merged;
    workloads.push(workload);
    positions[id] = position;
  }
  return { workloads, positions };
}

function mergeDependencies(m: Merger, base: EstateText, ours: EstateText, theirs: EstateText, names: ReadonlyMap<string, string>): Dependency[] {
  const [b, o, t] = [byId(base.dependencies), byId(ours.dependencies), byId(theirs.dependencies)];
  const dependencies: Dependency[] = [];
  for (const id of idsInOrder(base.dependencies, ours.dependencies, theirs.dependencies)) {
    const three = { base: b.get(id), ours: o.get(id), theirs: t.get(id) };
    const d = (three.ours ?? three.theirs ?? three.base)!;
    const label = `dependency ${names.get(d.consumerId) ?? d.consumerId} → ${names.get(d.providerId) ?? d.providerId} (${id})`;
    const merged = m.item(three, DEPENDENCY_FIELD_ORDER, (c) => ({ ...c, id: `dependency:${c.id}`, subject: 'dependency', label }));
    if (merged) dependencies.push(merged);
  }
  return dependencies;
}

function mergeNodePositions(m: Merger, base: EstateText, ours: EstateText, theirs: EstateText, kept: ReadonlySet<string>) {
  const placed: Record<string, NodePosition> = {};
  const ids = new Set([...Object.keys(base.nodePositions), ...Object.keys(ours.nodePositions), ...Object.keys(theirs.nodePositions)]);
  for (const id of ids) {
    if (!kept.has(id)) continue; // its workload is gone: so is where it stood on the graph
    const at = (e: EstateText) => (Object.hasOwn(e.nodePositions, id) ? e.nodePositions[id] : undefined);
    const three = { base: at(base), ours: at(ours), theirs: at(theirs) };
    const value = m.value(three, () => ({ id: `nodePosition:${id}`, kind: 'field', subject: 'nodePosition', subjectId: id, label: `graph position of ${id}`, field: 'position', ...three }));
    if (value) placed[id] = value;
  }
  return placed;
}

function mergeSetting(m: Merger, name: SettingName, base: EstateText, ours: EstateText, theirs: EstateText): unknown {
  const [lb, lo, lt] = [leaves(base[name]), leaves(ours[name]), leaves(theirs[name])];
  let merged: unknown = base[name];
  const keepEmpty = (path: string) => isEmptyObjectAt(ours[name], path) || isEmptyObjectAt(theirs[name], path);
  for (const path of new Set([...lb.keys(), ...lo.keys(), ...lt.keys()])) {
    const three = { base: lb.get(path), ours: lo.get(path), theirs: lt.get(path) };
    const field = `${name}.${shownPath(path)}`;
    const value = m.value(three, () => ({
      id: `setting:${field}`,
      kind: three.ours === undefined || three.theirs === undefined ? 'remove-edit' : 'field',
      subject: 'setting',
      subjectId: name,
      label: `setting ${field}`,
      field,
      ...three,
    }));
    if (!sameValue(value, three.base)) merged = withLeaf(merged, path, value, keepEmpty);
  }
  return merged;
}

/**
 * Merges `ours` and `theirs`, two copies of `base`. With no resolutions every conflict
 * is listed and left at base; a resolution per conflict id settles it.
 */
export function mergeEstates(base: EstateText, ours: EstateText, theirs: EstateText, resolutions: Resolutions = {}): MergeResult {
  const unrelated = unrelatedBase(base, ours, theirs);
  if (unrelated) return { merged: ours, conflicts: [], unresolved: [], problems: [unrelated] };
  const m = new Merger(resolutions);
  const name =
    m.value({ base: base.name, ours: ours.name, theirs: theirs.name }, () => ({
      id: 'name',
      kind: 'field',
      subject: 'estate',
      subjectId: '',
      label: 'the estate’s name',
      field: 'name',
      base: base.name,
      ours: ours.name,
      theirs: theirs.name,
    })) ?? base.name;
  const { workloads, positions } = mergeWorkloads(m, base, ours, theirs);
  const kept = new Set(workloads.map((w) => w.id));
  const names = new Map([...base.workloads, ...ours.workloads, ...theirs.workloads].map((w) => [w.id, w.name]));
  let dependencies = mergeDependencies(m, base, ours, theirs, names);
  // A dependency kept whose workload the merge removes: one side removed the workload, the other linked to it.
  const dangling = dependencies.filter((d) => !kept.has(d.consumerId) || !kept.has(d.providerId));
  for (const d of dangling) {
    const at = (e: EstateText) => e.dependencies.find((x) => x.id === d.id);
    const gone = kept.has(d.consumerId) ? d.providerId : d.consumerId;
    m.conflicts.push({
      id: `dependency:${d.id}:dangling`,
      kind: 'dangling',
      subject: 'dependency',
      subjectId: d.id,
      label: `dependency ${names.get(d.consumerId) ?? d.consumerId} → ${names.get(d.providerId) ?? d.providerId} (${d.id}), whose workload '${names.get(gone) ?? gone}' the merge removes`,
      field: '',
      base: at(base),
      ours: at(ours),
      theirs: at(theirs),
    });
    // Settled one way only, whatever side is named: the workload is gone, so is the link. To keep
    // the link, keep the workload (its own conflict, or edit the copy and merge again).
    if (!resolutions[`dependency:${d.id}:dangling`]) m.unresolved.push(`dependency:${d.id}:dangling`);
  }
  dependencies = dependencies.filter((d) => !dangling.includes(d));
  const nodePositions = mergeNodePositions(m, base, ours, theirs, kept);
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const setting of SETTING_NAMES) {
    settings[setting] = mergeSetting(m, setting, base, ours, theirs);
    const checked = ESTATE_SETTINGS[setting].schema.safeParse(settings[setting]);
    if (checked.success) settings[setting] = checked.data;
    else problems.push(`The merged ${setting} cannot be used as they are (${checked.error.issues[0]?.message}); take one side's whole value for the conflicting fields.`);
  }
  const scenarios = mergeScenarios(m, { base, ours, theirs }, { workloads, ...(settings as EstateSettings) }, problems);
  const merged = { name, workloads, positions, dependencies, nodePositions, ...settings, ...scenarios } as EstateText;
  return { merged, conflicts: m.conflicts, unresolved: m.unresolved, problems };
}

const UNRELATED_AT_LEAST = 3;

/**
 * Why `base` cannot be the copy both others were made from, or undefined when it can: it
 * holds workloads and shares none of them with either copy. Merged against it, every
 * workload would be "added on both sides" and listed as a conflict, whole; the mistake
 * (another estate, or the wrong file from git) is said once instead.
 */
function unrelatedBase(base: EstateText, ours: EstateText, theirs: EstateText): string | undefined {
  // A few workloads each at least: two copies that replaced a tiny estate's every workload are a real, if odd, merge.
  if ([base, ours, theirs].some((e) => e.workloads.length < UNRELATED_AT_LEAST)) return undefined;
  const ids = new Set([...ours.workloads, ...theirs.workloads].map((w) => w.id));
  if (base.workloads.some((w) => ids.has(w.id))) return undefined;
  return `The base copy (“${base.name}”) shares no workload with either copy, so it is not the copy both were made from: merged against it, every workload would look added twice. Merge against their common ancestor (in git, \`git show :1:<file>\`).`;
}
