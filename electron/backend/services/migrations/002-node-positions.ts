import type { Database } from 'better-sqlite3';
import type { Migration } from './migration.js';

// Where the user put each workload on the dependency graph. Only positions the user
// chose are stored; everything else is laid out automatically.
export const migration002: Migration = {
  version: 2,
  name: 'graph node positions',
  up(db: Database) {
    db.exec(`
      CREATE TABLE node_position (
        workloadId TEXT PRIMARY KEY REFERENCES workload(id) ON DELETE CASCADE,
        x REAL NOT NULL,
        y REAL NOT NULL
      );
    `);
  },
};
