import { BASELINE_SCENARIO_ID } from '../estate/scenarios.js';
import { NO_SCENARIOS } from './scenario-text.js';
import type { EstateText } from './text-form.js';

// One scenario's view of an estate held as text: the baseline with the scenario's
// decisions and settings laid over it, as the app shows that scenario (what the merge's
// tests compare the window's view with; the merge itself takes every scenario).

export interface ScenarioView {
  /** The view, holding no scenarios of its own. */
  view: EstateText;
  /** Whether the copy has the scenario asked for (else the view is its baseline's). */
  matched: boolean;
  /** The copy's scenarios the view leaves out, by name (its baseline's included when another is viewed). */
  leftOut: string[];
}

export function scenarioView(estate: EstateText, scenarioId: string): ScenarioView {
  const s = scenarioId === BASELINE_SCENARIO_ID ? undefined : estate.scenarios.find((x) => x.id === scenarioId);
  const matched = scenarioId === BASELINE_SCENARIO_ID || s !== undefined;
  const view: EstateText = s
    ? { ...estate, workloads: estate.workloads.map((w) => (s.decisions[w.id] ? { ...w, ...s.decisions[w.id] } : w)), ...s.settings, ...NO_SCENARIOS }
    : { ...estate, ...NO_SCENARIOS };
  const leftOut = [...(s ? [estate.baselineName] : []), ...estate.scenarios.filter((x) => x !== s).map((x) => x.name)];
  return { view, matched, leftOut };
}
