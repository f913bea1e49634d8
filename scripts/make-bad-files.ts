// The files Waveplan must refuse or survive (issues 8 and 13), made from scratch: nothing
// here is downloaded. Issue 13's hostile estate files and spreadsheets are built in
// bad-estates.ts and bad-spreadsheets.ts, each with its own test. `npm run fixtures:bad` writes them to test/fixtures/bad/; the test
// imports makeBadFiles and writes them to a temporary folder.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zip } from './zip-builder.js';
import { createEstateDatabase } from '../electron/backend/services/estate-file.js';
import { LATEST_SCHEMA_VERSION } from '../electron/backend/services/migrations/index.js';
import { makeBadEstates } from './bad-estates.js';
import { hugeCell, lyingZip, oneLineCsv, sharedStringFlood, sparseCorner, wideSheet } from './bad-spreadsheets.js';

/** An OLE compound file as Excel writes a password-protected workbook: the encrypted package beside its EncryptionInfo stream. */
function encryptedWorkbook(): Buffer {
  const file = Buffer.alloc(512 * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x003e, 24); // minor version
  file.writeUInt16LE(0x0003, 26); // major version 3
  file.writeUInt16LE(0xfffe, 28); // little-endian
  file.writeUInt16LE(9, 30); // 512-byte sectors
  const entry = (name: string, at: number) => {
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(file, at);
    file.writeUInt16LE(utf16.length, at + 64);
  };
  entry('Root Entry', 1024);
  entry('EncryptionInfo', 1024 + 128);
  entry('EncryptedPackage', 1024 + 256);
  randomBytes(512).copy(file, 1536);
  return file;
}

export const BAD_FILES = {
  truncatedEstate: 'truncated.waveplan',
  foreignSqlite: 'other-app.waveplan',
  newerEstate: 'from-the-future.waveplan',
  randomBinary: 'random.waveplan',
  emptyFile: 'empty.waveplan',
  zipBomb: 'bomb.xlsx',
  tooManyRows: 'too-many-rows.xlsx',
  passwordWorkbook: 'protected.xlsx',
  mixedCsv: 'mixed-encodings.csv',
  hugeCsv: 'huge.csv',
} as const;

export function makeBadFiles(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const at = (name: string) => join(dir, name);

  // A real estate, cut in half.
  const full = at('whole.tmp');
  rmSync(full, { force: true });
  const db = createEstateDatabase(full, 'Cut short', '2026-01-01T00:00:00.000Z');
  db.pragma('journal_mode = DELETE');
  db.close();
  const bytes = readFileSync(full);
  writeFileSync(at(BAD_FILES.truncatedEstate), bytes.subarray(0, Math.floor(bytes.length / 2)));
  rmSync(full);

  const foreign = new Database(at(BAD_FILES.foreignSqlite));
  foreign.exec('DROP TABLE IF EXISTS photos; CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)');
  foreign.close();

  rmSync(at(BAD_FILES.newerEstate), { force: true });
  const newer = createEstateDatabase(at(BAD_FILES.newerEstate), 'From a newer Waveplan', '2026-01-01T00:00:00.000Z');
  newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
  newer.pragma('journal_mode = DELETE');
  newer.close();

  writeFileSync(at(BAD_FILES.randomBinary), randomBytes(64 * 1024));
  writeFileSync(at(BAD_FILES.emptyFile), Buffer.alloc(0));

  const workbookXml = Buffer.from('<?xml version="1.0"?><workbook/>');
  writeFileSync(
    at(BAD_FILES.zipBomb),
    zip([
      { name: 'xl/workbook.xml', data: workbookXml },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(4096, 0x20), claimed: 3_900_000_000 },
    ]),
  );
  writeFileSync(
    at(BAD_FILES.tooManyRows),
    zip([
      { name: 'xl/workbook.xml', data: workbookXml },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<?xml version="1.0"?><worksheet><dimension ref="A1:D1048577"/><sheetData/></worksheet>') },
    ]),
  );
  writeFileSync(at(BAD_FILES.passwordWorkbook), encryptedWorkbook());

  // UTF-8 and Latin-1 in one file, with rows longer and shorter than the header.
  writeFileSync(at(BAD_FILES.mixedCsv), Buffer.concat([Buffer.from('Name;Env;Site\nPACS Zürich;Prod;R1\n', 'utf8'), Buffer.from('Küche;Test;R2;extra\nShort\n', 'latin1')]));

  const line = Buffer.from('Server 0000001,Production,Odoo ERP,Application,ERP team,2\n');
  const huge = Buffer.alloc(100 * 1024 * 1024 + 1);
  for (let i = 0; i < huge.length; i += line.length) line.copy(huge, i);
  writeFileSync(at(BAD_FILES.hugeCsv), huge);
}

/** Issue 13's hostile spreadsheets, by file name (scripts/bad-spreadsheets.ts builds them). */
const HOSTILE_SPREADSHEETS: Record<string, () => Buffer> = {
  'corner-XFD1.xlsx': () => sparseCorner('XFD1'),
  'corner-A1048576.xlsx': () => sparseCorner('A1048576'),
  'lying-directory.xlsx': () => lyingZip(),
  'wide-16384-columns.xlsx': () => wideSheet(),
  'huge-cell.xlsx': () => hugeCell(),
  'shared-string-flood.xlsx': () => sharedStringFlood(),
  'one-line-50MB.csv': () => oneLineCsv(50),
};

if (process.argv[1]?.endsWith('make-bad-files.ts')) {
  const dir = join(process.cwd(), 'test', 'fixtures', 'bad');
  makeBadFiles(dir);
  const estates = makeBadEstates(dir);
  for (const [name, make] of Object.entries(HOSTILE_SPREADSHEETS)) writeFileSync(join(dir, name), make());
  console.log(`Wrote ${Object.values(BAD_FILES).length + estates.size + Object.keys(HOSTILE_SPREADSHEETS).length} bad files to ${dir}`);
}
