import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseSpreadsheet } from '../../../../../../electron/backend/services/excel/parse-spreadsheet.js';
import type { SheetRows } from '../../../../../../electron/backend/services/excel/spreadsheet.js';
import { writeWorkbook } from '../../../../../../electron/backend/services/excel/write-workbook.js';
import { zip } from '../../../../../../scripts/zip-builder.js';
import { cellKinds, hiddenSheets, hugeCell, lyingZip, sharedStringFlood, sheetXml, sparseCorner, wideSheet, workbook } from '../../../../../../scripts/bad-spreadsheets.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../../../shared/estate/estate-settings.js';
import type { EstateContent } from '../../../../../../shared/estate/estate.js';
import { buildWorkbookModel } from '../../../../../../shared/excel/export-model.js';
import { reportOf } from '../../../../../../shared/report/estate-report.js';
import { healthcareSampleEstate } from '../../../../../../shared/sample/healthcare-estate.js';

// The streaming .xlsx reader, in this thread: every kind of cell read as before, and the
// hostile workbooks refused (or read small) with where and why.

/** The exceljs-based reader this one replaced, with its rows made ragged the same way (trailing empties dropped). */
async function exceljsRead(bytes: Buffer): Promise<SheetRows[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const text = (value: ExcelJS.CellValue): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    if (typeof value === 'boolean') return value ? 'Yes' : 'No';
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value) return String(value.text ?? value.hyperlink);
    if ('formula' in value || 'sharedFormula' in value) return text((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('error' in value) return '';
    return String(value);
  };
  const sheets: SheetRows[] = [];
  book.eachSheet((ws) => {
    if (ws.state !== 'visible') return;
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        cells[c - 1] = text(cell.value);
      });
      const filled = Array.from(cells, (c) => c ?? '');
      while (filled.length && filled.at(-1) === '') filled.pop();
      rows[n - 1] = filled;
    });
    const dense = Array.from(rows, (r) => r ?? []);
    while (dense.length && dense.at(-1)?.length === 0) dense.pop();
    sheets.push({ name: ws.name, rows: dense });
  });
  return sheets;
}

const read = (name: string, bytes: Buffer, limits = {}) => parseSpreadsheet(name, bytes, limits);

