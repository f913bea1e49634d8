import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, createEstateDatabase, inspectEstateFile, openEstateDatabase } from '../../../../../electron/backend/services/estate-file.js';
import { EstateLibrary } from '../../../../../electron/backend/services/library.js';
import { LATEST_SCHEMA_VERSION } from '../../../../../electron/backend/services/migrations/index.js';
import { healthcareSampleEstate } from '../../../../../shared/sample/healthcare-estate.js';
import { WaveplanError } from '../../../../../shared/errors.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'waveplan-file-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A complete estate file on disk (written with VACUUM INTO, as an export is). */
function goodEstateBytes(): Buffer {
  const library = new EstateLibrary(join(dir, 'library'));
  const summary = library.create('Good', healthcareSampleEstate());
  const bytes = library.exportFile(summary.id).bytes;
  library.closeAll();
  return bytes;
}

function refusal(path: string): WaveplanError {
  try {
    inspectEstateFile(path);
  } catch (error) {
    if (error instanceof WaveplanError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

/** Refuses the file, with the expected reason, and proves it was not changed byte for byte. */
function expectRefusedUntouched(path: string, reason: string, message: RegExp): void {
  const before = readFileSync(path);
  const error = refusal(path);
  expect(error.code).toBe('refused-file');
  expect(error.details?.reason).toBe(reason);
  expect(error.message).toMatch(message);
  expect(error.message).toMatch(/It was not changed\.$/);
  // Opening for editing refuses the same way, and still writes nothing.
  expect(() => openEstateDatabase(path)).toThrow(WaveplanError);
  expect(readFileSync(path).equals(before)).toBe(true);
}

describe('refused estate files', () => {
  it('an empty file', () => {
    const path = join(dir, 'empty.waveplan');
    writeFileSync(path, '');
    expectRefusedUntouched(path, 'empty', /“empty.waveplan” is empty/);
  });

  it('a file that is not SQLite at all', () => {
    const path = join(dir, 'notes.waveplan');
    writeFileSync(path, 'Workload,Environment\nOdoo,production\n');
    expectRefusedUntouched(path, 'not-sqlite', /not an SQLite database/);
  });

  it('an SQLite database from another program', () => {
    const path = join(dir, 'other.waveplan');
    const db = new Database(path);
    db.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (1)');
    db.close();
    expectRefusedUntouched(path, 'foreign-sqlite', /from another program/);
  });

  it('an estate from a newer version of Waveplan', () => {
    const path = join(dir, 'newer.waveplan');
    const db = createEstateDatabase(path, 'Future', '2030-01-01T00:00:00.000Z');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    expectRefusedUntouched(path, 'newer-version', new RegExp(`estate format ${LATEST_SCHEMA_VERSION + 5}; this version reads up to ${LATEST_SCHEMA_VERSION}`));
  });

  it('a corrupt estate (pages overwritten)', () => {
    const path = join(dir, 'corrupt.waveplan');
    const bytes = goodEstateBytes();
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 8));
    writeFileSync(path, bytes);
    expectRefusedUntouched(path, 'corrupt', /is damaged/);
  });

  it('a truncated estate', () => {
    const path = join(dir, 'truncated.waveplan');
    const bytes = goodEstateBytes();
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectRefusedUntouched(path, 'corrupt', /is damaged/);
  });

  it('an import of a refused file names the user’s file and leaves nothing behind', async () => {
    const library = new EstateLibrary(join(dir, 'library'));
    await expect(library.importFile('ledger.xlsx', Buffer.from('PK\u0003\u0004 not an estate'))).rejects.toThrow(/“ledger.xlsx” is not a Waveplan estate/);
    expect(library.list()).toEqual([]);
    library.closeAll();
  });
});

describe('accepted estate files', () => {
  it('a good estate opens with WAL, full sync and foreign keys', () => {
    const path = join(dir, 'good.waveplan');
    writeFileSync(path, goodEstateBytes());
    expect(inspectEstateFile(path)).toBe(LATEST_SCHEMA_VERSION);
    const db = openEstateDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });
});
