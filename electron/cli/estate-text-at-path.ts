import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { EstateText } from '../../shared/estate-text/text-form.js';
import { WaveplanError } from '../../shared/errors.js';
import { readEstateTextBytes } from '../backend/services/estate-text-reader.js';
import { createEstateDatabase, inspectEstateFile, openOwnEstateDatabase } from '../backend/services/estate-file.js';
import { EstateRepository } from '../backend/services/estate-repository.js';
import { baselineContentOf, estateTextOf, scenarioRowsOf } from '../backend/services/estate-scenario-text.js';
import { LATEST_SCHEMA_VERSION } from '../backend/services/migrations/index.js';
import { checkOutputPath } from './output-path.js';

// Estates named on the command line: a .waveplan file (SQLite) or its text form (YAML),
// told apart by their first bytes, not their names (git hands a merge driver and a
// textconv temporary files without an extension). A file read is never changed: an
// older estate file is migrated in a temporary copy. A file written is made beside its
// target and renamed over it, so a failure leaves the target as it was.

const SQLITE_HEADER = 'SQLite format 3\u0000';

export type EstateFormat = 'waveplan' | 'yaml';

/** Which form a file holds, from its first 16 bytes. */
export function formatOf(path: string): EstateFormat {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    return read === 16 && head.toString('latin1') === SQLITE_HEADER ? 'waveplan' : 'yaml';
  } finally {
    closeSync(fd);
  }
}

/** A -wal with something in it: edits not yet in the main file (an empty one, left by a reader, holds nothing). */
const hasLog = (path: string) => existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0;

function mustExist(path: string): void {
  if (!existsSync(path)) throw new WaveplanError('not-found', `${path}: no such file.`);
}

/** The estate in a .waveplan file with its scenarios, checked in full (schema, integrity, every row) in a temporary copy. */
export function readEstateFile(path: string, shownAs = basename(path)): EstateText {
  mustExist(path);
  if (hasLog(path)) {
    throw new WaveplanError(
      'refused-file',
      `${shownAs} has unsaved changes in ${basename(path)}-wal beside it (it is open in Waveplan, or Waveplan stopped while it was). Close it in Waveplan first. It was not changed.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'waveplan-cli-'));
  const copy = join(dir, 'estate.waveplan');
  try {
    copyFileSync(path, copy);
    inspectEstateFile(copy, shownAs, { thorough: true });
    const repo = new EstateRepository('cli', openOwnEstateDatabase(copy), () => new Date().toISOString());
    try {
      // The baseline's decisions whichever scenario is active, and every other scenario over them.
      return estateTextOf(repo, LATEST_SCHEMA_VERSION);
    } finally {
      repo.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The estate in either form; a text is read in a worker with a heap limit (estate-text-reader.ts). */
export async function readEstateAt(path: string, shownAs = basename(path)): Promise<{ estate: EstateText; format: EstateFormat }> {
  mustExist(path);
  const format = formatOf(path);
  const estate = format === 'waveplan' ? readEstateFile(path, shownAs) : await readEstateTextBytes(shownAs, readFileSync(path));
  return { estate, format };
}

/**
 * Refuses to replace a file that is not an estate file (a damaged one is refused as it is
 * read), or an estate file holding scenarios that `estate` does not carry: the file is
 * replaced whole, so they would be lost without a word (`import x.yaml --into` an estate
 * from a text made before they were, git's merge driver writing over ours).
 */
function refuseLosingScenarios(path: string, estate: EstateText): void {
  if (!existsSync(path)) return;
  // Only an estate file is replaced: another file under that name (notes, a damaged copy) is not ours to overwrite.
  if (formatOf(path) !== 'waveplan') throw new WaveplanError('refused-file', `${basename(path)} is there and is not an estate file, so it was not replaced: move it away or name another file.`);
  const carried = new Set(estate.scenarios.map((s) => s.id));
  const lost = readEstateFile(path).scenarios.filter((s) => !carried.has(s.id));
  if (!lost.length) return;
  throw new WaveplanError(
    'refused-file',
    `${basename(path)} holds scenarios that the estate written over it does not (${lost.map((s) => `“${s.name}”`).join(', ')}): replacing the file would lose them, so it was not changed. Bring the other copy in with \`waveplan merge\` or the app's “Merge another copy of this estate…”, which keep them.`,
  );
}

/** Writes (or replaces) a .waveplan file holding the estate and its scenarios (the baseline active): made beside it, renamed over it. */
export function writeEstateFile(path: string, estate: EstateText): void {
  checkOutputPath(path);
  if (hasLog(path)) {
    throw new WaveplanError('refused-file', `${basename(path)} is open in Waveplan (it has a -wal file beside it): close it there first. It was not changed.`);
  }
  refuseLosingScenarios(path, estate);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const now = new Date().toISOString();
    const repo = new EstateRepository('cli', createEstateDatabase(temp, estate.name, now), () => now);
    try {
      repo.insertSnapshot(baselineContentOf(estate).content, scenarioRowsOf(estate));
    } finally {
      repo.close();
    }
    renameSync(temp, path);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
  }
}
