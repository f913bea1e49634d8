import type { Workload } from '../domain/workload.js';
import type { EstateSettings } from '../estate/estate-settings.js';
import { SCENARIO_DECISION_FIELDS, SCENARIO_SETTING_NAMES, type ScenarioDecisionField, type ScenarioDecisions, type ScenarioSettingName } from '../estate/scenarios.js';
import { sameValue } from './same-value.js';

// The estate's scenarios as the text form holds them (docs/domain-rules.md, "Scenarios";
// the text form's `scenarios:` section). A scenario is written as what it does
// differently from the baseline: the decision fields and the setting fields whose values
// differ, nothing else. So a scenario that changes one decision is one line, and an edit
// of it is a one-line diff; a decision or setting field left out is the baseline's.

/** The baseline's name when nobody renamed it (migration 008): the text leaves it out then. */
export const DEFAULT_BASELINE_NAME = 'Baseline';

/** One scenario other than the baseline. */
export interface ScenarioText {
  id: string;
  name: string;
  /** By workload id: only the decision fields whose values differ from the baseline's. */
  decisions: Record<string, Partial<ScenarioDecisions>>;
  /** The scenario's own settings, whole, for those that differ from the baseline's (the others are the baseline's). */
  settings: Partial<Pick<EstateSettings, ScenarioSettingName>>;
}

/** What the text form holds of an estate's scenarios. */
export interface EstateScenariosText {
  /** The baseline's name ("Baseline" unless renamed). */
  baselineName: string;
  /** The other scenarios, in the order they were made (the app's order). */
  scenarios: ScenarioText[];
}

export const NO_SCENARIOS: EstateScenariosText = { baselineName: DEFAULT_BASELINE_NAME, scenarios: [] };

type Baseline = { workloads: readonly Workload[] } & Pick<EstateSettings, ScenarioSettingName>;

/** A scenario's value of one decision of a workload: its own, else the baseline's. */
export function decisionIn(scenario: ScenarioText, workload: Workload, field: ScenarioDecisionField): unknown {
  const own = scenario.decisions[workload.id];
  return own && Object.hasOwn(own, field) ? own[field] : workload[field];
}

/** A scenario's setting: its own, else the baseline's. */
export function settingIn<K extends ScenarioSettingName>(scenario: ScenarioText, baseline: Pick<EstateSettings, ScenarioSettingName>, name: K): EstateSettings[K] {
  return (scenario.settings[name] ?? baseline[name]) as EstateSettings[K];
}

/**
 * A scenario as the text form holds it over `baseline`: full decisions (or effective
 * values) reduced to what differs, decisions of workloads the estate lacks dropped,
 * settings equal to the baseline's dropped. Workloads in the baseline's list order.
 */
export function scenarioOver(
  baseline: Baseline,
  id: string,
  name: string,
  decisions: (w: Workload) => Partial<ScenarioDecisions> | undefined,
  settings: (n: ScenarioSettingName) => unknown,
): ScenarioText {
  const own: ScenarioText['decisions'] = {};
  for (const w of baseline.workloads) {
    const given = decisions(w);
    if (!given) continue;
    const differs: Partial<ScenarioDecisions> = {};
    for (const field of SCENARIO_DECISION_FIELDS) {
      if (Object.hasOwn(given, field) && !sameValue(given[field], w[field])) (differs as Record<string, unknown>)[field] = given[field];
    }
    if (Object.keys(differs).length) own[w.id] = differs;
  }
  const ownSettings: ScenarioText['settings'] = {};
  for (const setting of SCENARIO_SETTING_NAMES) {
    const value = settings(setting);
    if (value !== undefined && !sameValue(value, baseline[setting])) (ownSettings as Record<string, unknown>)[setting] = value;
  }
  return { id, name, decisions: own, settings: ownSettings };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One change of a setting over the baseline's: a value at a path, or (value undefined) a key the scenario does not have. */
export interface SettingChange {
  path: string[];
  value: unknown;
}

/**
 * How `own` differs from `baseline`, as few changes as can say it: objects on both sides
 * are compared key by key, anything else (a number, a list, null) is one value.
 */
export function settingChanges(baseline: unknown, own: unknown, path: string[] = [], into: SettingChange[] = []): SettingChange[] {
  if (isObject(baseline) && isObject(own)) {
    for (const key of Object.keys(own)) {
      if (Object.hasOwn(baseline, key)) settingChanges(baseline[key], own[key], [...path, key], into);
      else into.push({ path: [...path, key], value: own[key] });
    }
    for (const key of Object.keys(baseline)) if (!Object.hasOwn(own, key)) into.push({ path: [...path, key], value: undefined });
  } else if (!sameValue(baseline, own)) into.push({ path, value: own });
  return into;
}

/** Sets an own property whatever its name: a key "__proto__" from a text stays a key (and is refused as unknown), never a prototype. */
const put = (holder: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });

/** The baseline's setting with the changes made (new objects on the way; the baseline is not changed). */
export function withSettingChanges(baseline: unknown, changes: readonly SettingChange[]): unknown {
  let root: unknown = baseline;
  for (const { path, value } of changes) {
    if (!path.length) {
      root = value;
      continue;
    }
    const copy = isObject(root) ? { ...root } : {};
    let holder: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) {
      const under = Object.hasOwn(holder, key) ? holder[key] : undefined;
      const next = isObject(under) ? { ...under } : {};
      put(holder, key, next);
      holder = next;
    }
    const last = path[path.length - 1]!;
    if (value === undefined) delete holder[last];
    else put(holder, last, value);
    root = copy;
  }
  return root;
}

/**
 * The changes a nested block of the text says, over the baseline: where the block and
 * the baseline both hold an object, deeper; anywhere else the block's value is the value.
 * The inverse of the set part of settingChanges.
 */
export function changesOfBlock(baseline: unknown, block: Record<string, unknown>, path: string[] = [], into: SettingChange[] = []): SettingChange[] {
  for (const [key, value] of Object.entries(block)) {
    const under = isObject(baseline) && Object.hasOwn(baseline, key) ? baseline[key] : undefined;
    if (isObject(value) && Object.keys(value).length > 0 && isObject(under)) changesOfBlock(under, value, [...path, key], into);
    else into.push({ path: [...path, key], value });
  }
  return into;
}

/** The scenarios reduced again over the estate's baseline as it now is: what the text of the estate would hold. */
export function scenariosOver<E extends Baseline & EstateScenariosText>(estate: E): E {
  return {
    ...estate,
    scenarios: estate.scenarios.map((s) =>
      scenarioOver(
        estate,
        s.id,
        s.name,
        (w) => s.decisions[w.id],
        (name) => s.settings[name],
      ),
    ),
  };
}
