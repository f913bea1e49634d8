import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { workloadFromRow, workloadSelectList } from '../../../../../../electron/backend/services/estate-rows.js';
import { firstBadRow } from '../../../../../../electron/backend/services/estate-row-check.js';
import { migration006 } from '../../../../../../electron/backend/services/migrations/006-data-change-rate.js';
import { migrate } from '../../../../../../electron/backend/services/migrations/index.js';

function estateAt(version: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  db.prepare("INSERT INTO estate (singleton, name, revision, createdAt, updatedAt) VALUES (1, 'E', 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')").run();
  db.prepare("INSERT INTO workload (id, position, name, kind, environment, owner, databaseGb) VALUES ('a', 1, 'A', 'database', 'production', 'ERP team', 850)").run();
  return db;
}
// At version 6 (later migrations add more columns, which read as blank).
const readRow = (db: Database.Database) =>
  workloadFromRow(
    db
      .prepare(`SELECT ${workloadSelectList(6)} FROM workload`)
      .raw(true)
      .get() as unknown[],
  );

describe('migration 006: workload data change rate', () => {
  it('gives every workload of a version-5 estate an unknown change rate, and keeps the rest', () => {
    const db = estateAt(5);
    expect(migration006.version).toBe(6);
    expect(migrate(db, 6)).toBe(6);
    expect(readRow(db)).toMatchObject({ id: 'a', owner: 'ERP team', databaseGb: 850, dataChangeGbPerDay: null });
    expect(firstBadRow(db, 6)).toBeNull();
  });

  it('stores a rate as a number, fractions and all', () => {
    const db = estateAt(6);
    db.prepare('UPDATE workload SET dataChangeGbPerDay = ?').run(12.5);
    expect(readRow(db).dataChangeGbPerDay).toBe(12.5);
  });

  it('reads a version-5 file without the column as unknown', () => {
    const db = estateAt(5);
    const row = db
      .prepare(`SELECT ${workloadSelectList(5)} FROM workload`)
      .raw(true)
      .get() as unknown[];
    expect(workloadFromRow(row)).toMatchObject({ dataChangeGbPerDay: null });
  });

  it('names a row whose rate does not read, by table, row and field', () => {
    const db = estateAt(6);
    db.prepare("UPDATE workload SET dataChangeGbPerDay = 'lots'").run();
    expect(firstBadRow(db, 6)).toMatchObject({ table: 'workload', row: 1, field: 'dataChangeGbPerDay' });
  });
});
