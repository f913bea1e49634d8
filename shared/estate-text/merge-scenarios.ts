import type { Workload } from '../domain/workload.js';
import { ESTATE_SETTINGS, type EstateSettings } from '../estate/estate-settings.js';
import { BASELINE_SCENARIO_ID, SCENARIO_DECISION_FIELDS, SCENARIO_SETTING_NAMES, scenarioNameProblem, type ScenarioSettingName } from '../estate/scenarios.js';
import type { MergeConflict } from './merge-types.js';
import { isEmptyObjectAt, leaves, sameValue, shownPath, withLeaf } from './same-value.js';
import { decisionIn, type EstateScenariosText, scenarioOver, settingIn, type ScenarioText } from './scenario-text.js';
import type { EstateText } from './text-form.js';

// The scenarios of a three-way merge (merge.ts), by id: a scenario added, removed or
// renamed like a workload; in a scenario all three copies have, each decision and each
// setting field merged by the value the scenario sees on each side. So a change made on
// one side is taken, and a scenario decision one side changed while the other changed the
// baseline value that scenario followed is a conflict, never settled silently. Fields
// no copy's scenario holds differently follow the merged baseline (its conflicts are the
// baseline's own).

interface Three<T> {
  base: T | undefined;
  ours: T | undefined;
  theirs: T | undefined;
}

/** What merge.ts's merger lends: one value three ways, and one whole item three ways. */
export interface ValueMerger {
  value<T>(three: Three<T>, conflict: () => MergeConflict): T | undefined;
  item<T extends { id: string }>(three: Three<T>, fields: readonly (keyof T & string)[], describe: (conflict: Omit<MergeConflict, 'subject' | 'label'>) => MergeConflict): T | undefined;
}

type MergedBaseline = { workloads: readonly Workload[] } & EstateSettings;
type Sides = Three<EstateText>;

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));

function idsInOrder(...lists: readonly (readonly { id: string }[])[]): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const x of list) seen.add(x.id);
  return [...seen];
}

/** Each workload's decisions in each scenario that holds some, by scenario id: what a removal of the workload would lose. */
export function scenarioDecisionsOf(estate: EstateText, workloadId: string): Record<string, unknown> {
  const held: Record<string, unknown> = {};
  for (const s of estate.scenarios) if (s.decisions[workloadId]) held[s.id] = s.decisions[workloadId];
  return held;
}

class ScenarioMerge {
  private readonly workloads: Record<keyof Three<unknown>, ReadonlyMap<string, Workload>>;

  constructor(
    private readonly m: ValueMerger,
    private readonly sides: Sides,
    private readonly merged: MergedBaseline,
  ) {
    const of = (e: EstateText | undefined) => new Map((e?.workloads ?? []).map((w) => [w.id, w]));
    this.workloads = { base: of(sides.base), ours: of(sides.ours), theirs: of(sides.theirs) };
  }

  private decisions(three: Three<ScenarioText>, label: string): (w: Workload) => Record<string, unknown> | undefined {
    const { m } = this;
    return (w) => {
      const owned = (['base', 'ours', 'theirs'] as const).filter((side) => three[side]?.decisions[w.id]);
      if (!owned.length) return undefined;
      const seen = (side: 'base' | 'ours' | 'theirs', field: (typeof SCENARIO_DECISION_FIELDS)[number]) => {
        const s = three[side];
        const sw = this.workloads[side].get(w.id);
        return s && sw ? decisionIn(s, sw, field) : undefined;
      };
      const own: Record<string, unknown> = {};
      for (const field of SCENARIO_DECISION_FIELDS) {
        if (!owned.some((side) => Object.hasOwn(three[side]!.decisions[w.id]!, field))) continue;
        const base = seen('base', field);
        // A side without the workload (it removed it) or the scenario says nothing of it: base's value stands for it.
        const side = (x: 'ours' | 'theirs') => (three[x] && this.workloads[x].has(w.id) ? seen(x, field) : base);
        const values = { base, ours: side('ours'), theirs: side('theirs') };
        const id = three.ours?.id ?? three.theirs?.id ?? three.base!.id;
        const value = m.value(values, () => ({
          id: `scenario:${id}:${w.id}:${field}`,
          kind: 'field',
          subject: 'scenario',
          subjectId: id,
          label: `${label}, workload '${w.name}' (${w.id})`,
          field,
          ...values,
        }));
        if (value !== undefined) own[field] = value;
      }
      return own;
    };
  }

