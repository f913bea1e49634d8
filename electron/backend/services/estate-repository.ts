import type { Database, Statement } from 'better-sqlite3';
import type { Change } from '../../../shared/changes/change-set.js';
import { byOp, type OpTable } from '../../../shared/changes/ops.js';
import type { Dependency } from '../../../shared/domain/dependency.js';
import { BASELINE_SCENARIO_ID, type EstateContent, type EstateSnapshot, type EstateSummary } from '../../../shared/estate/estate.js';
import { ESTATE_SETTINGS, readSetting, SETTING_NAMES, type EstateSettings, type SettingName } from '../../../shared/estate/estate-settings.js';
import type { Workload } from '../../../shared/domain/workload.js';
import { isScenarioDecision, isScenarioSetting } from '../../../shared/estate/scenarios.js';
import { WaveplanError } from '../../../shared/errors.js';
import { RemovedWorkloads } from './removed-workloads.js';
import { EstateScenarios, type ScenarioRows } from './estate-scenarios.js';
import { ScenarioStateWrites } from './scenario-state-writes.js';
import { DEPENDENCY_COLUMNS, WORKLOAD_COLUMNS, dependencyFromRow, dependencyToRow, toColumn, workloadFromRow, workloadToRow } from './estate-rows.js';

/**
 * A write the disk refused (full, or an I/O error): SQLite rolled the transaction back,
 * so the file holds everything saved before it. Said as such, not as an internal error.
 */
