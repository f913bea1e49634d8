import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toColumn, workloadFromRow, workloadSelectList } from '../../../../../../electron/backend/services/estate-rows.js';
import { firstBadRow } from '../../../../../../electron/backend/services/estate-row-check.js';
import { migration005 } from '../../../../../../electron/backend/services/migrations/005-workload-dates.js';
import { migrate } from '../../../../../../electron/backend/services/migrations/index.js';

function estateAt(version: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  db.prepare("INSERT INTO estate (singleton, name, revision, createdAt, updatedAt) VALUES (1, 'E', 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')").run();
  db.prepare("INSERT INTO workload (id, position, name, kind, environment, owner) VALUES ('a', 1, 'A', 'application', 'production', 'ERP team')").run();
  return db;
}
const readRow = (db: Database.Database) =>
  workloadFromRow(
    db
      .prepare(`SELECT ${workloadSelectList(5)} FROM workload`)
      .raw(true)
      .get() as unknown[],
  );

describe('migration 005: workload date limits', () => {
  it('gives every workload of a version-4 estate no date limits and no own blackouts, and keeps the rest', () => {
    const db = estateAt(4);
    expect(migration005.version).toBe(5);
    expect(migrate(db, 5)).toBe(5);
    expect(readRow(db)).toMatchObject({ id: 'a', owner: 'ERP team', notBefore: '', notAfter: '', doneBy: '', blackouts: [] });
    expect(firstBadRow(db, 5)).toBeNull();
  });

  it('stores the days as text and the blackouts as JSON, labels with commas and all', () => {
    const db = estateAt(5);
    const blackouts = [{ from: '2026-12-01', to: '2026-12-31', label: 'December freeze, EHR vendor' }];
    db.prepare('UPDATE workload SET doneBy = ?, blackouts = ?').run('2027-01-27', toColumn('blackouts', blackouts));
    expect(readRow(db)).toMatchObject({ doneBy: '2027-01-27', blackouts });
  });

  it('reads a version-4 file without the columns as blank', () => {
    const db = estateAt(4);
    const row = db
      .prepare(`SELECT ${workloadSelectList(4)} FROM workload`)
      .raw(true)
      .get() as unknown[];
    expect(workloadFromRow(row)).toMatchObject({ notBefore: '', blackouts: [] });
  });

  it('names a row whose dates or blackouts do not read, by table, row and field', () => {
    const db = estateAt(5);
    db.prepare("UPDATE workload SET notAfter = '2027-02-30'").run();
    expect(firstBadRow(db, 5)).toMatchObject({ table: 'workload', row: 1, field: 'notAfter' });
    db.prepare("UPDATE workload SET notAfter = '', blackouts = 'not json'").run();
    expect(firstBadRow(db, 5)).toMatchObject({ table: 'workload', row: 1, field: 'blackouts' });
  });
});
