import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../../electron/backend/handlers.js';
import type { EstateSnapshot } from '../../../shared/estate/estate.js';
import { guessMapping } from '../../../shared/import/header-mapping.js';
import { previewImport } from '../../../shared/import/import-plan.js';
import { BAD_FILES, makeBadFiles } from '../../../scripts/make-bad-files.js';
import { appWithSample } from '../../support/app-with-sample.js';
import { LATEST_SCHEMA_VERSION } from '../../../electron/backend/services/migrations/index.js';

// The bad-files corpus (scripts/make-bad-files.ts), each fed to the app the way the
// app takes it: the expected message, the app still answering, the file untouched,
// the open estate unchanged.

const dir = mkdtempSync(join(tmpdir(), 'waveplan-bad-'));
let handlers: HandlerTable;
let cleanup: () => void;
let estateId: string;
let before: EstateSnapshot;

beforeAll(async () => {
  makeBadFiles(dir);
  ({ handlers, cleanup, estateId, before } = await appWithSample('Open while bad files arrive'));
}, 60_000);
afterAll(() => {
  cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const hash = (name: string) =>
  createHash('sha256')
    .update(readFileSync(join(dir, name)))
    .digest('hex');
const send = (name: string) => ({ fileName: name, bytes: readFileSync(join(dir, name)).toString('base64') });

async function refused(method: 'importEstateFile' | 'readSpreadsheet', name: string): Promise<string> {
  const fingerprint = hash(name);
  const result = await handlers[method](send(name));
  expect(result.ok, name).toBe(false);
  // Still answering, the file as it was, the open estate as it was, nothing added to the library.
  const list = await handlers.listEstates({});
  expect(list.ok && (list.value as unknown[]).length).toBe(1);
  expect(hash(name)).toBe(fingerprint);
  const after = (await handlers.openEstate({ id: estateId })) as { ok: true; value: EstateSnapshot };
  expect(after.value).toEqual(before);
  return result.ok ? '' : result.error.message;
}

describe('the bad-files corpus', () => {
  it('refuses each bad estate file with what is wrong with it', async () => {
    expect(await refused('importEstateFile', BAD_FILES.truncatedEstate)).toMatch(/^“truncated\.waveplan” is damaged/);
    expect(await refused('importEstateFile', BAD_FILES.foreignSqlite)).toBe('“other-app.waveplan” is an SQLite database from another program, not a Waveplan estate. It was not changed.');
    expect(await refused('importEstateFile', BAD_FILES.newerEstate)).toBe(
      `“from-the-future.waveplan” was saved by a newer version of Waveplan (estate format ${LATEST_SCHEMA_VERSION + 5}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Waveplan to open it. It was not changed.`,
    );
    expect(await refused('importEstateFile', BAD_FILES.randomBinary)).toBe('“random.waveplan” is not a Waveplan estate: it is not an SQLite database at all. It was not changed.');
    expect(await refused('importEstateFile', BAD_FILES.emptyFile)).toBe('“empty.waveplan” is empty, so it is not a Waveplan estate. It was not changed.');
  });

  it('refuses each bad spreadsheet with what to do', async () => {
    expect(await refused('readSpreadsheet', BAD_FILES.zipBomb)).toMatch(/^bomb\.xlsx would expand to 3,7\d\d MB when opened, more than the 400 MB/);
    expect(await refused('readSpreadsheet', BAD_FILES.tooManyRows)).toMatch(/claims 1,048,577 rows and 4 columns, beyond Excel's limit/);
    expect(await refused('readSpreadsheet', BAD_FILES.passwordWorkbook)).toMatch(/^protected\.xlsx is protected with a password\. Open it in Excel, remove the password/);
    expect(await refused('readSpreadsheet', BAD_FILES.hugeCsv)).toMatch(/^huge\.csv is 100 MB; Waveplan imports spreadsheets up to 50 MB/);
  }, 60_000);

  it('reads a CSV of mixed encodings line by line, and reports its ragged rows at their cells', async () => {
    const result = await handlers.readSpreadsheet(send(BAD_FILES.mixedCsv));
    expect(result.ok).toBe(true);
    const sheet = (result as { ok: true; value: { encoding: string; sheets: { name: string; rows: string[][] }[] } }).value;
    expect(sheet.encoding).toBe('mixed');
    const rows = sheet.sheets[0]?.rows ?? [];
    expect(rows.map((r) => r[0])).toEqual(['Name', 'PACS Zürich', 'Küche', 'Short']);
    let n = 0;
    const preview = previewImport(before, { sheet: 'mixed-encodings', rows }, guessMapping(rows[0] ?? []), () => `m${n++}`);
    expect(preview.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'D'],
      [4, 'B (Env)'],
    ]);
    expect(preview.adds.map((a) => a.workload.name)).toEqual(['PACS Zürich']);
  });
});
