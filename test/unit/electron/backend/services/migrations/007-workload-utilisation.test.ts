import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { workloadFromRow, workloadSelectList, WORKLOAD_COLUMNS } from '../../../../../../electron/backend/services/estate-rows.js';
import { firstBadRow } from '../../../../../../electron/backend/services/estate-row-check.js';
import { migration007 } from '../../../../../../electron/backend/services/migrations/007-workload-utilisation.js';
import { LATEST_SCHEMA_VERSION, migrate } from '../../../../../../electron/backend/services/migrations/index.js';

function estateAt(version: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  db.prepare("INSERT INTO estate (singleton, name, revision, createdAt, updatedAt) VALUES (1, 'E', 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')").run();
  db.prepare("INSERT INTO workload (id, position, name, kind, environment, owner, vcpu) VALUES ('a', 1, 'A', 'application', 'production', 'ERP team', 16)").run();
  return db;
}
const readRow = (db: Database.Database) =>
  workloadFromRow(
    db
      .prepare(`SELECT ${WORKLOAD_COLUMNS.join(', ')} FROM workload`)
      .raw(true)
      .get() as unknown[],
  );

describe('migration 007: workload utilisation and licensing', () => {
  it('gives every workload of a version-5 estate no measured utilisation and no licensing, and keeps the rest', () => {
    const db = estateAt(5);
    expect(migration007.version).toBe(7);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(7);
    expect(migrate(db, 7)).toBe(7);
    expect(readRow(db)).toMatchObject({ id: 'a', owner: 'ERP team', vcpu: 16, cpuUtilisationPct: null, memoryUtilisationPct: null, licensing: null });
    expect(firstBadRow(db, 7)).toBeNull();
  });

  it('stores the percentages as numbers and the licensing as its word', () => {
    const db = estateAt(7);
    db.prepare("UPDATE workload SET cpuUtilisationPct = 35.5, memoryUtilisationPct = 60, licensing = 'byol'").run();
    expect(readRow(db)).toMatchObject({ cpuUtilisationPct: 35.5, memoryUtilisationPct: 60, licensing: 'byol' });
  });

  it('reads a version-5 file without the columns as blank', () => {
    const db = estateAt(5);
    const row = db
      .prepare(`SELECT ${workloadSelectList(5)} FROM workload`)
      .raw(true)
      .get() as unknown[];
    expect(workloadFromRow(row)).toMatchObject({ cpuUtilisationPct: null, licensing: null });
  });

  it('names a row whose utilisation is over 100% or whose licensing is not a known word, by table, row and field', () => {
    const db = estateAt(7);
    db.prepare('UPDATE workload SET cpuUtilisationPct = 140').run();
    expect(firstBadRow(db, 7)).toMatchObject({ table: 'workload', row: 1, field: 'cpuUtilisationPct' });
    db.prepare("UPDATE workload SET cpuUtilisationPct = NULL, licensing = 'free'").run();
    expect(firstBadRow(db, 7)).toMatchObject({ table: 'workload', row: 1, field: 'licensing' });
  });
});
