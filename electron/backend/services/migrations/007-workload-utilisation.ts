import type { Database } from 'better-sqlite3';
import type { Migration } from './migration.js';

// What the business case needs from the inventory (docs/domain-rules.md, "Costs"): the
// measured peak CPU and memory use, in percent, that right-sizing reads, and how the
// workload's software is licensed in the cloud. Numbers are null when not measured
// (unknown stays distinct from 0), the licensing is null when not recorded.
export const migration007: Migration = {
  version: 7,
  name: 'workload utilisation and licensing',
  up(db: Database) {
    db.exec(`
      ALTER TABLE workload ADD COLUMN cpuUtilisationPct REAL;
      ALTER TABLE workload ADD COLUMN memoryUtilisationPct REAL;
      ALTER TABLE workload ADD COLUMN licensing TEXT;
    `);
  },
};
