import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, lstatSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { WaveplanError } from '../../../shared/errors.js';
import { schemaDifferences } from './estate-schema.js';
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';

// SQLite applies whatever write-ahead log sits beside a database under its name
// (`x.waveplan-wal`) when the file is next opened. After a crash that log holds edits
// we acknowledged, so it must be kept; but a log copied in from another file would be
// applied silently. A log belongs to its file when it is SQLite's, for pages of the
// file's size, and describes the same estate (the header's creation time, set once when
// an estate is made, is the same with and without it). The rows it brings are then
// checked with the file, by inspectEstateFile, like any others.

const WAL_MAGIC = [0x377f0682, 0x377f0683];

function readBytes(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

const pageSizeOfDatabase = (header: Buffer) => (header.length >= 18 ? (header.readUInt16BE(16) === 1 ? 65_536 : header.readUInt16BE(16)) : 0);

/** The estate's creation time, read only once its schema is known to be ours (nothing of the file's own runs). */
function createdAt(path: string): unknown {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('trusted_schema = OFF');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1 || version > LATEST_SCHEMA_VERSION || schemaDifferences(db, version).length > 0) return undefined;
    return (db.prepare('SELECT createdAt FROM estate WHERE singleton = 1').get() as { createdAt?: unknown } | undefined)?.createdAt;
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

function refuseLog(path: string, why: string): never {
  const file = basename(path);
  throw new WaveplanError(
    'refused-file',
    `“${file}” has a write-ahead log beside it (${file}-wal) that ${why}. Neither was changed. If you did not put that log there, move it out of the library folder: the estate then opens as it was last saved.`,
    { file, reason: 'foreign-wal' },
  );
}

/**
 * Refuses an estate whose -wal or -shm is a link, or whose -wal is not SQLite's or not
 * for pages of the file's size. Reads bytes only: no SQL runs before the file and its
 * log have passed inspectEstateFile; then checkWalBelongs.
 */
export function checkSideFiles(path: string): void {
  for (const suffix of ['-wal', '-shm']) {
    const side = path + suffix;
    if (!existsSync(side)) continue;
    if (!lstatSync(side).isFile()) {
      throw new WaveplanError(
        'refused-file',
        `“${basename(path)}” has a ${suffix} beside it that is a link or a folder, not SQLite's own file. Neither was changed; move it out of the library folder.`,
        { reason: 'foreign-wal' },
      );
    }
  }
  const wal = path + '-wal';
  if (!existsSync(wal) || lstatSync(wal).size === 0) return;
  const header = readBytes(wal, 32);
  if (header.length < 32 || !WAL_MAGIC.includes(header.readUInt32BE(0))) refuseLog(path, 'is not an SQLite write-ahead log');
  if (header.readUInt32BE(8) !== pageSizeOfDatabase(readBytes(path, 100))) refuseLog(path, 'was written for a database with pages of another size');
}

/** After the file with its log has passed every check: the log must describe the same estate as the file alone. */
export function checkWalBelongs(path: string): void {
  const wal = path + '-wal';
  if (!existsSync(wal) || lstatSync(wal).size === 0) return;
  // The file as last checkpointed, read from a copy without the log.
  const dir = mkdtempSync(join(tmpdir(), 'waveplan-wal-'));
  try {
    const alone = join(dir, 'alone.waveplan');
    copyFileSync(path, alone);
    const before = createdAt(alone);
    const after = createdAt(path);
    if (before !== undefined && before !== after) refuseLog(path, 'belongs to another estate');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
