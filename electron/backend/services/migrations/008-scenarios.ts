import type { Database } from 'better-sqlite3';
import type { Migration } from './migration.js';

// Scenarios inside one estate (docs/domain-rules.md, "Scenarios"). The baseline is what
// the workload and estate_setting tables already hold, so a file from before opens
// unchanged: it gets a scenario row named Baseline and is the active one. Another
// scenario keeps its own copy of each workload's decisions (the columns below, as in
// the workload table) and of its four settings; a workload without a row in it takes
// the baseline's decisions. Rows go with their workload and their scenario (CASCADE),
// so a scenario can never hold a decision for a workload that is not there. Which
// scenario is active lives in a one-row table whose key cannot name a missing one.
export const migration008: Migration = {
  version: 8,
  name: 'scenarios',
  up(db: Database) {
    db.exec(`
      CREATE TABLE scenario (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        position INTEGER NOT NULL
      );
      INSERT INTO scenario (id, name, position) VALUES ('baseline', 'Baseline', 0);

      CREATE TABLE active_scenario (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        scenarioId TEXT NOT NULL REFERENCES scenario(id) ON DELETE RESTRICT
      );
      INSERT INTO active_scenario (singleton, scenarioId) VALUES (1, 'baseline');

      CREATE TABLE scenario_workload (
        scenarioId TEXT NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
        workloadId TEXT NOT NULL REFERENCES workload(id) ON DELETE CASCADE,
        strategy TEXT,
        chosenTier TEXT,
        tierOverrideReason TEXT NOT NULL DEFAULT '',
        pinnedWave INTEGER,
        notBefore TEXT NOT NULL DEFAULT '',
        notAfter TEXT NOT NULL DEFAULT '',
        doneBy TEXT NOT NULL DEFAULT '',
        blackouts TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (scenarioId, workloadId),
        CHECK (scenarioId <> 'baseline')
      );
      -- Deleting a workload finds its rows in every scenario by this.
      CREATE INDEX scenario_workload_workload ON scenario_workload(workloadId);

      CREATE TABLE scenario_setting (
        scenarioId TEXT NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (scenarioId, key),
        CHECK (scenarioId <> 'baseline')
      );
    `);
  },
};
