import type { Database } from 'better-sqlite3';
import type { Migration } from './migration.js';

// The first estate schema: the estate header, workloads and dependencies.
// Column names are the domain's field names, so a row maps to a Workload without a
// renaming table. List fields (data classes, tags, readiness) are comma-joined:
// their values never contain commas, and splitting is far cheaper than JSON.
export const migration001: Migration = {
  version: 1,
  name: 'initial estate schema',
  up(db: Database) {
    db.exec(`
      CREATE TABLE estate (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        name TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        createdAt TEXT NOT NULL,
        updatedAt TEXT NOT NULL
      );

      CREATE TABLE workload (
        id TEXT PRIMARY KEY,
        position REAL NOT NULL,
        name TEXT NOT NULL,
        system TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        environment TEXT NOT NULL,
        tenant TEXT NOT NULL DEFAULT '',
        businessUnit TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        criticality INTEGER CHECK (criticality BETWEEN 1 AND 4),
        dataClasses TEXT NOT NULL DEFAULT '',
        masked INTEGER NOT NULL DEFAULT 0,
        complianceTags TEXT NOT NULL DEFAULT '',
        residencyRegion TEXT NOT NULL DEFAULT '',
        customization TEXT,
        users INTEGER,
        vcpu REAL,
        memoryGb REAL,
        storageGb REAL,
        databaseGb REAL,
        rpoMinutes INTEGER,
        rtoMinutes INTEGER,
        currentHosting TEXT NOT NULL DEFAULT '',
        currentMonthlyCost REAL,
        strategy TEXT,
        chosenTier TEXT,
        tierOverrideReason TEXT NOT NULL DEFAULT '',
        readiness TEXT NOT NULL DEFAULT '',
        effortDays REAL,
        pinnedWave INTEGER,
        moveGroup TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX workload_position ON workload(position);

      -- RESTRICT: removing a workload must name its dependencies in the same
      -- change set, so that undo can bring them back.
      CREATE TABLE dependency (
        id TEXT PRIMARY KEY,
        consumerId TEXT NOT NULL REFERENCES workload(id) ON DELETE RESTRICT,
        providerId TEXT NOT NULL REFERENCES workload(id) ON DELETE RESTRICT,
        kind TEXT NOT NULL,
        coupling TEXT NOT NULL,
        dataClasses TEXT NOT NULL DEFAULT '',
        protocol TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        CHECK (consumerId <> providerId)
      );
      CREATE INDEX dependency_consumer ON dependency(consumerId);
      CREATE INDEX dependency_provider ON dependency(providerId);
    `);
  },
};
