import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { WaveplanError } from '../../shared/errors.js';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations/index.js';

/** PRAGMA application_id of every estate file: "WAVP". Marks the file as ours. */
export const APPLICATION_ID = 0x57415650;
export const ESTATE_EXTENSION = '.waveplan';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function refuse(file: string, why: string, reason: string): never {
  throw new WaveplanError('refused-file', `“${file}” ${why} It was not changed.`, { file, reason });
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** SQLite's first complaint, short enough for a message ("Tree 5 page 5: btreeInitPage() returns error code 11"). */
function firstProblem(report: string): string {
  const first = report.replace(/^\*\*\* in database \w+ \*\*\*\s*/, '').split(/\n|(?= Tree \d| Page \d)/)[0]?.trim() ?? report;
  return first.length > 100 ? `${first.slice(0, 97)}…` : first;
}

/**
 * Decides whether a file is an estate this version can open, touching nothing:
 * the header is read with plain file I/O and SQLite is opened read-only.
 * Returns the file's schema version; throws a 'refused-file' error otherwise, naming
 * the file as `shownAs` (the user's name for a file checked from a temporary copy).
 */
export function inspectEstateFile(path: string, shownAs = basename(path)): number {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new WaveplanError('not-found', `There is no estate file at ${path}.`);
  }
  if (size === 0) refuse(shownAs, 'is empty, so it is not a Waveplan estate.', 'empty');
  const header = readHeader(path);
  if (header.length < SQLITE_HEADER.length || !header.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) {
    refuse(shownAs, 'is not a Waveplan estate: it is not an SQLite database at all.', 'not-sqlite');
  }

  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (applicationId !== APPLICATION_ID) {
      refuse(shownAs, 'is an SQLite database from another program, not a Waveplan estate.', 'foreign-sqlite');
    }
    if (version > LATEST_SCHEMA_VERSION) {
      refuse(
        shownAs,
        `was saved by a newer version of Waveplan (estate format ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Waveplan to open it.`,
        'newer-version',
      );
    }
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') refuse(shownAs, `is damaged: SQLite's integrity check failed (${firstProblem(check)}).`, 'corrupt');
    return version;
  } catch (error) {
    if (error instanceof WaveplanError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(shownAs, `is damaged and cannot be read (${firstProblem(detail)}).`, 'corrupt');
  } finally {
    db?.close();
  }
}

/** Opens a checked estate file for editing: WAL, full sync, foreign keys, latest schema. */
export function openEstateDatabase(path: string): Database.Database {
  inspectEstateFile(path);
  const db = new Database(path, { fileMustExist: true });
  try {
    configure(db);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Creates a new, empty estate file at the latest schema. */
export function createEstateDatabase(path: string, name: string, now: string): Database.Database {
  const db = new Database(path);
  try {
    configure(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db);
    db.prepare('INSERT INTO estate (singleton, name, revision, createdAt, updatedAt) VALUES (1, ?, 0, ?, ?)').run(name, now, now);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL: an edit the service has acknowledged survives a power cut, not only a crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}