  private setting(three: Three<ScenarioText>, name: ScenarioSettingName, label: string, problems: string[]): unknown {
    const { sides, m } = this;
    if (!(['base', 'ours', 'theirs'] as const).some((side) => three[side]?.settings[name] !== undefined)) return undefined;
    const seen = (side: 'base' | 'ours' | 'theirs') => (three[side] ? settingIn(three[side], sides[side]!, name) : undefined);
    const base = seen('base') ?? seen('ours') ?? seen('theirs');
    const [ours, theirs] = [seen('ours') ?? base, seen('theirs') ?? base];
    const [lb, lo, lt] = [leaves(base), leaves(ours), leaves(theirs)];
    let value: unknown = base;
    const keepEmpty = (path: string) => isEmptyObjectAt(ours, path) || isEmptyObjectAt(theirs, path);
    const id = three.ours?.id ?? three.theirs?.id ?? three.base!.id;
    for (const path of new Set([...lb.keys(), ...lo.keys(), ...lt.keys()])) {
      const values = { base: lb.get(path), ours: lo.get(path), theirs: lt.get(path) };
      const field = `${name}.${shownPath(path)}`;
      const leaf = m.value(values, () => ({
        id: `scenario:${id}:setting:${field}`,
        kind: values.ours === undefined || values.theirs === undefined ? 'remove-edit' : 'field',
        subject: 'scenario',
        subjectId: id,
        label,
        field,
        ...values,
      }));
      if (!sameValue(leaf, values.base)) value = withLeaf(value, path, leaf, keepEmpty);
    }
    const checked = ESTATE_SETTINGS[name].schema.safeParse(value);
    if (checked.success) return checked.data;
    problems.push(`The merged ${name} of ${label} cannot be used as they are (${checked.error.issues[0]?.message}); take one side's whole value for the conflicting fields.`);
    return undefined;
  }

  scenario(three: Three<ScenarioText>, problems: string[]): ScenarioText | undefined {
    const some = (three.ours ?? three.theirs ?? three.base)!;
    const label = `scenario '${some.name}' (${some.id})`;
    const kept = this.m.item(three, ['name'], (c) => ({ ...c, id: `scenario:${c.id}`, subject: 'scenario', label }));
    if (!kept) return undefined;
    const settings: Partial<Record<ScenarioSettingName, unknown>> = {};
    for (const name of SCENARIO_SETTING_NAMES) settings[name] = this.setting(three, name, label, problems);
    return scenarioOver(this.merged, kept.id, kept.name, this.decisions(three, label), (name) => settings[name]);
  }
}

/** The merged baseline name and scenarios, over the merged baseline; `problems` hears what the merge leaves that an estate cannot hold. */
export function mergeScenarios(m: ValueMerger, sides: Sides, merged: MergedBaseline, problems: string[]): EstateScenariosText {
  const names = { base: sides.base!.baselineName, ours: sides.ours!.baselineName, theirs: sides.theirs!.baselineName };
  const baselineName =
    m.value(names, () => ({
      id: `scenario:${BASELINE_SCENARIO_ID}:name`,
      kind: 'field',
      subject: 'scenario',
      subjectId: BASELINE_SCENARIO_ID,
      label: 'the baseline scenario',
      field: 'name',
      ...names,
    })) ?? names.base;
  const merge = new ScenarioMerge(m, sides, merged);
  const [b, o, t] = [byId(sides.base!.scenarios), byId(sides.ours!.scenarios), byId(sides.theirs!.scenarios)];
  const scenarios: ScenarioText[] = [];
  const named = [{ id: BASELINE_SCENARIO_ID, name: baselineName }];
  for (const id of idsInOrder(sides.base!.scenarios, sides.ours!.scenarios, sides.theirs!.scenarios)) {
    const s = merge.scenario({ base: b.get(id), ours: o.get(id), theirs: t.get(id) }, problems);
    if (!s) continue;
    const clash = scenarioNameProblem(s.name, named);
    if (clash) problems.push(`The merged scenario ${s.id} cannot be called “${s.name}”: ${clash} Rename it in one copy and merge again.`);
    named.push(s);
    scenarios.push(s);
  }
  return { baselineName, scenarios };
}
