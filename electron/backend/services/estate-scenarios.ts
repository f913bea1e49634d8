import type { Database, Statement } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { Workload } from '../../../shared/domain/workload.js';
import { BASELINE_SCENARIO_ID, type ScenarioSummary } from '../../../shared/estate/estate.js';
import { ESTATE_SETTINGS, type EstateSettings } from '../../../shared/estate/estate-settings.js';
import { copyName, SCENARIO_SETTING_NAMES, scenarioNameProblem, type ScenarioDecisionField, type ScenarioSettingName } from '../../../shared/estate/scenarios.js';
import { WaveplanError } from '../../../shared/errors.js';
import { DECISION_COLUMNS, decisionsFromRow, toColumn } from './estate-rows.js';

// The scenario tables of one estate file (migration 008). The baseline's decisions and
// settings are the workload and estate_setting tables; another scenario's are its rows
// here, a workload without a row taking the baseline's. Before the baseline changes a
// decision or a setting, every scenario still following it is given the old value, so
// an edit in one scenario never shows in another. The repository calls these inside
// its own transactions.

/** A scenario's rows as they are in the file: what an imported estate carries into its new file. */
export interface ScenarioRows {
  scenarios: { id: string; name: string; position: number }[];
  activeScenarioId: string;
  /** [scenarioId, workloadId, ...DECISION_COLUMNS] as stored. */
  decisions: unknown[][];
  settings: { scenarioId: string; key: string; value: string }[];
}

const COLUMNS = DECISION_COLUMNS.join(', ');
const SETTING_KEYS: ReadonlySet<string> = new Set(SCENARIO_SETTING_NAMES.map((name) => ESTATE_SETTINGS[name].storedAs));

function newScenarioId(name: string): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'scenario';
  return `${slug}-${randomBytes(3).toString('hex')}`;
}

export class EstateScenarios {
  private readonly s: ReturnType<EstateScenarios['prepare']>;

