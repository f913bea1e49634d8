import { WorkloadSchema, type Workload } from '../domain/workload.js';
import { ScenarioIdSchema } from '../estate/estate.js';
import { ESTATE_SETTINGS, type EstateSettings } from '../estate/estate-settings.js';
import { BASELINE_SCENARIO_ID, isScenarioDecision, isScenarioSetting, SCENARIO_DECISION_FIELDS, SCENARIO_SETTING_NAMES, scenarioNameProblem, type ScenarioSettingName } from '../estate/scenarios.js';
import { sameValue } from './same-value.js';
import { changesOfBlock, DEFAULT_BASELINE_NAME, type EstateScenariosText, type ScenarioText, type SettingChange, withSettingChanges } from './scenario-text.js';
import { plainMessage } from './text-problems.js';

// Reads the text form's `baselineName:` and `scenarios:` (write-scenarios.ts), refusing
// what a scenario cannot hold: a field it does not have, a decision of a workload the
// estate lacks, a value the schemas refuse, a name another scenario has, an id twice or
// the baseline's id. Problems go to the reader, each at its line and field.

type Path = (string | number)[];
type Raw = Record<string, unknown>;

/** What read-text.ts's reader lends: where problems go. */
export interface ProblemSink {
  problem(path: Path, where: string, message: string, key?: string): void;
  refuseUnknownKeys(raw: Raw, allowed: ReadonlySet<string>, path: Path, where: string): void;
  readonly refusedIds: ReadonlySet<string>;
}

type Baseline = { workloads: readonly Workload[] } & Pick<EstateSettings, ScenarioSettingName>;

const SCENARIO_KEYS = new Set(['id', 'name', 'decisions', 'settings', 'removedSettings']);
const DecisionsSchema = WorkloadSchema.pick(Object.fromEntries(SCENARIO_DECISION_FIELDS.map((f) => [f, true])) as { [K in (typeof SCENARIO_DECISION_FIELDS)[number]]: true });
const isRecord = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The first key of `raw` the schema dropped from `parsed` (an unknown field at any depth), as a path. */
function unknownPath(raw: unknown, parsed: unknown, path: string[] = []): string[] | null {
  if (isRecord(raw) && isRecord(parsed)) {
    for (const key of Object.keys(raw)) {
      if (!Object.hasOwn(parsed, key)) return [...path, key];
      const deeper = unknownPath(raw[key], parsed[key], [...path, key]);
      if (deeper) return deeper;
    }
  } else if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (let i = 0; i < raw.length; i++) {
      const deeper = unknownPath(raw[i], parsed[i], [...path, String(i)]);
      if (deeper) return deeper;
    }
  }
  return null;
}

class ScenarioReader {
  private readonly workloads: ReadonlyMap<string, Workload>;

  constructor(
    private readonly sink: ProblemSink,
    private readonly baseline: Baseline,
  ) {
    this.workloads = new Map(baseline.workloads.map((w) => [w.id, w]));
  }

