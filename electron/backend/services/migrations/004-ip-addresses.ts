import type { Database } from 'better-sqlite3';
import type { Migration } from './migration.js';

// Where discovery saw each workload: its IP addresses, comma-joined like the other list
// fields. Observed connections (Azure Migrate, AWS Application Discovery) name servers by
// IP as often as by name, so an import matches them to workloads by these.
export const migration004: Migration = {
  version: 4,
  name: 'workload IP addresses',
  up(db: Database) {
    db.exec(`ALTER TABLE workload ADD COLUMN ipAddresses TEXT NOT NULL DEFAULT ''`);
  },
};
