import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration001 } from '../../../../../../electron/backend/services/migrations/001-initial.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate } from '../../../../../../electron/backend/services/migrations/index.js';

describe('migration 001: initial estate schema', () => {
  it('creates the estate, workload and dependency tables with their indexes', () => {
    const db = new Database(':memory:');
    expect(migrate(db, 1)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['dependency', 'estate', 'workload']);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    expect(indexes).toEqual(['dependency_consumer', 'dependency_provider', 'workload_position']);
  });

  it('refuses a dependency on a missing workload and a workload depending on itself', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    db.prepare("INSERT INTO workload (id, position, name, kind, environment) VALUES ('a', 1, 'A', 'application', 'production')").run();
    const insert = db.prepare("INSERT INTO dependency (id, consumerId, providerId, kind, coupling) VALUES (?, ?, ?, 'api', 'loose')");
    expect(() => insert.run('d1', 'a', 'missing')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('d2', 'a', 'a')).toThrow(/CHECK/);
  });

  it('is numbered 1, the numbers rise in the list, and the latest is the last one', () => {
    // Rising, not one per place: a branch may ship 007 while 006 lands from another.
    expect(migration001.version).toBe(1);
    MIGRATIONS.forEach((m, i) => expect(m.version).toBeGreaterThan(i === 0 ? 0 : (MIGRATIONS[i - 1]?.version ?? 0)));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1]?.version);
  });
});

describe('migrate', () => {
  it('does nothing on a file already at the latest version', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('leaves the database exactly as it was when a step fails', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE workload (id TEXT)'); // makes 001 fail half-way
    expect(() => migrate(db)).toThrow(/already exists/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['workload']);
  });
});
