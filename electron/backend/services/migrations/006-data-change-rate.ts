import type { Database } from 'better-sqlite3';
import type { Migration } from './migration.js';

// How much of a workload's data changes in a day (GB), for the rollback's reverse
// replication catch-up (docs/domain-rules.md, "Rollback"). NULL is unknown, as for the
// other optional numbers: a catch-up from an unknown rate is an assumption, said so.
export const migration006: Migration = {
  version: 6,
  name: 'workload data change rate',
  up(db: Database) {
    db.exec('ALTER TABLE workload ADD COLUMN dataChangeGbPerDay REAL;');
  },
};