  decisions(raw: unknown, path: Path, label: string): ScenarioText['decisions'] {
    const own: ScenarioText['decisions'] = {};
    if (raw === undefined || raw === null) return own;
    if (!isRecord(raw)) {
      this.sink.problem(path, `${label}, decisions`, 'expected decisions by workload id, e.g. web-1: { strategy: rehost }');
      return own;
    }
    for (const [id, given] of Object.entries(raw)) {
      const where = `${label}, decisions of workload '${id}'`;
      const workload = this.workloads.get(id);
      if (!workload) {
        if (!this.sink.refusedIds.has(id)) this.sink.problem(path, where, `there is no workload '${id}' in this estate`, id);
        continue;
      }
      if (!isRecord(given)) {
        this.sink.problem([...path, id], where, `expected the decisions that differ from the baseline's (${SCENARIO_DECISION_FIELDS.join(', ')})`);
        continue;
      }
      const unknown = Object.keys(given).filter((field) => !isScenarioDecision(field));
      for (const field of unknown) this.sink.problem([...path, id], where, `unknown field “${field}”: a scenario decides ${SCENARIO_DECISION_FIELDS.join(', ')}`, field);
      if (unknown.length) continue;
      const parsed = DecisionsSchema.safeParse({ ...Object.fromEntries(SCENARIO_DECISION_FIELDS.map((f) => [f, workload[f]])), ...given });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) this.sink.problem([...path, id, ...(issue.path as Path)], `${where}, field ${issue.path.join('.')}`, plainMessage(issue.message));
        continue;
      }
      const differs: Raw = {};
      for (const field of Object.keys(given) as (typeof SCENARIO_DECISION_FIELDS)[number][]) if (!sameValue(parsed.data[field], workload[field])) differs[field] = parsed.data[field];
      if (Object.keys(differs).length) own[id] = differs;
    }
    return own;
  }

  /** Removed fields by setting: each a list like [runbookEdits, steps, "back:web-1"]. */
  private removals(raw: unknown, path: Path, label: string): Map<ScenarioSettingName, SettingChange[]> {
    const bySetting = new Map<ScenarioSettingName, SettingChange[]>();
    if (raw === undefined || raw === null) return bySetting;
    if (!Array.isArray(raw)) {
      this.sink.problem(path, `${label}, removedSettings`, 'expected a list of setting fields, each like [runbookEdits, steps, "back:web-1"]');
      return bySetting;
    }
    raw.forEach((item: unknown, i) => {
      const where = `${label}, removedSettings ${i + 1}`;
      if (!Array.isArray(item) || item.length < 2 || !item.every((k) => typeof k === 'string'))
        return this.sink.problem([...path, i], where, 'expected a setting field as a list of names, e.g. [runbookEdits, steps, "back:web-1"]');
      const [name, ...rest] = item as string[];
      if (!isScenarioSetting(name!)) return this.sink.problem([...path, i], where, `“${name}” is not a setting a scenario holds (${SCENARIO_SETTING_NAMES.join(', ')})`);
      bySetting.set(name, [...(bySetting.get(name) ?? []), { path: rest, value: undefined }]);
    });
    return bySetting;
  }

  settings(raw: unknown, removedRaw: unknown, path: Path, label: string): ScenarioText['settings'] {
    const own: Raw = {};
    const removed = this.removals(removedRaw, [...path.slice(0, -1), 'removedSettings'], label);
    const given = raw === undefined || raw === null ? {} : raw;
    if (!isRecord(given)) {
      this.sink.problem(path, `${label}, settings`, `expected the settings that differ from the baseline's, by name (${SCENARIO_SETTING_NAMES.join(', ')})`);
      return own;
    }
    for (const name of Object.keys(given)) {
      if (!isScenarioSetting(name)) this.sink.problem(path, `${label}, settings`, `unknown field “${name}”: a scenario holds ${SCENARIO_SETTING_NAMES.join(', ')}; the rest are shared`, name);
    }
    for (const name of SCENARIO_SETTING_NAMES) {
      const block = given[name];
      if (block === undefined && !removed.has(name)) continue;
      if (block !== undefined && !isRecord(block)) {
        this.sink.problem([...path, name], `${label}, settings.${name}`, 'expected the fields that differ from the baseline’s, one a line');
        continue;
      }
      const baseline = ESTATE_SETTINGS[name].schema.parse(this.baseline[name]);
      const gone = removed.get(name) ?? [];
      let lost = false;
      for (const change of gone) {
        const there = change.path.reduce<unknown>((node, key) => (isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined), baseline);
        if (there === undefined) {
          this.sink.problem([...path.slice(0, -1), 'removedSettings'], `${label}, removedSettings`, `the baseline's ${[name, ...change.path].join('.')} is not there to leave out`);
          lost = true;
        }
      }
      if (lost) continue;
      const value = withSettingChanges(baseline, [...changesOfBlock(baseline, block ?? {}), ...gone]);
      const parsed = ESTATE_SETTINGS[name].schema.safeParse(value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) this.sink.problem([...path, name, ...(issue.path as Path)], `${label}, settings.${[name, ...issue.path].join('.')}`, plainMessage(issue.message));
        continue;
      }
      const unknown = unknownPath(value, parsed.data);
      if (unknown) {
        this.sink.problem(
          [...path, name, ...unknown.slice(0, -1)],
          `${label}, settings.${[name, ...unknown].join('.')}`,
          `unknown field “${unknown[unknown.length - 1]}”`,
          unknown[unknown.length - 1],
        );
        continue;
      }
      if (!sameValue(parsed.data, baseline)) own[name] = parsed.data;
    }
    return own as ScenarioText['settings'];
  }
}

/** The scenarios a text holds, over the baseline it holds (read first). */
export function readScenarios(sink: ProblemSink, baselineNameRaw: unknown, raw: unknown, baseline: Baseline): EstateScenariosText {
  let baselineName = DEFAULT_BASELINE_NAME;
  if (baselineNameRaw !== undefined) {
    const problem = typeof baselineNameRaw === 'string' ? scenarioNameProblem(baselineNameRaw, []) : 'expected the baseline scenario’s name';
    if (problem) sink.problem(['baselineName'], 'field baselineName', problem);
    else baselineName = (baselineNameRaw as string).trim();
  }
  const scenarios: ScenarioText[] = [];
  if (raw === undefined || raw === null) return { baselineName, scenarios };
  if (!Array.isArray(raw)) {
    sink.problem(['scenarios'], 'scenarios', 'expected a list of scenarios (id, name, decisions, settings)');
    return { baselineName, scenarios };
  }
  const reader = new ScenarioReader(sink, baseline);
  const named = [{ id: BASELINE_SCENARIO_ID, name: baselineName }];
  raw.forEach((item: unknown, i) => {
    const path: Path = ['scenarios', i];
    if (!isRecord(item)) return sink.problem(path, `scenario ${i + 1}`, 'expected a scenario (id, name, decisions, settings)');
    const label = typeof item.id === 'string' ? `scenario '${item.id}'` : `scenario ${i + 1}`;
    sink.refuseUnknownKeys(item, SCENARIO_KEYS, path, label);
    const id = ScenarioIdSchema.safeParse(item.id);
    if (!id.success) return sink.problem([...path, 'id'], `${label}, field id`, plainMessage(id.error.issues[0]?.message ?? 'expected an id'));
    if (id.data === BASELINE_SCENARIO_ID)
      return sink.problem([...path, 'id'], `${label}, field id`, 'the baseline is not listed here: its decisions and settings are the workloads’ and the settings above (its name is baselineName)');
    if (scenarios.some((s) => s.id === id.data)) return sink.problem([...path, 'id'], `${label}, field id`, 'the id is already used by another scenario');
    const nameProblem = typeof item.name === 'string' ? scenarioNameProblem(item.name, named) : 'expected the scenario’s name';
    if (nameProblem) sink.problem([...path, 'name'], `${label}, field name`, nameProblem);
    const name = typeof item.name === 'string' ? item.name.trim() : '';
    named.push({ id: id.data, name });
    const decisions = reader.decisions(item.decisions, [...path, 'decisions'], label);
    const settings = reader.settings(item.settings, item.removedSettings, [...path, 'settings'], label);
    scenarios.push({ id: id.data, name, decisions, settings });
  });
  return { baselineName, scenarios };
}
