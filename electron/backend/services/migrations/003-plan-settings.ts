import type { Database } from 'better-sqlite3';
import type { Migration } from './migration.js';

// Settings of the estate as a whole, one JSON value per key. The first is 'plan': the
// wave planner's settings. An estate without it plans with the defaults.
export const migration003: Migration = {
  version: 3,
  name: 'estate settings',
  up(db: Database) {
    db.exec(`
      CREATE TABLE estate_setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
