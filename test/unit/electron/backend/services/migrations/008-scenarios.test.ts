import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EstateRepository } from '../../../../../../electron/backend/services/estate-repository.js';
import { firstBadRow } from '../../../../../../electron/backend/services/estate-row-check.js';
import { migration008 } from '../../../../../../electron/backend/services/migrations/008-scenarios.js';
import { LATEST_SCHEMA_VERSION, migrate } from '../../../../../../electron/backend/services/migrations/index.js';
import { EstateLibrary } from '../../../../../../electron/backend/services/library.js';

function estateAt(version: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  db.prepare("INSERT INTO estate (singleton, name, revision, createdAt, updatedAt) VALUES (1, 'E', 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')").run();
  db.prepare("INSERT INTO workload (id, position, name, kind, environment, chosenTier, strategy) VALUES ('a', 1, 'A', 'application', 'production', 'dedicated-environment', 'rehost')").run();
  db.prepare("INSERT INTO workload (id, position, name, kind, environment) VALUES ('b', 2, 'B', 'database', 'production')").run();
  return db;
}

const FIXTURE_7 = join(__dirname, '..', '..', '..', '..', '..', 'fixtures', 'estates', 'schema-7.waveplan');

describe('migration 008: scenarios', () => {
  it('gives a version-7 estate one scenario, the baseline, active, and leaves its decisions where they were', () => {
    const db = estateAt(7);
    expect(migration008.version).toBe(8);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(8);
    expect(migrate(db, 8)).toBe(8);
    expect(db.prepare('SELECT id, name, position FROM scenario').all()).toEqual([{ id: 'baseline', name: 'Baseline', position: 0 }]);
    expect(db.prepare('SELECT scenarioId FROM active_scenario').pluck().get()).toBe('baseline');
    expect(db.prepare('SELECT count(*) FROM scenario_workload').pluck().get()).toBe(0);
    expect(db.prepare("SELECT chosenTier FROM workload WHERE id = 'a'").pluck().get()).toBe('dedicated-environment');
    expect(firstBadRow(db, 8)).toBeNull();
  });

  it('opens the shipped version-7 fixture as its baseline, with nothing else changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'waveplan-008-'));
    try {
      copyFileSync(FIXTURE_7, join(dir, 'seven.waveplan'));
      const old = new Database(FIXTURE_7, { readonly: true });
      const tiers = old.prepare('SELECT id, chosenTier, strategy, pinnedWave FROM workload ORDER BY position').all();
      old.close();
      const library = new EstateLibrary(dir);
      const snapshot = library.snapshot('seven');
      expect(snapshot.scenarios).toEqual([{ id: 'baseline', name: 'Baseline' }]);
      expect(snapshot.activeScenarioId).toBe('baseline');
      expect(snapshot.workloads.map((w) => ({ id: w.id, chosenTier: w.chosenTier, strategy: w.strategy, pinnedWave: w.pinnedWave }))).toEqual(tiers);
      expect(snapshot.planSettings.waveLengthDays).toBe(21);
      library.closeAll();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a scenario from holding the baseline, a decision for a missing workload, or a second active row', () => {
    const db = estateAt(8);
    expect(() => db.prepare("INSERT INTO scenario_workload (scenarioId, workloadId) VALUES ('baseline', 'a')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO scenario (id, name, position) VALUES ('s', 'S', 1)").run();
    expect(() => db.prepare("INSERT INTO scenario_workload (scenarioId, workloadId) VALUES ('s', 'ghost')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO active_scenario (singleton, scenarioId) VALUES (2, 's')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE active_scenario SET scenarioId = 'ghost'").run()).toThrow(/FOREIGN KEY/);
    // The active scenario cannot be deleted from under it.
    db.prepare("UPDATE active_scenario SET scenarioId = 's'").run();
    expect(() => db.prepare("DELETE FROM scenario WHERE id = 's'").run()).toThrow(/FOREIGN KEY/);
  });

  it("removes a workload's decisions from every scenario with the workload, and a scenario's rows with the scenario", () => {
    const db = estateAt(8);
    const repo = new EstateRepository('e', db, () => '2026-01-02T00:00:00.000Z');
    repo.createScenario(8, 'S', 'baseline');
    repo.createScenario(8, 'T', 'baseline');
    expect(db.prepare('SELECT count(*) FROM scenario_workload').pluck().get()).toBe(4);
    db.prepare("DELETE FROM workload WHERE id = 'b'").run();
    expect(db.prepare("SELECT count(*) FROM scenario_workload WHERE workloadId = 'b'").pluck().get()).toBe(0);
    const t = db.prepare("SELECT id FROM scenario WHERE name = 'T'").pluck().get() as string;
    db.prepare("UPDATE active_scenario SET scenarioId = 'baseline'").run();
    db.prepare('DELETE FROM scenario WHERE id = ?').run(t);
    expect(db.prepare('SELECT count(*) FROM scenario_workload WHERE scenarioId = ?').pluck().get(t)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM scenario_setting WHERE scenarioId = ?').pluck().get(t)).toBe(0);
  });
});
