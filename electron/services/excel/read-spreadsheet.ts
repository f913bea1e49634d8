import ExcelJS from 'exceljs';
import { decodeText, parseCsv } from '../../../shared/excel/csv-read.js';
import { WaveplanError } from '../../../shared/errors.js';
import { checkDimension, checkZip, entryStart } from './zip-check.js';

// Reads what a client sends as an inventory: .xlsx or CSV, into rows of text per sheet.
// Everything that is not one is refused with what it is and what to do, before any of it
// is parsed; nothing is written by reading.

export const SIZE_LIMIT = 50 * 1024 * 1024;

export interface SheetRows {
  name: string;
  rows: string[][];
}

export interface Spreadsheet {
  fileName: string;
  kind: 'xlsx' | 'csv';
  /** For a CSV: how its bytes were read. */
  encoding?: string;
  sheets: SheetRows[];
}

const refuse = (message: string): never => {
  throw new WaveplanError('refused-file', message);
};

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A cell as the text someone would type for it. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (value instanceof Date) return iso(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return String(value.text ?? value.hyperlink);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('error' in value) return '';
  return String(value);
}

async function readXlsx(fileName: string, bytes: Buffer): Promise<Spreadsheet> {
  const entries = checkZip(bytes, fileName);
  for (const e of entries) if (/^xl\/worksheets\/sheet\d+\.xml$/.test(e.name)) checkDimension(entryStart(bytes, e), e.name.replace(/^xl\/worksheets\//, ''), fileName);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    refuse(`${fileName} could not be read as an Excel workbook (${error instanceof Error ? error.message : String(error)}). Open it in Excel and save it again as .xlsx.`);
  }
  const sheets: SheetRows[] = [];
  book.eachSheet((ws) => {
    if (ws.state !== 'visible') return;
    const rows: string[][] = [];
    const width = ws.columnCount;
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = new Array(width).fill('');
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c <= width) cells[c - 1] = cellText(cell.value);
      });
      rows[n - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= new Array(width).fill('');
    sheets.push({ name: ws.name, rows });
  });
  if (sheets.every((s) => s.rows.length === 0)) refuse(`${fileName} has no rows on any visible sheet.`);
  return { fileName, kind: 'xlsx', sheets };
}

/** What a file is, from its first bytes and its name, and the rows it holds. */
export async function readSpreadsheet(fileName: string, bytes: Buffer): Promise<Spreadsheet> {
  if (bytes.length === 0) refuse(`${fileName} is empty.`);
  if (bytes.length > SIZE_LIMIT) refuse(`${fileName} is ${Math.round(bytes.length / 1024 / 1024)} MB; Waveplan imports spreadsheets up to ${SIZE_LIMIT / 1024 / 1024} MB. Split it, or leave out the columns you do not need.`);
  if (bytes.readUInt32LE(0) === 0x04034b50) return readXlsx(fileName, bytes);
  if (bytes.readUInt32BE(0) === 0xd0cf11e0) {
    // An OLE container: either an encrypted (password-protected) .xlsx, or an old .xls.
    if (bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))) refuse(`${fileName} is protected with a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it, and import it again.`);
    refuse(`${fileName} is an old-format Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx, then import that.`);
  }
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) refuse(`${fileName} is not a spreadsheet Waveplan can read: expected an .xlsx workbook or a CSV text file.`);
  const { text, encoding } = decodeText(bytes);
  const rows = parseCsv(text);
  if (rows.length === 0) refuse(`${fileName} has no rows.`);
  // Ragged rows stay as they are: the preview says where a row has more fields than the header.
  return { fileName, kind: 'csv', encoding, sheets: [{ name: fileName.replace(/\.[^.]+$/, '') || 'CSV', rows }] };
}
