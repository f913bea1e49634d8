import { BASELINE_SCENARIO_ID, SCENARIO_DECISION_FIELDS, SCENARIO_SETTING_NAMES } from '../estate/scenarios.js';
import { leaves, sameValue, shownPath } from './same-value.js';
import { decisionIn, settingIn, type ScenarioText } from './scenario-text.js';
import type { EstateText } from './text-form.js';

// What changed in an estate's scenarios from one copy to another, by scenario id: added,
// removed, renamed, and in a scenario kept, each decision and setting field whose
// scenario line changed (shown as the values the scenario sees before and after). A
// scenario that simply follows a baseline change is not listed again: the baseline's
// change says it.

export interface ScenarioRef {
  id: string;
  /** The scenario's name. */
  label: string;
}

export interface ScenarioDecisionChange {
  scenario: ScenarioRef;
  workload: ScenarioRef;
  field: string;
  before: unknown;
  after: unknown;
}

export interface ScenarioSettingChange {
  scenario: ScenarioRef;
  /** The setting's path, e.g. planSettings.waveLengthDays. */
  field: string;
  before: unknown;
  after: unknown;
}

export interface ScenariosDiff {
  added: ScenarioRef[];
  removed: ScenarioRef[];
  /** The baseline's (id "baseline") and other scenarios' names. */
  renamed: (ScenarioRef & { before: string; after: string })[];
  decisions: ScenarioDecisionChange[];
  settings: ScenarioSettingChange[];
}

export const isEmptyScenariosDiff = (d: ScenariosDiff) => !d.added.length && !d.removed.length && !d.renamed.length && !d.decisions.length && !d.settings.length;

function decisionChanges(a: EstateText, b: EstateText, sa: ScenarioText, sb: ScenarioText, into: ScenarioDecisionChange[]): void {
  const before = new Map(a.workloads.map((w) => [w.id, w]));
  const scenario = { id: sb.id, label: sb.name };
  for (const wb of b.workloads) {
    const wa = before.get(wb.id);
    if (!wa) continue;
    const [oa, ob] = [sa.decisions[wb.id], sb.decisions[wb.id]];
    if (!oa && !ob) continue;
    for (const field of SCENARIO_DECISION_FIELDS) {
      if (!(oa && Object.hasOwn(oa, field)) && !(ob && Object.hasOwn(ob, field))) continue;
      const [x, y] = [decisionIn(sa, wa, field), decisionIn(sb, wb, field)];
      if (!sameValue(x, y)) into.push({ scenario, workload: { id: wb.id, label: wb.name }, field, before: x, after: y });
    }
  }
}

function settingChangesBetween(a: EstateText, b: EstateText, sa: ScenarioText, sb: ScenarioText, into: ScenarioSettingChange[]): void {
  const scenario = { id: sb.id, label: sb.name };
  for (const name of SCENARIO_SETTING_NAMES) {
    if (sa.settings[name] === undefined && sb.settings[name] === undefined) continue;
    const [la, lb] = [leaves(settingIn(sa, a, name)), leaves(settingIn(sb, b, name))];
    const [ba, bb] = [leaves(a[name]), leaves(b[name])];
    for (const path of new Set([...la.keys(), ...lb.keys()])) {
      if (sameValue(la.get(path), lb.get(path))) continue;
      // Followed the baseline on both sides: the baseline's own change says it.
      if (sameValue(la.get(path), ba.get(path)) && sameValue(lb.get(path), bb.get(path))) continue;
      into.push({ scenario, field: `${name}.${shownPath(path)}`, before: la.get(path), after: lb.get(path) });
    }
  }
}

export function diffScenarios(a: EstateText, b: EstateText): ScenariosDiff {
  const diff: ScenariosDiff = { added: [], removed: [], renamed: [], decisions: [], settings: [] };
  if (a.baselineName !== b.baselineName) diff.renamed.push({ id: BASELINE_SCENARIO_ID, label: b.baselineName, before: a.baselineName, after: b.baselineName });
  const before = new Map(a.scenarios.map((s) => [s.id, s]));
  const after = new Set(b.scenarios.map((s) => s.id));
  for (const s of a.scenarios) if (!after.has(s.id)) diff.removed.push({ id: s.id, label: s.name });
  for (const sb of b.scenarios) {
    const sa = before.get(sb.id);
    if (!sa) {
      diff.added.push({ id: sb.id, label: sb.name });
      continue;
    }
    if (sa.name !== sb.name) diff.renamed.push({ id: sb.id, label: sb.name, before: sa.name, after: sb.name });
    decisionChanges(a, b, sa, sb, diff.decisions);
    settingChangesBetween(a, b, sa, sb, diff.settings);
  }
  return diff;
}
