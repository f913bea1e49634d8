import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Change } from '../../shared/changes/change-set.js';
import type { EstateSnapshot } from '../../shared/estate/estate.js';
import { WaveplanError } from '../../shared/errors.js';
import { createEstateDatabase, ESTATE_EXTENSION, inspectEstateFile, openOwnEstateDatabase } from '../backend/services/estate-file.js';
import { EstateRepository, storageError } from '../backend/services/estate-repository.js';
import { checkSideFiles, checkWalBelongs } from '../backend/services/estate-wal.js';
import { ESTATE_READ_LIMITS } from '../backend/services/read-outside-estate.js';
import { runWorkerJob } from '../backend/services/worker-job.js';
import type { RowCheckJob } from './row-check-worker.js';
import { checkOutputPath } from './output-path.js';
import { slugify } from '../backend/services/library.js';
import { LATEST_SCHEMA_VERSION } from '../backend/services/migrations/index.js';

// An estate on the command line is a path to a .waveplan file anywhere (an estate kept in
// a git repository), not an estate of the app's library. It goes through the same checks
// as a file from outside (estate-file.ts: header, schema, integrity, every row) and the
// same repository; reading never changes the file (an older file is migrated in a
// temporary copy), and writing is one transaction, or for a new file a complete file
// renamed into place, so an interrupted import leaves the estate as it was.
//
// Checking what a file holds (SQLite's integrity, references, every row against the
// schemas) costs more than reading it, so a read checks what the file is first (header,
// format, schema: nothing of the file's own runs before that), then checks its contents
// in a worker thread while the main thread reads and works on them; what the work found
// is given back only once the contents have passed.

const now = () => new Date().toISOString();

/** The estate's id as the snapshot carries it: from the file's name. */
const idOf = (path: string) => slugify(basename(path, ESTATE_EXTENSION));

function checked(path: string, { contents = true } = {}): number {
  if (!existsSync(path)) throw new WaveplanError('not-found', `There is no estate file at ${path}.`);
  if (!statSync(path).isFile()) throw new WaveplanError('refused-file', `${path} is a folder, not an estate file.`);
  checkSideFiles(path);
  const version = inspectEstateFile(path, basename(path), { contents });
  checkWalBelongs(path);
  return version;
}

/** Every row checked in a worker thread: resolves when they all read, rejects with the refusal otherwise. */
function checkRowsInWorker(path: string): Promise<void> {
  const shownAs = basename(path);
  const job: RowCheckJob = { path, shownAs };
  const tooMuch = (what: string) => new WaveplanError('refused-file', `“${shownAs}” ${what}, more than Waveplan allows for one estate file. It was not changed.`, { reason: 'too-large' });
  return runWorkerJob<void>(import.meta.url, 'row-check-worker', job, { heapMb: ESTATE_READ_LIMITS.heapMb, shownAs, doing: 'checking', deadlineVerb: 'check', tooMuch });
}

/**
 * Reads the estate at `path` and does `work` on it while its rows are checked; returns
 * what the work returned once the check has passed, and the refusal otherwise (the work's
 * own error only when the file is sound). The file is left exactly as it was.
 */
