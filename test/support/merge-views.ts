import type { EstateContent, EstateSnapshot } from '../../shared/estate/estate.js';
import { BASELINE_SCENARIO_ID } from '../../shared/estate/scenarios.js';
import { NO_SCENARIOS } from '../../shared/estate-text/scenario-text.js';
import { scenarioView } from '../../shared/estate-text/scenario-view.js';
import type { EstateText } from '../../shared/estate-text/text-form.js';
import { writeEstateYaml } from '../../shared/estate-text/write-text.js';

// What the merge's change set is checked by: the estate's text, byte for byte, with its
// dependencies by id (one removed and added back by an undo comes back at the end of
// the list; their order is not meaning, as in the change ops' own tests), and workloads
// at one position by id (a file orders those by when they were written).

const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const at = (e: EstateText, id: string) => e.positions[id] ?? 0;
export const textOf = (e: EstateText): string => {
  const workloads = byId(e.workloads).sort((a, b) => at(e, a.id) - at(e, b.id));
  return writeEstateYaml({ ...e, workloads, dependencies: byId(e.dependencies) });
};

/** The open window's snapshot of a text's scenario: what the app holds in memory. */
export function snapshotOf(text: EstateText, scenarioId: string): EstateSnapshot {
  const { name: _name, baselineName: _baseline, scenarios: _scenarios, ...content } = scenarioView(text, scenarioId).view;
  const estate = { id: 'e', name: text.name, workloadCount: 0, dependencyCount: 0, revision: 0, createdAt: '', updatedAt: '', schemaVersion: 9 };
  const scenarios = [{ id: BASELINE_SCENARIO_ID, name: text.baselineName }, ...text.scenarios.map((s) => ({ id: s.id, name: s.name }))];
  return { estate, ...content, scenarios, activeScenarioId: scenarioId };
}

/** A snapshot's view as text (no scenarios of its own), with the list of scenarios it names and the one open. */
export function viewTextOf(snapshot: EstateContent & Partial<Pick<EstateSnapshot, 'scenarios' | 'activeScenarioId'>>, name: string): string {
  const { scenarios, activeScenarioId, ...content } = snapshot as EstateSnapshot;
  const { estate: _estate, ...rest } = content as EstateSnapshot;
  return `${textOf({ name, ...rest, ...NO_SCENARIOS })}# open: ${activeScenarioId}\n# scenarios: ${JSON.stringify(scenarios)}\n`;
}
