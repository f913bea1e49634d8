import { decodeText, parseCsv } from '../../../../shared/excel/csv-read.js';
import { WaveplanError } from '../../../../shared/errors.js';
import { megabytes, type ReadLimits, refuse, withDefaults } from './read-limits.js';
import { sampleMemory } from './memory-peak.js';
import type { Spreadsheet } from './spreadsheet.js';
import { readXlsx } from './xlsx-reader.js';

// What a file is, from its first bytes and its name, and the rows it holds, in this
// thread. Everything that is not an .xlsx or a CSV is refused with what it is and what
// to do; nothing is written. read-spreadsheet.ts runs this in a worker thread (so a
// hostile file costs the worker, never the host); tests may call it directly.

export const SIZE_LIMIT = 50 * 1024 * 1024;

/** Refuses what can be refused from the size alone (cheap: the host does it before starting a worker). */
export function checkSize(fileName: string, bytes: Uint8Array): void {
  if (bytes.length === 0) refuse(`${fileName} is empty.`);
  if (bytes.length > SIZE_LIMIT) refuse(`${fileName} is ${megabytes(bytes.length)}; Waveplan imports spreadsheets up to ${megabytes(SIZE_LIMIT)}. Split it, or leave out the columns you do not need.`);
}

export function parseSpreadsheet(fileName: string, input: Uint8Array, limits: Partial<ReadLimits> = {}): Spreadsheet {
  checkSize(fileName, input);
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const all = withDefaults(limits);
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    try {
      return readXlsx(fileName, bytes, all);
    } catch (error) {
      if (error instanceof WaveplanError) throw error;
      return refuse(`${fileName} could not be read as an Excel workbook (${error instanceof Error ? error.message : String(error)}). Open it in Excel and save it again as .xlsx.`);
    }
  }
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) {
    // An OLE container: either an encrypted (password-protected) .xlsx, or an old .xls.
    if (bytes.includes(Buffer.from('EncryptionInfo', 'utf16le')))
      refuse(`${fileName} is protected with a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it, and import it again.`);
    refuse(`${fileName} is an old-format Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx, then import that.`);
  }
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) refuse(`${fileName} is not a spreadsheet Waveplan can read: expected an .xlsx workbook or a CSV text file.`);
  const { text, encoding } = decodeText(bytes);
  sampleMemory(true);
  const rows = parseCsv(text, undefined, { fileName, columns: all.columns, fieldChars: all.cellChars, cells: all.cells });
  sampleMemory(true);
  if (rows.length === 0) refuse(`${fileName} has no rows.`);
  // Ragged rows stay as they are: the preview says where a row has more fields than the header.
  return { fileName, kind: 'csv', encoding, sheets: [{ name: fileName.replace(/\.[^.]+$/, '') || 'CSV', rows }] };
}
