import type { Workload } from '../domain/workload.js';
import type { SettingName } from './estate-settings.js';

// What a scenario is (docs/domain-rules.md, "Scenarios"): a named set of decisions over
// the estate's one inventory. These lists are the line between the two: a field or a
// setting named here belongs to a scenario, everything else (sizes, data classes,
// dependencies, graph positions, the classification setting) is shared by all of them.
// No zod here: the renderer's main bundle reads it.

/** The scenario whose decisions are the estate's own tables: every file has it, and it cannot be deleted. */
export const BASELINE_SCENARIO_ID = 'baseline';

/** The workload fields a scenario decides; each scenario has its own value of each. */
export const SCENARIO_DECISION_FIELDS = ['strategy', 'chosenTier', 'tierOverrideReason', 'pinnedWave', 'notBefore', 'notAfter', 'doneBy', 'blackouts'] as const satisfies readonly (keyof Workload)[];
export type ScenarioDecisionField = (typeof SCENARIO_DECISION_FIELDS)[number];
export type ScenarioDecisions = Pick<Workload, ScenarioDecisionField>;

/** The estate settings a scenario holds whole: how it plans, rolls back, costs and runs its cutovers. */
export const SCENARIO_SETTING_NAMES = ['planSettings', 'rollbackSettings', 'rateCard', 'runbookEdits'] as const satisfies readonly SettingName[];
export type ScenarioSettingName = (typeof SCENARIO_SETTING_NAMES)[number];

const DECISION_FIELD_SET: ReadonlySet<string> = new Set(SCENARIO_DECISION_FIELDS);
const SETTING_NAME_SET: ReadonlySet<string> = new Set(SCENARIO_SETTING_NAMES);

export const isScenarioDecision = (field: string): field is ScenarioDecisionField => DECISION_FIELD_SET.has(field);
export const isScenarioSetting = (name: string): name is ScenarioSettingName => SETTING_NAME_SET.has(name);

export const SCENARIO_NAME_MAX = 80;

/** Names are compared trimmed and in any case: "Clinics DB" and "clinics db " are one name. */
const nameKey = (name: string) => name.trim().toLocaleLowerCase('en');

/**
 * Why a scenario name cannot be used, or null when it can: empty, too long, or the
 * name of another scenario of the estate. `renaming` is the id of the scenario being
 * renamed, which may keep its own name (in another case).
 */
export function scenarioNameProblem(name: string, scenarios: readonly { id: string; name: string }[], renaming?: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'A scenario needs a name.';
  if (trimmed.length > SCENARIO_NAME_MAX) return `A scenario name is at most ${SCENARIO_NAME_MAX} characters (this one has ${trimmed.length}).`;
  const same = scenarios.find((s) => s.id !== renaming && nameKey(s.name) === nameKey(trimmed));
  return same ? `This estate already has a scenario called “${same.name}”; give this one another name.` : null;
}

/** A name for a copy that no scenario has yet: "Clinics DB (copy)", then "(copy 2)", … */
export function copyName(name: string, scenarios: readonly { name: string }[]): string {
  const taken = new Set(scenarios.map((s) => nameKey(s.name)));
  const base = name.trim().slice(0, SCENARIO_NAME_MAX - 10);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base} (copy)` : `${base} (copy ${n})`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}
