import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration003 } from '../../../../../../electron/backend/services/migrations/003-plan-settings.js';
import { migrate } from '../../../../../../electron/backend/services/migrations/index.js';

describe('migration 003: estate settings', () => {
  it('adds estate_setting to a version-2 estate and keeps its workloads and positions', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 2);
    db.prepare("INSERT INTO workload (id, position, name, kind, environment) VALUES ('a', 1, 'A', 'application', 'production')").run();
    db.prepare("INSERT INTO node_position VALUES ('a', 10, 20)").run();
    expect(migration003.version).toBe(3);
    expect(migrate(db, 3)).toBe(3);
    expect(db.prepare('SELECT name FROM workload').pluck().all()).toEqual(['A']);
    expect(db.prepare('SELECT x FROM node_position').pluck().all()).toEqual([10]);
    db.prepare("INSERT INTO estate_setting VALUES ('plan', '{}')").run();
    // One value per key.
    expect(() => db.prepare("INSERT INTO estate_setting VALUES ('plan', '{}')").run()).toThrow(/UNIQUE|PRIMARY KEY/);
  });
});