export async function withEstateAt<T>(path: string, work: (snapshot: EstateSnapshot) => T | Promise<T>, scenarioOf?: ScenarioPick): Promise<T> {
  checkSideFiles(path); // the original's own: a link or a foreign log beside it is refused, not copied
  const dir = mkdtempSync(join(tmpdir(), 'waveplan-read-'));
  try {
    return await readCopy(copyForReading(path, dir), work, scenarioOf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The file (with its log, when it has one with edits in it) copied under its own name
 * into `dir`. An estate file is in WAL mode, and SQLite gives every reader of one a -shm
 * (and an empty -wal) beside it, which a reader cannot remove: read in place, `waveplan
 * plan estate.waveplan` would leave two new files in the reviewer's git working tree.
 */
function copyForReading(path: string, dir: string): string {
  if (!existsSync(path)) throw new WaveplanError('not-found', `There is no estate file at ${path}.`);
  if (!statSync(path).isFile()) throw new WaveplanError('refused-file', `${path} is a folder, not an estate file.`);
  const copy = join(dir, basename(path));
  copyFileSync(path, copy);
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) copyFileSync(wal, `${copy}-wal`);
  return copy;
}

async function readCopy<T>(path: string, work: (snapshot: EstateSnapshot) => T | Promise<T>, scenarioOf?: ScenarioPick): Promise<T> {
  const version = checked(path, { contents: false });
  const rowsRead = checkRowsInWorker(path);
  rowsRead.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: await work(snapshotOf(path, version, scenarioOf)) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  await rowsRead;
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/** The estate at `path`, read and checked. */
export function readEstateAt(path: string): Promise<EstateSnapshot> {
  return withEstateAt(path, (snapshot) => snapshot);
}

/** Which scenario to read, from the estate as its active scenario sees it (undefined: that one). */
export type ScenarioPick = (active: EstateSnapshot) => string | undefined;

/** The snapshot of the scenario `pick` names, read from the same open file. */
function pickScenario(repo: EstateRepository, pick: ScenarioPick | undefined): EstateSnapshot {
  const active = repo.snapshot(LATEST_SCHEMA_VERSION);
  const id = pick?.(active);
  return id === undefined || id === active.activeScenarioId ? active : repo.snapshot(LATEST_SCHEMA_VERSION, id);
}

function snapshotOf(path: string, version: number, pick?: ScenarioPick): EstateSnapshot {
  if (version === LATEST_SCHEMA_VERSION) {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      db.pragma('trusted_schema = OFF');
      return pickScenario(new EstateRepository(idOf(path), db, now), pick);
    } finally {
      db.close();
    }
  }
  // An older file is migrated in a copy: a read-only command must not rewrite a file in someone's repository.
  const dir = mkdtempSync(join(tmpdir(), 'waveplan-read-'));
  try {
    const copy = join(dir, basename(path));
    const source = new Database(path, { readonly: true, fileMustExist: true });
    try {
      source.prepare('VACUUM INTO ?').run(copy);
    } finally {
      source.close();
    }
    const db = openOwnEstateDatabase(copy);
    try {
      return pickScenario(new EstateRepository(idOf(path), db, now), pick);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Applies a change set to the estate at `path` in one transaction, if it is still at
 * `baseRevision` (nobody wrote it since it was read). A missing file is created whole:
 * written under a temporary name beside it and renamed in when complete.
 */
export function writeChangesAt(path: string, baseRevision: number, changes: readonly Change[], newName: string): { revision: number; created: boolean } {
  if (existsSync(path)) {
    checked(path);
    const repo = new EstateRepository(idOf(path), openOwnEstateDatabase(path), now);
    try {
      return { revision: repo.applyChanges(baseRevision, changes).revision, created: false };
    } finally {
      repo.close();
    }
  }
  checkOutputPath(resolve(path));
  const temp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.incoming`);
  try {
    const repo = new EstateRepository(idOf(path), createEstateDatabase(temp, newName, now()), now);
    let revision: number;
    try {
      revision = repo.applyChanges(0, changes).revision;
    } finally {
      repo.close(); // checkpoints the log: the renamed file is complete on its own
    }
    renameSync(temp, path);
    return { revision, created: true };
  } catch (error) {
    throw storageError(error) ?? error;
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
  }
}

/** An empty estate, as a new file's import starts from (nothing is written). */
export function emptyEstate(path: string, name: string): EstateSnapshot {
  const dir = mkdtempSync(join(tmpdir(), 'waveplan-new-'));
  try {
    const repo = new EstateRepository(idOf(path), createEstateDatabase(join(dir, 'new.waveplan'), name, now()), now);
    try {
      return repo.snapshot(LATEST_SCHEMA_VERSION);
    } finally {
      repo.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
