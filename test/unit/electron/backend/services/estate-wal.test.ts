import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EstateLibrary } from '../../../../../electron/backend/services/library.js';
import { makeGoodEstate } from '../../../../../scripts/bad-estates.js';

// A write-ahead log beside an estate is applied when the file opens: kept when it is
// the file's own (a crash left acknowledged edits in it), refused when it is not.

let dir: string;
let scratch: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'waveplan-wal-lib-'));
  scratch = mkdtempSync(join(tmpdir(), 'waveplan-wal-scratch-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** A copy of `path` and the log of one more edit to it, as a crash would leave them (the log not yet checkpointed). */
function withUncheckpointedEdit(path: string, copyTo: string, edit: string): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec(edit);
  copyFileSync(path, copyTo);
  copyFileSync(`${path}-wal`, `${copyTo}-wal`);
  db.close();
}

describe('a -wal beside an estate in the library', () => {
  it('that is its own, left by a crash, is applied: the acknowledged edit is there', () => {
    const source = join(scratch, 'a.waveplan');
    makeGoodEstate(source, 'Ours');
    withUncheckpointedEdit(source, join(dir, 'ours.waveplan'), "UPDATE workload SET owner = 'Saved before the crash' WHERE id = 'hosp-redis'");
    const library = new EstateLibrary(dir);
    expect(library.list()[0]?.problem).toBeUndefined();
    expect(library.snapshot('ours').workloads.find((w) => w.id === 'hosp-redis')?.owner).toBe('Saved before the crash');
    library.closeAll();
  });

  it('from another estate is refused, and neither file is changed', () => {
    const other = join(scratch, 'other.waveplan');
    makeGoodEstate(other, 'Another estate');
    // Another estate, made a moment later, with its header rewritten in its log.
    withUncheckpointedEdit(other, join(scratch, 'other-copy.waveplan'), "UPDATE estate SET name = 'Theirs', createdAt = '2026-06-01T00:00:00.000Z'");
    makeGoodEstate(join(dir, 'ours.waveplan'), 'Ours');
    copyFileSync(join(scratch, 'other-copy.waveplan-wal'), join(dir, 'ours.waveplan-wal'));
    const library = new EstateLibrary(dir);
    expect(library.list()[0]?.problem).toMatch(/^“ours\.waveplan” has a write-ahead log beside it \(ours\.waveplan-wal\) that belongs to another estate\. Neither was changed\./);
    library.closeAll();
  });

  it('that is not an SQLite log at all is refused', () => {
    makeGoodEstate(join(dir, 'ours.waveplan'), 'Ours');
    writeFileSync(join(dir, 'ours.waveplan-wal'), Buffer.alloc(4096, 7));
    const library = new EstateLibrary(dir);
    expect(library.list()[0]?.problem).toMatch(/that is not an SQLite write-ahead log/);
    library.closeAll();
  });
});

describe('a -wal beside a hostile estate', () => {
  it('does not make the host run the file’s own SQL: an estate table that is an endless view is refused at once', async () => {
    const path = join(dir, 'view.waveplan');
    makeGoodEstate(path, 'Hostile');
    const db = new Database(path);
    db.exec(
      'DROP TABLE estate; CREATE VIEW estate AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT 1 AS singleton, x AS name, 0 AS revision, x AS createdAt, x AS updatedAt FROM n',
    );
    db.close();
    // A log with SQLite's header and the file's page size: enough to reach the log checks.
    const header = Buffer.alloc(32);
    header.writeUInt32BE(0x377f0682, 0);
    header.writeUInt32BE(3007000, 4);
    header.writeUInt32BE(4096, 8);
    writeFileSync(`${path}-wal`, header);
    const started = performance.now();
    const library = new EstateLibrary(dir);
    const [entry] = library.list();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(entry?.problem).toMatch(/“estate” is a view where Waveplan has a table/);
    library.closeAll();
  });
});
