import { BASELINE_SCENARIO_ID, type EstateContent } from '../../../shared/estate/estate.js';
import { ESTATE_SETTINGS, readSetting, type EstateSettings } from '../../../shared/estate/estate-settings.js';
import { SCENARIO_DECISION_FIELDS, type ScenarioDecisions, type ScenarioSettingName } from '../../../shared/estate/scenarios.js';
import { type EstateScenariosText, scenarioOver } from '../../../shared/estate-text/scenario-text.js';
import type { EstateText } from '../../../shared/estate-text/text-form.js';
import type { EstateRepository } from './estate-repository.js';
import type { ScenarioRows } from './estate-scenarios.js';
import { decisionsFromRow, decisionsToRow } from './estate-rows.js';

// An estate file's scenarios to and from the text form (issue 20): what `waveplan export
// --yaml`, the app's "Export as text" and both imports of a text go through. The text
// holds what each scenario does differently from the baseline; the file holds each
// scenario's rows. Reading the rows back as the text says them loses nothing a
// scenario shows: a row equal to the baseline's is what the baseline gives anyway.

/** The estate in a file as its text holds it: the baseline's content, and every other scenario over it, from its rows. */
export function estateTextOf(repo: EstateRepository, schemaVersion: number): EstateText {
  const { estate, scenarios: _scenarios, activeScenarioId: _active, ...baseline } = repo.snapshot(schemaVersion, BASELINE_SCENARIO_ID);
  return { name: estate.name, ...baseline, ...scenariosOfRows(baseline, repo.scenarios.rows()) };
}

/** The scenario rows a new file gets for a text: the baseline named as the text names it and active, then each scenario in order. */
export function scenarioRowsOf(text: EstateText): ScenarioRows {
  const workloads = new Map(text.workloads.map((w) => [w.id, w]));
  const rows: ScenarioRows = { scenarios: [{ id: BASELINE_SCENARIO_ID, name: text.baselineName, position: 0 }], activeScenarioId: BASELINE_SCENARIO_ID, decisions: [], settings: [] };
  text.scenarios.forEach((s, i) => {
    rows.scenarios.push({ id: s.id, name: s.name, position: i + 1 });
    for (const [workloadId, own] of Object.entries(s.decisions)) {
      const w = workloads.get(workloadId);
      if (!w) continue;
      const decisions = Object.fromEntries(SCENARIO_DECISION_FIELDS.map((f) => [f, Object.hasOwn(own, f) ? own[f] : w[f]]));
      rows.decisions.push([s.id, workloadId, ...decisionsToRow(decisions as Parameters<typeof decisionsToRow>[0])]);
    }
    for (const [name, value] of Object.entries(s.settings)) {
      rows.settings.push({ scenarioId: s.id, key: ESTATE_SETTINGS[name as keyof typeof ESTATE_SETTINGS].storedAs, value: JSON.stringify(value) });
    }
  });
  return rows;
}

/** The text's content without its scenarios: what a new file's baseline rows are written from. */
export function baselineContentOf(text: EstateText): { name: string; content: EstateContent } {
  const { name, baselineName: _name, scenarios: _scenarios, ...content } = text;
  return { name, content };
}

/** The text's scenarios from another file's rows (read in a worker) over its baseline: what a merge's other copy brings. */
export function scenariosOfRows(baseline: EstateContent, rows: ScenarioRows): EstateScenariosText {
  const decisions = new Map<string, Map<string, ScenarioDecisions>>();
  for (const row of rows.decisions) {
    const [scenarioId, workloadId] = row as [string, string];
    if (!decisions.has(scenarioId)) decisions.set(scenarioId, new Map());
    decisions.get(scenarioId)!.set(workloadId, decisionsFromRow(row.slice(2)));
  }
  const settings = (scenarioId: string, name: ScenarioSettingName) => {
    const stored = rows.settings.find((x) => x.scenarioId === scenarioId && x.key === ESTATE_SETTINGS[name].storedAs);
    return stored ? (readSetting(name, stored.value) as EstateSettings[typeof name]) : undefined;
  };
  return {
    baselineName: rows.scenarios.find((s) => s.id === BASELINE_SCENARIO_ID)?.name ?? 'Baseline',
    scenarios: rows.scenarios
      .filter((s) => s.id !== BASELINE_SCENARIO_ID)
      .map((s) =>
        scenarioOver(
          baseline,
          s.id,
          s.name,
          (w) => decisions.get(s.id)?.get(w.id),
          (name) => settings(s.id, name),
        ),
      ),
  };
}