export function storageError(error: unknown): WaveplanError | null {
  const code = (error as { code?: string }).code ?? '';
  if (!/^SQLITE_(FULL|IOERR)/.test(code) && code !== 'ENOSPC') return null;
  const full = code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_WRITE';
  return new WaveplanError(
    'storage',
    `${full ? 'The disk is full' : 'The estate file could not be written'}: your last edit was not saved. Everything saved before it is safe in the file. ${full ? 'Free some space' : 'Check the disk'} and make the edit again.`,
    { code },
  );
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Reads and writes one open estate file. Every write is one transaction. */
export class EstateRepository {
  private readonly statements: ReturnType<EstateRepository['prepare']>;
  readonly scenarios: EstateScenarios;
  /** What removed workloads' scenarios had decided, for their undo. */
  private readonly removed: RemovedWorkloads;
  private readonly scenarioStates: ScenarioStateWrites;
  /** The scenario the change set being written applies to (read at the start of its transaction). */
  private writingTo = BASELINE_SCENARIO_ID;

  constructor(
    readonly id: string,
    readonly db: Database,
    private readonly now: () => string,
  ) {
    this.statements = this.prepare();
    this.scenarios = new EstateScenarios(db);
    this.removed = new RemovedWorkloads(db);
    this.scenarioStates = new ScenarioStateWrites(db, this.scenarios);
  }

  /** How each op is written, with the rules applyChanges (shared/changes/apply.ts) applies in memory. */
  static readonly writes: OpTable<[repository: EstateRepository, fail: (message: string) => never], void> = {
    addWorkload(change, repository) {
      repository.statements.insertWorkload.run(...workloadToRow(change.workload), change.position);
      repository.removed.restore(change.workload);
    },
    updateWorkload(change, repository, fail) {
      // A decision goes to the scenario being edited; a fact to the inventory all of them share.
      const { field } = change;
      const scenario = repository.writingTo;
      let written: number;
      if (isScenarioDecision(field) && scenario !== BASELINE_SCENARIO_ID) written = repository.scenarios.writeDecision(scenario, change.id, field, change.value);
      else {
        if (isScenarioDecision(field)) repository.scenarios.pinBaselineDecisions(change.id);
        written = repository.update('workload', change.id, field, change.value);
      }
      if (written === 0) fail(`no workload with id ${change.id}`);
    },
    removeWorkload(change, repository, fail) {
      repository.removed.keep(change.id, repository.writingTo);
      if (repository.statements.deleteWorkload.run(change.id).changes === 0) fail(`no workload with id ${change.id}`);
    },
    addDependency(change, { statements: s }) {
      s.insertDependency.run(...dependencyToRow(change.dependency));
    },
    updateDependency(change, repository, fail) {
      if (repository.update('dependency', change.id, change.field, change.value) === 0) fail(`no dependency with id ${change.id}`);
    },
    removeDependency(change, { statements: s }, fail) {
      if (s.deleteDependency.run(change.id).changes === 0) fail(`no dependency with id ${change.id}`);
    },
    setNodePositions(change, { statements: s }) {
      for (const [id, position] of Object.entries(change.positions)) {
        if (position) s.placeNode.run(id, position.x, position.y);
        else s.forgetNode.run(id);
      }
    },
    setSetting(change, repository) {
      const { name } = change;
      const scenario = repository.writingTo;
      if (isScenarioSetting(name) && scenario !== BASELINE_SCENARIO_ID) return repository.scenarios.writeSetting(scenario, name, change.value);
      if (isScenarioSetting(name)) repository.scenarios.pinBaselineSetting(name, repository.settings()[name]);
      repository.statements.putSetting.run(ESTATE_SETTINGS[name].storedAs, JSON.stringify(change.value));
    },
    setScenario(change, repository) {
      repository.scenarioStates.write(change.id, change.before, change.after, (name) => repository.settings()[name]);
      // The open scenario removed (or brought back): later edits of the set go where the window now looks.
      repository.writingTo = repository.scenarios.active();
    },
  };

  private prepare() {
    const db = this.db;
    return {
      header: db.prepare('SELECT name, revision, createdAt, updatedAt FROM estate WHERE singleton = 1'),
      counts: db.prepare('SELECT (SELECT count(*) FROM workload) AS workloads, (SELECT count(*) FROM dependency) AS dependencies'),
      bump: db.prepare('UPDATE estate SET revision = revision + 1, updatedAt = ? WHERE singleton = 1'),
      rename: db.prepare('UPDATE estate SET name = ?, updatedAt = ? WHERE singleton = 1'),
      workloads: db.prepare(`SELECT ${WORKLOAD_COLUMNS.join(', ')}, position FROM workload ORDER BY position, rowid`).raw(true),
      dependencies: db.prepare(`SELECT ${DEPENDENCY_COLUMNS.join(', ')} FROM dependency ORDER BY rowid`).raw(true),
      insertWorkload: db.prepare(`INSERT INTO workload (${WORKLOAD_COLUMNS.join(', ')}, position) VALUES (${placeholders(WORKLOAD_COLUMNS.length + 1)})`),
      deleteWorkload: db.prepare('DELETE FROM workload WHERE id = ?'),
      insertDependency: db.prepare(`INSERT INTO dependency (${DEPENDENCY_COLUMNS.join(', ')}) VALUES (${placeholders(DEPENDENCY_COLUMNS.length)})`),
      deleteDependency: db.prepare('DELETE FROM dependency WHERE id = ?'),
      nodePositions: db.prepare('SELECT workloadId, x, y FROM node_position').raw(true),
      placeNode: db.prepare('INSERT INTO node_position (workloadId, x, y) VALUES (?, ?, ?) ON CONFLICT (workloadId) DO UPDATE SET x = excluded.x, y = excluded.y'),
      forgetNode: db.prepare('DELETE FROM node_position WHERE workloadId = ?'),
      setting: db.prepare('SELECT value FROM estate_setting WHERE key = ?').pluck(),
      putSetting: db.prepare('INSERT INTO estate_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      updateWorkload: new Map<string, Statement>(),
      updateDependency: new Map<string, Statement>(),
    };
  }

  summary(schemaVersion: number): EstateSummary {
    const h = this.statements.header.get() as { name: string; revision: number; createdAt: string; updatedAt: string };
    const c = this.statements.counts.get() as { workloads: number; dependencies: number };
    return { id: this.id, ...h, workloadCount: c.workloads, dependencyCount: c.dependencies, schemaVersion };
  }

  /** Every estate setting of the baseline, stored values over the defaults. */
  private settings(): EstateSettings {
    const settings = {} as Record<SettingName, unknown>;
    for (const name of SETTING_NAMES) settings[name] = readSetting(name, this.statements.setting.get(ESTATE_SETTINGS[name].storedAs) as string | undefined);
    return settings as EstateSettings;
  }

  /** A scenario's settings: its own four over the baseline's. */
  private settingsOf(scenarioId: string): EstateSettings {
    return this.scenarios.settings(this.settings(), scenarioId, (name, stored) => readSetting(name, stored));
  }

  /** The estate as a scenario sees it: the active one unless another is named. */
  snapshot(schemaVersion: number, scenarioId?: string): EstateSnapshot {
    // One read transaction, so the header and the rows are from the same revision.
    return this.db.transaction(() => {
      const scenario = scenarioId ?? this.scenarios.active();
      this.scenarios.check(scenario);
      const workloads: Workload[] = [];
      const positions: Record<string, number> = {};
      const positionIndex = WORKLOAD_COLUMNS.length;
      for (const row of this.statements.workloads.all() as unknown[][]) {
        const w = workloadFromRow(row);
        workloads.push(w);
        positions[w.id] = row[positionIndex] as number;
      }
      const dependencies = (this.statements.dependencies.all() as unknown[][]).map(dependencyFromRow);
      const nodePositions: EstateSnapshot['nodePositions'] = {};
      for (const [id, x, y] of this.statements.nodePositions.all() as [string, number, number][]) nodePositions[id] = { x, y };
      this.scenarios.overlay(workloads, scenario);
      const settings = this.settingsOf(scenario);
      return { estate: this.summary(schemaVersion), workloads, positions, dependencies, nodePositions, ...settings, scenarios: this.scenarios.list(), activeScenarioId: scenario };
    })();
  }

  /**
   * Changes the estate's scenarios (create, duplicate, delete, switch) in one
   * transaction that moves the revision on: a window still editing the scenario that
   * was active is refused as "changed in another window" rather than writing into
   * another. Answers the estate as the active scenario now sees it.
   */
  changeScenarios(schemaVersion: number, change: (scenarios: EstateScenarios) => void): EstateSnapshot {
    try {
      this.db.transaction(() => {
        change(this.scenarios);
        this.statements.bump.run(this.now());
      })();
    } catch (error) {
      throw storageError(error) ?? error;
    }
    return this.snapshot(schemaVersion);
  }

  /** A new scenario with a copy of `from`'s decisions and settings, made active. */
  createScenario(schemaVersion: number, name: string, from: string): EstateSnapshot {
    return this.changeScenarios(schemaVersion, (scenarios) => {
      scenarios.check(from);
      scenarios.setActive(scenarios.create(name, from, this.settingsOf(from)));
    });
  }

  rename(name: string): void {
    this.statements.rename.run(name, this.now());
  }

  /** Inserts workloads and dependencies as they are (new estates, the sample, imports). */
  insertContent(workloads: readonly Workload[], dependencies: readonly Dependency[], settings: Partial<EstateSettings> = {}): void {
    const s = this.statements;
    this.db.transaction(() => {
      workloads.forEach((w, i) => s.insertWorkload.run(...workloadToRow(w), i + 1));
      for (const d of dependencies) s.insertDependency.run(...dependencyToRow(d));
      for (const name of SETTING_NAMES) {
        const value = settings[name];
        if (value !== undefined) s.putSetting.run(ESTATE_SETTINGS[name].storedAs, JSON.stringify(ESTATE_SETTINGS[name].schema.parse(value)));
      }
    })();
  }

  /**
   * Writes an estate read from another file into this new one: rows, list order, graph
   * positions and settings as its baseline sees them, and its other scenarios' rows,
   * in one transaction (an import copies only rows).
   */
  insertSnapshot(snapshot: EstateContent, scenarioRows?: ScenarioRows): void {
    const s = this.statements;
    this.db.transaction(() => {
      snapshot.workloads.forEach((w, i) => s.insertWorkload.run(...workloadToRow(w), Object.hasOwn(snapshot.positions, w.id) ? snapshot.positions[w.id] : i + 1));
      for (const d of snapshot.dependencies) s.insertDependency.run(...dependencyToRow(d));
      for (const [id, p] of Object.entries(snapshot.nodePositions)) s.placeNode.run(id, p.x, p.y);
      // Only settings that differ from the defaults, so that an untouched one keeps following them.
      for (const name of SETTING_NAMES) {
        const value = JSON.stringify(snapshot[name]);
        if (value !== JSON.stringify(ESTATE_SETTINGS[name].defaults)) s.putSetting.run(ESTATE_SETTINGS[name].storedAs, value);
      }
      if (scenarioRows) this.scenarios.insertRows(scenarioRows);
    })();
  }

  /**
   * Applies a change set if the estate is still at `baseRevision`: all of it in one
   * transaction, or none of it. Returns the new revision.
   */
  applyChanges(baseRevision: number, changes: readonly Change[]): { revision: number; updatedAt: string } {
    try {
      return this.applyInTransaction(baseRevision, changes);
    } catch (error) {
      throw storageError(error) ?? error;
    }
  }

  private applyInTransaction(baseRevision: number, changes: readonly Change[]): { revision: number; updatedAt: string } {
    const s = this.statements;
    return this.db.transaction(() => {
      const { revision } = s.header.get() as { revision: number };
      if (revision !== baseRevision) {
        throw new WaveplanError(
          'conflict',
          `This estate was changed in another window or tab (it is at revision ${revision}, this window had ${baseRevision}). Reload to see the latest version; your last edit was not saved.`,
          { reason: 'stale-revision', revision, baseRevision },
        );
      }
      this.writingTo = this.scenarios.active();
      changes.forEach((change, index) => this.applyOne(change, index));
      const updatedAt = this.now();
      s.bump.run(updatedAt);
      return { revision: revision + 1, updatedAt };
    })();
  }

  private applyOne(change: Change, index: number): void {
    const fail = (message: string): never => {
      throw new WaveplanError('conflict', `Change ${index + 1} (${change.op}): ${message}`, { changeIndex: index });
    };
    try {
      byOp(EstateRepository.writes, change, this, fail);
    } catch (error) {
      if (error instanceof WaveplanError) throw error;
      const code = (error as { code?: string }).code ?? '';
      if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') fail('that id is already taken');
      // RESTRICT reports as SQLITE_CONSTRAINT_TRIGGER, a plain reference as _FOREIGNKEY.
      if (code.startsWith('SQLITE_CONSTRAINT') && /FOREIGN KEY/.test((error as Error).message)) {
        fail(change.op === 'removeWorkload' ? 'the workload still has dependencies; remove them in the same change set' : 'it names a workload that does not exist');
      }
      throw error;
    }
  }

  private update(table: 'workload' | 'dependency', id: string, field: string, value: unknown): number {
    // Field names come from the contract's closed enums, never from free text.
    const cache = table === 'workload' ? this.statements.updateWorkload : this.statements.updateDependency;
    let statement = cache.get(field);
    if (!statement) {
      statement = this.db.prepare(`UPDATE ${table} SET ${field} = ? WHERE id = ?`);
      cache.set(field, statement);
    }
    return statement.run(toColumn(field, value), id).changes;
  }

  close(): void {
    this.db.close();
  }
}
