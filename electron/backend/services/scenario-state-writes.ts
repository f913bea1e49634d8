import type { Database } from 'better-sqlite3';
import type { ScenarioState } from '../../../shared/changes/scenario-state.js';
import { ESTATE_SETTINGS } from '../../../shared/estate/estate-settings.js';
import { BASELINE_SCENARIO_ID, SCENARIO_SETTING_NAMES, type ScenarioSettingName } from '../../../shared/estate/scenarios.js';
import type { EstateScenarios } from './estate-scenarios.js';
import { DECISION_COLUMNS, decisionsToRow } from './estate-rows.js';

// How the setScenario op (shared/changes/scenario-state.ts) is written: a scenario made,
// removed or set to exactly the rows and settings it holds afterwards; the baseline's
// listed decisions and settings written the way an edit of the baseline writes them
// (scenarios still following it keep the old value first). Called inside the
// repository's transaction.

const COLUMNS = DECISION_COLUMNS.join(', ');

export class ScenarioStateWrites {
  private readonly s: ReturnType<ScenarioStateWrites['prepare']>;

  constructor(
    private readonly db: Database,
    private readonly scenarios: EstateScenarios,
  ) {
    this.s = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      others: db.prepare(`SELECT id FROM scenario WHERE id <> '${BASELINE_SCENARIO_ID}' ORDER BY position, rowid`).pluck(),
      insert: db.prepare('INSERT INTO scenario (id, name, position) VALUES (?, ?, ?)'),
      place: db.prepare('UPDATE scenario SET position = ? WHERE id = ?'),
      rename: db.prepare('UPDATE scenario SET name = ? WHERE id = ?'),
      dropRows: db.prepare('DELETE FROM scenario_workload WHERE scenarioId = ?'),
      // A row of a workload the estate does not hold (yet) is left out: an undo brings such a workload back with its rows (removed-workloads.ts).
      putRow: db.prepare(
        `INSERT INTO scenario_workload (scenarioId, workloadId, ${COLUMNS}) SELECT ?, ?, ${DECISION_COLUMNS.map(() => '?').join(', ')} WHERE EXISTS (SELECT 1 FROM workload WHERE id = ?)`,
      ),
      dropSettings: db.prepare('DELETE FROM scenario_setting WHERE scenarioId = ?'),
      baselineDecisions: db.prepare(`UPDATE workload SET ${DECISION_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`),
      putBaselineSetting: db.prepare('INSERT INTO estate_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    };
  }

  /** `current` reads the baseline's setting as it is now (what a scenario following it keeps). */
  write(id: string, before: ScenarioState | null, after: ScenarioState | null, current: (name: ScenarioSettingName) => unknown): void {
    if (id === BASELINE_SCENARIO_ID) return this.writeBaseline(after!, current);
    if (!after) {
      this.scenarios.remove(id);
      return;
    }
    if (!before) this.insertAt(id, after);
    else {
      this.scenarios.check(id);
      this.s.rename.run(after.name, id);
    }
    this.s.dropRows.run(id);
    for (const [workloadId, decisions] of Object.entries(after.decisions)) this.s.putRow.run(id, workloadId, ...decisionsToRow(decisions), workloadId);
    this.s.dropSettings.run(id);
    for (const name of SCENARIO_SETTING_NAMES) {
      const value = after.settings[name];
      if (value !== undefined) this.scenarios.writeSetting(id, name, value);
    }
    if (after.active) this.scenarios.setActive(id);
  }

  /** A new scenario at its place in the list: the others after it move down one. */
  private insertAt(id: string, state: ScenarioState): void {
    const others = this.s.others.all() as string[];
    others.splice(Math.max(0, state.index - 1), 0, id);
    this.s.insert.run(id, state.name, 0);
    others.forEach((other, i) => this.s.place.run(i + 1, other));
  }

  private writeBaseline(after: ScenarioState, current: (name: ScenarioSettingName) => unknown): void {
    this.s.rename.run(after.name, BASELINE_SCENARIO_ID);
    for (const [workloadId, decisions] of Object.entries(after.decisions)) {
      this.scenarios.pinBaselineDecisions(workloadId);
      this.s.baselineDecisions.run(...decisionsToRow(decisions), workloadId);
    }
    for (const name of SCENARIO_SETTING_NAMES) {
      const value = after.settings[name];
      if (value === undefined) continue;
      this.scenarios.pinBaselineSetting(name, current(name));
      this.s.putBaselineSetting.run(ESTATE_SETTINGS[name].storedAs, JSON.stringify(value));
    }
    if (after.active) this.scenarios.setActive(BASELINE_SCENARIO_ID);
  }
}
