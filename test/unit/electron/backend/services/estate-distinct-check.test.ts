import Database from 'better-sqlite3';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dependenciesPassByColumn, workloadsPassByColumn } from '../../../../../electron/backend/services/estate-distinct-check.js';
import { firstBadDependencyRow, firstBadRow, firstBadWorkloadRow } from '../../../../../electron/backend/services/estate-row-check.js';
import { DEPENDENCY_COLUMNS, WORKLOAD_COLUMNS } from '../../../../../electron/backend/services/estate-rows.js';
import { LATEST_SCHEMA_VERSION } from '../../../../../electron/backend/services/migrations/index.js';
import { healthcareSampleEstate } from '../../../../../shared/sample/healthcare-estate.js';
import { writeEstateFileAt } from '../../../../support/estate-file-at.js';

// The column-by-column proof (estate-distinct-check.ts) may only ever say "every row
// passes" when the row-by-row check finds no bad row: a hostile cell anywhere, of any
// type, must send the check back to the rows. Each run writes one such cell into a sound
// estate and compares the two.

let dir: string;
let db: Database.Database;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'waveplan-distinct-'));
  const path = join(dir, 'estate.waveplan');
  writeEstateFileAt(path, 'Sample', healthcareSampleEstate());
  db = new Database(path);
  // A hostile file is not written through the table's CHECK constraints or its references (the foreign-key check is separate).
  db.pragma('ignore_check_constraints = ON');
  db.pragma('foreign_keys = OFF');
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Values a hand-edited or hostile file can hold in any cell, next to ones the schemas take. */
const cellValue = fc.oneof(
  fc.constantFrom(
    null,
    '',
    ' ',
    ',',
    'a,b',
    '__proto__',
    'production',
    'Production',
    'PRODUCTION',
    'restricted',
    'phi,pii',
    'rehost',
    '[]',
    '[{}]',
    '{',
    '2027-02-30',
    '2027-01-01',
    'x'.repeat(201),
    'x'.repeat(10_001),
  ),
  fc.constantFrom(0, -0, 1, -1, 0.5, 1.5, 100, 101, 999, 1000, 525_601, 1e12, 1e308, -1e308),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.uint8Array({ maxLength: 4 }).map((bytes) => Buffer.from(bytes)),
);

/** Runs `check` with one cell changed, then puts it back; a value the table's own constraints refuse (NOT NULL) cannot be in a file, and is skipped. */
function withCell(table: 'workload' | 'dependency', column: string, rowid: number, value: unknown, check: () => void): void {
  db.exec('SAVEPOINT cell');
  try {
    try {
      db.prepare(`UPDATE ${table} SET "${column}" = ? WHERE rowid = ?`).run(value, rowid);
    } catch (error) {
      if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT')) return;
      throw error;
    }
    check();
  } finally {
    db.exec('ROLLBACK TO cell');
    db.exec('RELEASE cell');
  }
}

describe('the column-by-column row proof', () => {
  it('passes the sound estate, as the row check does', () => {
    expect(workloadsPassByColumn(db, LATEST_SCHEMA_VERSION)).toBe(true);
    expect(dependenciesPassByColumn(db)).toBe(true);
    expect(firstBadRow(db, LATEST_SCHEMA_VERSION, { indexesChecked: true })).toBeNull();
  });

  it('passes a workload table exactly when every row passes, whatever one cell holds', () => {
    const rows = db.prepare('SELECT count(*) FROM workload').pluck().get() as number;
    fc.assert(
      fc.property(fc.constantFrom(...WORKLOAD_COLUMNS.filter((c) => c !== 'id'), 'position'), fc.integer({ min: 1, max: rows }), cellValue, (column, rowid, value) =>
        withCell('workload', column, rowid, value, () => {
          expect(workloadsPassByColumn(db, LATEST_SCHEMA_VERSION)).toBe(firstBadWorkloadRow(db, LATEST_SCHEMA_VERSION) === null);
        }),
      ),
      { numRuns: 400 },
    );
  });

  it('passes a dependency table exactly when every row passes, a link to itself included', () => {
    const rows = db.prepare('SELECT count(*) FROM dependency').pluck().get() as number;
    fc.assert(
      fc.property(fc.constantFrom(...DEPENDENCY_COLUMNS.filter((c) => c !== 'id')), fc.integer({ min: 1, max: rows }), cellValue, (column, rowid, value) =>
        withCell('dependency', column, rowid, value, () => {
          expect(dependenciesPassByColumn(db)).toBe(firstBadDependencyRow(db) === null);
        }),
      ),
      { numRuns: 300 },
    );
    // The table's CHECK refuses a link to itself, but a file written with check constraints ignored holds one.
    const [consumer] = db.prepare('SELECT consumerId FROM dependency WHERE rowid = 1').pluck().all() as string[];
    let checked = false;
    withCell('dependency', 'providerId', 1, consumer, () => {
      expect(dependenciesPassByColumn(db)).toBe(false);
      expect(firstBadRow(db, LATEST_SCHEMA_VERSION, { indexesChecked: true })).toMatchObject({ table: 'dependency', row: 1, field: 'providerId' });
      checked = true;
    });
    expect(checked).toBe(true);
  });

  it('names the same first bad row as before: the rows are read when a value fails', () => {
    withCell('workload', 'environment', 3, 'PRODUCTION', () => {
      expect(workloadsPassByColumn(db, LATEST_SCHEMA_VERSION)).toBe(false);
      expect(firstBadRow(db, LATEST_SCHEMA_VERSION, { indexesChecked: true })).toMatchObject({ table: 'workload', row: 3, field: 'environment' });
    });
  });
});