describe('reading an .xlsx as a stream', () => {
  it('reads the app’s own export exactly as the exceljs reader did, sheet by sheet', async () => {
    const { workloads, dependencies } = healthcareSampleEstate();
    const content: EstateContent = { workloads, dependencies, positions: Object.fromEntries(workloads.map((w, i) => [w.id, i + 1])), nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS };
    const bytes = Buffer.from(await writeWorkbook(buildWorkbookModel('Meridian', content, reportOf(content))));
    const streamed = read('export.xlsx', bytes);
    expect(streamed.sheets.map((s) => s.name)).toEqual(['Summary', 'Inventory', 'Dependencies', 'Waves', 'Wave members', 'Cutover', 'Rollback', 'Costs', 'Findings', 'Settings']);
    expect(streamed.sheets).toEqual(await exceljsRead(bytes));
  });

  it('reads what exceljs writes — dates, booleans, rich text, hyperlinks, formulas, errors, sparse rows — as the exceljs reader did', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Servers');
    ws.addRow(['Name', 'Born', 'Cost', 'Ok', 'Notes', 'Link', 'Sum', 'Err']);
    for (let i = 0; i < 200; i++) {
      ws.addRow([
        `srv-${i}`,
        new Date(Date.UTC(2020, i % 12, 1 + (i % 28))),
        i * 1.25,
        i % 2 === 0,
        { richText: [{ text: 'rich ', font: { bold: true } }, { text: `${i}` }] },
        { text: `link ${i}`, hyperlink: 'https://example.com' },
        { formula: `C${i + 2}*2+1`, result: i * 2.5 + 1 },
        { error: '#N/A' },
      ]);
    }
    ws.getCell('B2').numFmt = 'dd/mm/yyyy hh:mm';
    ws.getCell('K300').value = 'far';
    book.addWorksheet('Hidden', { state: 'hidden' }).addRow(['secret']);
    book.addWorksheet('Empty');
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    expect(read('servers.xlsx', bytes).sheets).toEqual(await exceljsRead(bytes));
  });

  it('reads a formula whose cached result is 0 or FALSE as that (exceljs dropped falsy results, giving nothing)', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('F').addRow(['zero', { formula: '1-1', result: 0 }, { formula: '1>2', result: false }]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    expect(read('f.xlsx', bytes).sheets[0]?.rows).toEqual([['zero', '0', 'No']]);
    expect((await exceljsRead(bytes))[0]?.rows).toEqual([['zero']]);
  });

  it('reads every kind of cell as the text someone would type for it', () => {
    expect(read('kinds.xlsx', cellKinds()).sheets).toEqual([
      {
        name: 'Kinds',
        rows: [
          ['Name', 'Rich text', 'inline'],
          ['2024-01-01', '2025-01-01', '12', '0.1', '1e+21'],
          ['Yes', 'No', '', '2024-03-05'],
          [],
          ['', '2', 'ab', 'Yes', '2023-03-15'],
          [],
          ['merged', 'merged', 'merged'],
          ['merged', 'merged', 'merged'],
        ],
      },
    ]);
  });

  it('numbers rows without r from their cells’ references, or after the row before', () => {
    const xml = sheetXml('<row><c r="B3"><v>1</v></c></row><row><c><v>2</v></c><c><v>3</v></c></row><row r="9"><c><v>4</v></c></row>');
    expect(read('rows.xlsx', workbook([{ name: 'S', xml }])).sheets[0]?.rows).toEqual([[], [], ['', '1'], ['2', '3'], [], [], [], [], ['4']]);
  });

  it('skips hidden and very hidden sheets, and reads the 1904 date system', () => {
    expect(read('hidden.xlsx', hiddenSheets()).sheets).toEqual([{ name: 'Servers', rows: [['visible']] }]);
    const dated = workbook([{ name: 'Mac', xml: sheetXml('<row><c s="1"><v>0</v></c></row>') }], {
      date1904: true,
      styles: '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    });
    expect(read('mac.xlsx', dated).sheets[0]?.rows).toEqual([['1904-01-01']]);
  });

  it('reads sheets with cells at far corners into small ragged rows, or refuses the far column', () => {
    const tall = read('tall.xlsx', sparseCorner('A1048576'));
    expect(tall.sheets[0]?.rows.length).toBe(1_048_576);
    expect(tall.sheets[0]?.rows[0]).toEqual(['Name']);
    expect(tall.sheets[0]?.rows[1]).toEqual([]);
    expect(tall.sheets[0]?.rows.at(-1)).toEqual(['far']);
    expect(read('mid.xlsx', sparseCorner('A100000')).sheets[0]?.rows.length).toBe(100_000);
    expect(() => read('wide.xlsx', sparseCorner('XFD1'))).toThrow('wide.xlsx: sheet “vInfo” has data in column XFD (16,384), at XFD1; Waveplan reads up to 1,024 columns (up to AMJ).');
  });

  it('refuses a sheet with 16,384 used columns, a cell past 32,767 characters and a row past Excel’s last', () => {
    expect(() => read('wide.xlsx', wideSheet())).toThrow('wide.xlsx: sheet “vInfo” has data in column AMK (1,025), at AMK1; Waveplan reads up to 1,024 columns');
    expect(() => read('long.xlsx', hugeCell('inline'))).toThrow("long.xlsx: sheet “Servers” cell B2 holds more than 32,767 characters, Excel's limit for a cell.");
    expect(() => read('long.xlsx', hugeCell('shared'))).toThrow('long.xlsx: sheet “Servers” cell C2 holds more than 32,767 characters');
    const beyond = workbook([{ name: 'S', xml: sheetXml('<row r="1048577"><c><v>1</v></c></row>') }]);
    expect(() => read('beyond.xlsx', beyond)).toThrow("beyond.xlsx: sheet “S” has a row 1,048,577, beyond Excel's limit of 1,048,576 rows.");
  });

  it('bounds the text returned when one shared string is used 1.1 million times', () => {
    expect(() => read('flood.xlsx', sharedStringFlood())).toThrow(/^flood\.xlsx holds more than 100,000,000 characters of text in its cells \(sheet “Flood” cell A\d+ is past that\)/);
    expect(() => read('flood.xlsx', sharedStringFlood(200, 100, 2), { cells: 10_000 })).toThrow(/^flood\.xlsx has more than 10,000 filled cells \(sheet “Flood” cell A101 is past that\)/);
  });

  it('stops inflating a zip whose directory and local header lie, at the budget', () => {
    const started = performance.now();
    expect(() => read('lying.xlsx', lyingZip(), { unzippedBytes: 16 * 1024 * 1024 })).toThrow(
      'lying.xlsx would expand past 16 MB when opened (it went past that at its part xl/worksheets/sheet1.xml, whatever its zip directory says); Waveplan reads up to 16 MB from a workbook. It was not opened; nothing was imported.',
    );
    expect(() => read('lying.xlsx', lyingZip(), { entryBytes: 8 * 1024 * 1024 })).toThrow('lying.xlsx would expand past 8 MB when opened (its part xl/worksheets/sheet1.xml alone would');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a run of XML with no “<” longer than the limit (a text the parser would buffer whole)', () => {
    const file = workbook([{ name: 'S', xml: sheetXml(`<row><c t="inlineStr"><is><t>${' '.repeat(2048)}</t></is></c></row>`) }]);
    expect(() => read('run.xlsx', file, { xmlRunChars: 1024 })).toThrow('run.xlsx: sheet “S” (xl/worksheets/sheet1.xml) holds a text or attribute of more than 1,024 characters');
  });

  it('refuses encrypted zips, unknown compression methods, zip64 and damaged XML, saying so', () => {
    const plain = workbook([{ name: 'S', xml: sheetXml('<row><c><v>1</v></c></row>') }]);
    const encrypted = Buffer.from(plain);
    encrypted.writeUInt16LE(1, 6); // the first local header: "encrypted"
    expect(() => read('locked.xlsx', encrypted)).toThrow('locked.xlsx is an encrypted zip (its part xl/workbook.xml needs a zip password)');
    const bzip = Buffer.from(plain);
    bzip.writeUInt16LE(12, 8);
    expect(() => read('bz.xlsx', bzip)).toThrow('bz.xlsx stores its part xl/workbook.xml with zip compression method 12, which Waveplan does not read');
    const big = zip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>'), claimed: 0xffffffff },
    ]);
    expect(() => read('big.xlsx', big)).toThrow(/^big\.xlsx would expand to 4,096 MB when opened/);
    const broken = workbook([{ name: 'S', xml: '<worksheet><sheetData><row></sheetData>' }]);
    expect(() => read('broken.xlsx', broken)).toThrow('broken.xlsx is damaged: sheet “S” (xl/worksheets/sheet1.xml) is not well-formed XML');
    expect(() => read('empty.xlsx', workbook([{ name: 'S', xml: sheetXml('') }]))).toThrow('empty.xlsx has no rows on any visible sheet.');
  });
});
