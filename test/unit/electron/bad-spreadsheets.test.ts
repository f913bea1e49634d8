import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, type HandlerTable } from '../../../electron/backend/handlers.js';
import { hiddenSheets, hugeCell, lyingZip, oneLineCsv, sharedStringFlood, sparseCorner, wideSheet } from '../../../scripts/bad-spreadsheets.js';
import { tempLibrary } from '../../support/temp-library.js';

// Spreadsheets from strangers (scripts/bad-spreadsheets.ts), each sent the way the app
// sends it: read small or refused with what went past which limit and where, the app
// still answering within 2 s, and nothing left behind in the library folder.

type Sheets = { sheets: { name: string; rows: string[][] }[] };

let handlers: HandlerTable;
let cleanup: () => void;
let dir: string;
let before: string[];

beforeAll(async () => {
  const t = tempLibrary();
  ({ cleanup, dir } = t);
  handlers = createHandlers({ host: 'web', library: t.library });
  await handlers.createEstate({ name: 'Open while strangers’ files arrive', from: 'sample' });
  before = readdirSync(dir).sort();
}, 60_000);
afterAll(() => cleanup());

const send = (fileName: string, bytes: Buffer) => handlers.readSpreadsheet({ fileName, bytes: bytes.toString('base64') });

/** The app answers another call within 2 s, and the library folder is as it was. */
async function stillAnswering(): Promise<void> {
  const started = performance.now();
  const list = await handlers.listEstates({});
  expect(list.ok && (list.value as unknown[]).length).toBe(1);
  expect(performance.now() - started).toBeLessThan(2_000);
  expect(readdirSync(dir).sort()).toEqual(before);
}

async function refused(fileName: string, bytes: Buffer): Promise<string> {
  const result = await send(fileName, bytes);
  expect(result.ok, fileName).toBe(false);
  await stillAnswering();
  return result.ok ? '' : `${result.error.code}: ${result.error.message}`;
}

async function read(fileName: string, bytes: Buffer): Promise<Sheets> {
  const result = await send(fileName, bytes);
  expect(result.ok, fileName).toBe(true);
  await stillAnswering();
  return (result as { ok: true; value: Sheets }).value;
}

describe('spreadsheets from strangers', () => {
  it('reads sheets with one cell at a far corner into small ragged rows, or refuses the far column', async () => {
    expect(await refused('corner.xlsx', sparseCorner('XFD1'))).toBe(
      'refused-file: corner.xlsx: sheet “vInfo” has data in column XFD (16,384), at XFD1; Waveplan reads up to 1,024 columns (up to AMJ). Delete the columns you do not need and import it again. It was not opened; nothing was imported.',
    );
    const mid = (await read('mid.xlsx', sparseCorner('A100000'))).sheets[0]?.rows ?? [];
    expect([mid.length, mid[0], mid[1], mid.at(-1)]).toEqual([100_000, ['Name'], [], ['far']]);
    const started = performance.now();
    const last = (await read('last.xlsx', sparseCorner('A1048576'))).sheets[0]?.rows ?? [];
    expect([last.length, last[0], last.at(-1)]).toEqual([1_048_576, ['Name'], ['far']]);
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 60_000);

  it('stops a workbook whose zip directory lies about its sizes at the inflate budget, while the app answers', async () => {
    const reading = send('lying.xlsx', lyingZip());
    const meanwhile = await handlers.listEstates({});
    expect(meanwhile.ok).toBe(true);
    const result = await reading;
    expect(result.ok ? '' : result.error.message).toBe(
      'lying.xlsx would expand past 300 MB when opened (its part xl/worksheets/sheet1.xml alone would, whatever its zip directory says); Waveplan reads up to 300 MB from one part of a workbook. It was not opened; nothing was imported.',
    );
    await stillAnswering();
  }, 60_000);

  it('refuses a sheet using all 16,384 columns and a cell past Excel’s 32,767 characters', async () => {
    expect(await refused('wide.xlsx', wideSheet())).toBe(
      'refused-file: wide.xlsx: sheet “vInfo” has data in column AMK (1,025), at AMK1; Waveplan reads up to 1,024 columns (up to AMJ). Delete the columns you do not need and import it again. It was not opened; nothing was imported.',
    );
    expect(await refused('inline.xlsx', hugeCell('inline'))).toBe(
      "refused-file: inline.xlsx: sheet “Servers” cell B2 holds more than 32,767 characters, Excel's limit for a cell. It was not opened; nothing was imported.",
    );
    expect(await refused('shared.xlsx', hugeCell('shared'))).toBe(
      "refused-file: shared.xlsx: sheet “Servers” cell C2 holds more than 32,767 characters, Excel's limit for a cell. It was not opened; nothing was imported.",
    );
  }, 60_000);

  it('bounds the text a shared string referenced 1.1 million times would return', async () => {
    expect(await refused('flood.xlsx', sharedStringFlood())).toMatch(
      /^refused-file: flood\.xlsx holds more than 100,000,000 characters of text in its cells \(sheet “Flood” cell A\d+ is past that\); Waveplan reads up to 100,000,000\./,
    );
  }, 60_000);

  it('refuses a 50 MB one-line CSV quickly, naming the row and the column', async () => {
    const started = performance.now();
    expect(await refused('line.csv', oneLineCsv(50))).toBe(
      'refused-file: line.csv: row 1 has more than 1,024 fields; Waveplan reads up to 1,024 columns (up to AMJ). Delete the columns you do not need and import it again. It was not opened; nothing was imported.',
    );
    expect(await refused('blob.csv', oneLineCsv(50, false))).toBe(
      "refused-file: blob.csv: row 1, column A holds more than 32,767 characters, Excel's limit for a cell (is it really a CSV?). It was not opened; nothing was imported.",
    );
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('skips hidden sheets', async () => {
    expect((await read('hidden.xlsx', hiddenSheets())).sheets).toEqual([{ name: 'Servers', rows: [['visible']] }]);
  });
});
