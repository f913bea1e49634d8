import { ESTATE_SETTINGS } from '../estate/estate-settings.js';
import { SCENARIO_DECISION_FIELDS, SCENARIO_SETTING_NAMES } from '../estate/scenarios.js';
import type { Workload } from '../domain/workload.js';
import { DEFAULT_BASELINE_NAME, type EstateScenariosText, type ScenarioText, scenariosOver, settingChanges } from './scenario-text.js';
import type { EstateText } from './text-form.js';
import { yamlBlock, yamlFlow, yamlString } from './yaml-scalar.js';

// The text form's last section: every scenario other than the baseline, in the order it
// was made, as what it does differently. Decisions by workload (in list order), one
// field a line; settings as the fields that differ, one a line; fields the baseline's
// settings have and the scenario's do not (a runbook edit it never had) one a line too.

function writeScenario(s: ScenarioText, estate: EstateText, workloads: readonly Workload[], lines: string[]): void {
  lines.push(`  - id: ${yamlString(s.id)}`);
  lines.push(`    name: ${yamlString(s.name)}`);
  const decided = workloads.filter((w) => Object.hasOwn(s.decisions, w.id));
  if (decided.length) lines.push('    decisions:');
  for (const w of decided) {
    lines.push(`      ${yamlString(w.id)}:`);
    const own = s.decisions[w.id]!;
    for (const field of SCENARIO_DECISION_FIELDS) if (Object.hasOwn(own, field)) lines.push(`        ${field}: ${yamlFlow(own[field])}`);
  }
  const set: Record<string, unknown> = {};
  const removed: string[][] = [];
  for (const name of SCENARIO_SETTING_NAMES) {
    const own = s.settings[name];
    if (own === undefined) continue;
    // Through the schema, as the baseline's are written: one key order whichever way the value was made.
    const { schema } = ESTATE_SETTINGS[name];
    for (const change of settingChanges(schema.parse(estate[name]), schema.parse(own), [name])) {
      if (change.value === undefined) {
        removed.push(change.path);
        continue;
      }
      let holder = set;
      for (const key of change.path.slice(0, -1)) holder = (holder[key] ??= {}) as Record<string, unknown>;
      holder[change.path[change.path.length - 1]!] = change.value;
    }
  }
  if (Object.keys(set).length) yamlBlock('settings', set, 4, lines);
  if (removed.length) lines.push('    removedSettings:');
  for (const path of removed) lines.push(`      - ${yamlFlow(path)}`);
}

/** The `baselineName:` line (when renamed) and the `scenarios:` section (when there are any), after the settings. */
export function writeScenarios(estate: EstateText & EstateScenariosText, workloads: readonly Workload[], lines: string[]): void {
  if (estate.baselineName !== DEFAULT_BASELINE_NAME) lines.push(`baselineName: ${yamlString(estate.baselineName)}`);
  if (!estate.scenarios.length) return;
  lines.push("# Each scenario holds only what it decides differently from the baseline; what it leaves out is the baseline's.", 'scenarios:');
  // Reduced over the baseline first: a decision equal to the baseline's is the baseline's, so one estate has one text.
  for (const s of scenariosOver(estate).scenarios) writeScenario(s, estate, workloads, lines);
}
