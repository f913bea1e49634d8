import type { Database } from 'better-sqlite3';
import type { Migration } from './migration.js';

// The date limits workshops set on a workload ("payroll goes before month-end close",
// "the EHR interface cannot move in December"): three days as yyyy-mm-dd ('' for none,
// like the other optional text) and its own blackout windows as a JSON array of
// { from, to, label }, since a label may hold the comma the list columns join with.
export const migration005: Migration = {
  version: 5,
  name: 'workload date limits',
  up(db: Database) {
    db.exec(`
      ALTER TABLE workload ADD COLUMN notBefore TEXT NOT NULL DEFAULT '';
      ALTER TABLE workload ADD COLUMN notAfter TEXT NOT NULL DEFAULT '';
      ALTER TABLE workload ADD COLUMN doneBy TEXT NOT NULL DEFAULT '';
      ALTER TABLE workload ADD COLUMN blackouts TEXT NOT NULL DEFAULT '[]';
    `);
  },
};
