import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { WaveplanError } from '../../../shared/errors.js';
import { describeRowProblem, firstBadRow } from './estate-row-check.js';
import { describeDifferences, schemaDifferences } from './estate-schema.js';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations/index.js';

/** PRAGMA application_id of every estate file: "WAVP". Marks the file as ours. */
export const APPLICATION_ID = 0x57415650;
export const ESTATE_EXTENSION = '.waveplan';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * The largest estate a file may hold: ten times the largest the planner is measured on
 * (issue 16's 100,000-workload estates would not need more). Past this, reading the rows
 * alone would take the host's memory.
 */
export const ESTATE_LIMITS = {
  workload: 1_000_000,
  dependency: 5_000_000,
  node_position: 1_000_000,
  estate_setting: 100,
  // A workshop compares a handful of scenarios; each holds at most one row per workload and four settings.
  scenario: 100,
  active_scenario: 1,
  scenario_workload: 5_000_000,
  scenario_setting: 400,
} as const;

/** The schema version that added each table after the first (older files do not have it). */
const TABLE_SINCE: Partial<Record<keyof typeof ESTATE_LIMITS, number>> = { node_position: 2, estate_setting: 3, scenario: 8, active_scenario: 8, scenario_workload: 8, scenario_setting: 8 };

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
  const first =
    report
      .replace(/^\*\*\* in database \w+ \*\*\*\s*/, '')
      .split(/\n|(?= Tree \d| Page \d)/)[0]
      ?.trim() ?? report;
  return first.length > 100 ? `${first.slice(0, 97)}…` : first;
}

/**
 * Decides whether a file is an estate this version can open, touching nothing:
 * the header is read with plain file I/O and SQLite is opened read-only. In order, so
 * that nothing of the file's own runs: the header, the application id and version, the
 * schema object by object against our migrations' (estate-schema.ts), SQLite's
 * integrity check, references between rows, and every row against the contract's
 * schemas (estate-row-check.ts).
 * Returns the file's schema version; throws a 'refused-file' error otherwise, naming
 * the file as `shownAs` (the user's name for a file checked from a temporary copy).
 * `thorough` is for files from outside: SQLite's full integrity check instead of the quick one.
 * `contents: false` checks what a file is (header, owner, format, schema, size) and leaves
 * what it holds (SQLite's integrity, references, every row) to `checkEstateContents`, for
 * a caller that checks them in a worker thread while it reads (the command line): the
 * schema check is what keeps a file's own code (triggers, views) from running, and
 * SQLite reads a damaged file with an error, never a crash, so nothing may be shown from
 * the file until that check has passed too, but reading may start.
 */
export function inspectEstateFile(path: string, shownAs = basename(path), { thorough = false, contents = true } = {}): number {
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
    guard(db);
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (applicationId !== APPLICATION_ID) {
      refuse(shownAs, 'is an SQLite database from another program, not a Waveplan estate.', 'foreign-sqlite');
    }
    if (version > LATEST_SCHEMA_VERSION) {
      refuse(shownAs, `was saved by a newer version of Waveplan (estate format ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Waveplan to open it.`, 'newer-version');
    }
    const differences = schemaDifferences(db, version);
    if (differences.length > 0) {
      refuse(
        shownAs,
        `holds more than estate data: ${describeDifferences(differences)}. Waveplan opens only the tables it creates itself, so that nothing in a file can run inside the app.`,
        'foreign-schema',
      );
    }
    for (const [table, limit] of Object.entries(ESTATE_LIMITS)) {
      if (version < (TABLE_SINCE[table as keyof typeof ESTATE_LIMITS] ?? 1)) continue;
      const count = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      if (count > limit) refuse(shownAs, `holds ${count.toLocaleString('en')} rows in table ${table}; Waveplan opens estates of up to ${limit.toLocaleString('en')}.`, 'too-large');
    }
    if (contents) refuseBadContents(db, version, shownAs, thorough);
    return version;
  } catch (error) {
    if (error instanceof WaveplanError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(shownAs, `is damaged and cannot be read (${firstProblem(detail)}).`, 'corrupt');
  } finally {
    db?.close();
  }
}

/** What a file holds, checked: SQLite's integrity, every reference, every row against the schemas. */
function refuseBadContents(db: Database.Database, version: number, shownAs: string, thorough: boolean): void {
  // A file from outside gets the full check, which also proves every index matches its
  // table (references are checked through those indexes); a library file, the quick one.
  const check = db.pragma(thorough ? 'integrity_check' : 'quick_check', { simple: true }) as string;
  if (check !== 'ok') refuse(shownAs, `is damaged: SQLite's integrity check failed (${firstProblem(check)}).`, 'corrupt');
  const dangling = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  const first = dangling[0];
  if (first)
    refuse(
      shownAs,
      `is damaged: table ${first.table}, row ${first.rowid} names a ${first.parent} that is not in the file${dangling.length > 1 ? ` (and ${dangling.length - 1} more such rows)` : ''}.`,
      'bad-rows',
    );
  const badRow = firstBadRow(db, version, { indexesChecked: thorough });
  if (badRow) refuse(shownAs, `cannot be read as an estate: ${describeRowProblem(badRow)}.`, 'bad-rows');
}

/** The contents check of `inspectEstateFile`, alone: for a file whose structure `inspectEstateFile(…, { contents: false })` has passed. */
export function checkEstateContents(path: string, shownAs = basename(path), { thorough = false } = {}): void {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    guard(db);
    refuseBadContents(db, db.pragma('user_version', { simple: true }) as number, shownAs, thorough);
  } catch (error) {
    if (error instanceof WaveplanError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    refuse(shownAs, `is damaged and cannot be read (${firstProblem(detail)}).`, 'corrupt');
  } finally {
    db.close();
  }
}

/** Opens a checked estate file for editing: WAL, full sync, foreign keys, latest schema. */
export function openEstateDatabase(path: string): Database.Database {
  inspectEstateFile(path);
  return openOwnEstateDatabase(path);
}

/**
 * Opens an estate file without inspecting it first: only for a file Waveplan has just
 * written or checked itself (a new, duplicated or imported estate).
 */
export function openOwnEstateDatabase(path: string): Database.Database {
  const db = new Database(path, { fileMustExist: true });
  try {
    configure(db);
    migrate(db);
    // Our migrations ran on a schema that was ours; this proves the result is too.
    const differences = schemaDifferences(db, LATEST_SCHEMA_VERSION);
    if (differences.length > 0) refuse(basename(path), `holds more than estate data: ${describeDifferences(differences)}.`, 'foreign-schema');
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

/**
 * What every connection gets before its first statement: the schema is not trusted
 * (functions with side effects cannot run from a view, trigger or default in the file),
 * triggers do not recurse, and cells are size-checked as they are read, so a damaged
 * page is an error rather than a crash.
 */
function guard(db: Database.Database): void {
  db.pragma('trusted_schema = OFF');
  db.pragma('recursive_triggers = OFF');
  db.pragma('cell_size_check = ON');
}

function configure(db: Database.Database): void {
  guard(db);
  db.pragma('journal_mode = WAL');
  // FULL: an edit the service has acknowledged survives a power cut, not only a crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}
