import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration002 } from '../../../../../../electron/backend/services/migrations/002-node-positions.js';
import { migrate } from '../../../../../../electron/backend/services/migrations/index.js';

describe('migration 002: graph node positions', () => {
  it('adds node_position to a version-1 estate and keeps its workloads', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    db.prepare("INSERT INTO workload (id, position, name, kind, environment) VALUES ('a', 1, 'A', 'application', 'production')").run();
    expect(migration002.version).toBe(2);
    expect(migrate(db, 2)).toBe(2);
    expect(db.prepare('SELECT name FROM workload').pluck().all()).toEqual(['A']);
    db.prepare("INSERT INTO node_position VALUES ('a', 10, 20)").run();
    expect(() => db.prepare("INSERT INTO node_position VALUES ('missing', 1, 1)").run()).toThrow(/FOREIGN KEY/);
    // A workload's position goes with it.
    db.prepare("DELETE FROM workload WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) FROM node_position').pluck().get()).toBe(0);
  });
});