  constructor(private readonly db: Database) {
    this.s = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      list: db.prepare('SELECT id, name FROM scenario ORDER BY position, rowid'),
      rows: db.prepare('SELECT id, name, position FROM scenario ORDER BY position, rowid'),
      exists: db.prepare('SELECT 1 FROM scenario WHERE id = ?').pluck(),
      nextPosition: db.prepare('SELECT coalesce(max(position), 0) + 1 FROM scenario').pluck(),
      insert: db.prepare('INSERT INTO scenario (id, name, position) VALUES (?, ?, ?)'),
      rename: db.prepare('UPDATE scenario SET name = ? WHERE id = ?'),
      remove: db.prepare('DELETE FROM scenario WHERE id = ?'),
      active: db.prepare('SELECT scenarioId FROM active_scenario WHERE singleton = 1').pluck(),
      setActive: db.prepare('UPDATE active_scenario SET scenarioId = ? WHERE singleton = 1'),
      decisionsOf: db.prepare(`SELECT workloadId, ${COLUMNS} FROM scenario_workload WHERE scenarioId = ?`).raw(true),
      copyBaselineDecisions: db.prepare(`INSERT INTO scenario_workload (scenarioId, workloadId, ${COLUMNS}) SELECT ?, id, ${COLUMNS} FROM workload`),
      copyDecisions: db.prepare(`INSERT INTO scenario_workload (scenarioId, workloadId, ${COLUMNS}) SELECT ?, workloadId, ${COLUMNS} FROM scenario_workload WHERE scenarioId = ?`),
      // A workload the scenario follows the baseline for gets the baseline's decisions as its own.
      ownDecisions: db.prepare(`INSERT OR IGNORE INTO scenario_workload (scenarioId, workloadId, ${COLUMNS}) SELECT ?, id, ${COLUMNS} FROM workload WHERE id = ?`),
      pinBaselineDecisions: db.prepare(
        `INSERT OR IGNORE INTO scenario_workload (scenarioId, workloadId, ${COLUMNS}) SELECT s.id, w.id, ${DECISION_COLUMNS.map((c) => `w.${c}`).join(', ')} FROM scenario s, workload w WHERE s.id <> '${BASELINE_SCENARIO_ID}' AND w.id = ?`,
      ),
      settingsOf: db.prepare('SELECT key, value FROM scenario_setting WHERE scenarioId = ?').raw(true),
      putSetting: db.prepare('INSERT INTO scenario_setting (scenarioId, key, value) VALUES (?, ?, ?) ON CONFLICT (scenarioId, key) DO UPDATE SET value = excluded.value'),
      pinBaselineSetting: db.prepare(`INSERT OR IGNORE INTO scenario_setting (scenarioId, key, value) SELECT id, ?, ? FROM scenario WHERE id <> '${BASELINE_SCENARIO_ID}'`),
      allDecisions: db.prepare(`SELECT scenarioId, workloadId, ${COLUMNS} FROM scenario_workload ORDER BY rowid`).raw(true),
      allSettings: db.prepare('SELECT scenarioId, key, value FROM scenario_setting ORDER BY rowid'),
      insertDecisions: db.prepare(`INSERT INTO scenario_workload (scenarioId, workloadId, ${COLUMNS}) VALUES (${['?', '?', ...DECISION_COLUMNS.map(() => '?')].join(', ')})`),
      updateDecision: new Map<string, Statement>(),
    };
  }

  /** Baseline first, then the others in the order they were made. */
  list(): ScenarioSummary[] {
    return this.s.list.all() as ScenarioSummary[];
  }

  active(): string {
    return this.s.active.get() as string;
  }

  /** Throws 'not-found' for an id the estate has no scenario with. */
  check(scenarioId: string): void {
    if (!this.s.exists.get(scenarioId)) throw new WaveplanError('not-found', `This estate has no scenario “${scenarioId}”. It may have been deleted in another window; reload the estate.`);
  }

  setActive(scenarioId: string): void {
    this.check(scenarioId);
    this.s.setActive.run(scenarioId);
  }

  /** Lays a scenario's own decisions over the baseline's workloads (new objects; the baseline's are not changed). */
  overlay(workloads: Workload[], scenarioId: string): void {
    if (scenarioId === BASELINE_SCENARIO_ID) return;
    const index = new Map<string, number>();
    workloads.forEach((w, i) => index.set(w.id, i));
    for (const row of this.s.decisionsOf.all(scenarioId) as unknown[][]) {
      const i = index.get(row[0] as string);
      if (i !== undefined) workloads[i] = { ...(workloads[i] as Workload), ...decisionsFromRow(row.slice(1)) };
    }
  }

  /** A scenario's settings: its own four over the baseline's (which also give the shared classification). */
  settings(baseline: EstateSettings, scenarioId: string, read: (name: ScenarioSettingName, stored: string) => unknown): EstateSettings {
    if (scenarioId === BASELINE_SCENARIO_ID) return baseline;
    const own = new Map((this.s.settingsOf.all(scenarioId) as [string, string][]).map(([key, value]) => [key, value]));
    const settings = { ...baseline } as Record<string, unknown>;
    for (const name of SCENARIO_SETTING_NAMES) {
      const stored = own.get(ESTATE_SETTINGS[name].storedAs);
      if (stored !== undefined) settings[name] = read(name, stored);
    }
    return settings as EstateSettings;
  }

  /** A new scenario holding a copy of `from`'s decisions and settings (as `from` sees them); returns its id. */
  create(name: string, from: string, fromSettings: EstateSettings): string {
    this.check(from);
    const problem = scenarioNameProblem(name, this.list());
    if (problem) throw new WaveplanError('invalid-input', problem);
    let id = newScenarioId(name);
    while (this.s.exists.get(id)) id = newScenarioId(name);
    this.s.insert.run(id, name.trim(), this.s.nextPosition.get());
    if (from === BASELINE_SCENARIO_ID) this.s.copyBaselineDecisions.run(id);
    else this.s.copyDecisions.run(id, from);
    // All four whole, so a later change to the baseline's never reaches this one.
    for (const setting of SCENARIO_SETTING_NAMES) this.s.putSetting.run(id, ESTATE_SETTINGS[setting].storedAs, JSON.stringify(fromSettings[setting]));
    return id;
  }

  /** The name a copy of a scenario gets when none is given. */
  copyNameOf(scenarioId: string): string {
    const scenarios = this.list();
    const source = scenarios.find((s) => s.id === scenarioId);
    if (!source) return this.check(scenarioId) as never;
    return copyName(source.name, scenarios);
  }

  rename(scenarioId: string, name: string): void {
    this.check(scenarioId);
    const problem = scenarioNameProblem(name, this.list(), scenarioId);
    if (problem) throw new WaveplanError('invalid-input', problem);
    this.s.rename.run(name.trim(), scenarioId);
  }

  /** Deletes a scenario with its rows; the active one hands over to the baseline first. */
  remove(scenarioId: string): void {
    if (scenarioId === BASELINE_SCENARIO_ID) throw new WaveplanError('invalid-input', 'The baseline cannot be deleted: every other scenario is measured against it.');
    this.check(scenarioId);
    if (this.active() === scenarioId) this.s.setActive.run(BASELINE_SCENARIO_ID);
    this.s.remove.run(scenarioId);
  }

  /** Writes one decision of one workload in a scenario other than the baseline; 0 when there is no such workload. */
  writeDecision(scenarioId: string, workloadId: string, field: ScenarioDecisionField, value: unknown): number {
    this.s.ownDecisions.run(scenarioId, workloadId);
    let statement = this.s.updateDecision.get(field);
    if (!statement) {
      // Field names come from SCENARIO_DECISION_FIELDS, never from free text.
      statement = this.db.prepare(`UPDATE scenario_workload SET ${field} = ? WHERE scenarioId = ? AND workloadId = ?`);
      this.s.updateDecision.set(field, statement);
    }
    return statement.run(toColumn(field, value), scenarioId, workloadId).changes;
  }

  /** Before the baseline changes a workload's decision: every scenario following it keeps what it saw. */
  pinBaselineDecisions(workloadId: string): void {
    this.s.pinBaselineDecisions.run(workloadId);
  }

  writeSetting(scenarioId: string, name: ScenarioSettingName, value: unknown): void {
    this.s.putSetting.run(scenarioId, ESTATE_SETTINGS[name].storedAs, JSON.stringify(value));
  }

  /** Before the baseline changes a setting: every scenario without its own keeps the baseline's current one. */
  pinBaselineSetting(name: ScenarioSettingName, current: unknown): void {
    this.s.pinBaselineSetting.run(ESTATE_SETTINGS[name].storedAs, JSON.stringify(current));
  }

  /** Every scenario row, for copying into another file (an import). */
  rows(): ScenarioRows {
    return {
      scenarios: this.s.rows.all() as ScenarioRows['scenarios'],
      activeScenarioId: this.active(),
      decisions: this.s.allDecisions.all() as unknown[][],
      settings: this.s.allSettings.all() as ScenarioRows['settings'],
    };
  }

  /** Writes the rows of another (checked) file into this new one, whose baseline row its migration made. */
  insertRows(rows: ScenarioRows): void {
    for (const scenario of rows.scenarios) {
      if (scenario.id === BASELINE_SCENARIO_ID) this.s.rename.run(scenario.name, scenario.id);
      else this.s.insert.run(scenario.id, scenario.name, scenario.position);
    }
    for (const row of rows.decisions) this.s.insertDecisions.run(...row);
    for (const { scenarioId, key, value } of rows.settings) if (SETTING_KEYS.has(key)) this.s.putSetting.run(scenarioId, key, value);
    this.s.setActive.run(rows.activeScenarioId);
  }
}
