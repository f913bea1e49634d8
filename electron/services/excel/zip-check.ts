import { constants, inflateRawSync } from 'node:zlib';
import { WaveplanError } from '../../../shared/errors.js';

// An .xlsx is a zip. Before exceljs inflates anything, the zip's own directory says how
// big every part will be: a file that would expand past the limits (a zip bomb) or
// whose sheets claim more rows or columns than Excel allows is refused from that alone.

export const UNZIPPED_LIMIT = 400 * 1024 * 1024;
export const RATIO_LIMIT = 200;

export interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
  method: number;
  /** Where the entry's local header starts. */
  offset: number;
}

/** The zip's central directory (sizes as it states them). */
export function zipEntries(bytes: Buffer, fileName: string): ZipEntry[] {
  // The end-of-central-directory record: within the last 64 KB + 22 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new WaveplanError('refused-file', `${fileName} is damaged: it starts like an Excel workbook but its zip directory is missing.`);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw new WaveplanError('refused-file', `${fileName} is damaged: its zip directory is cut short.`);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    entries.push({ name: bytes.toString('utf8', at + 46, at + 46 + nameLength), method: bytes.readUInt16LE(at + 10), compressed: bytes.readUInt32LE(at + 20), uncompressed: bytes.readUInt32LE(at + 24), offset: bytes.readUInt32LE(at + 42) });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** Refuses a workbook that would expand beyond the limits, before it is opened. */
export function checkZip(bytes: Buffer, fileName: string): ZipEntry[] {
  const entries = zipEntries(bytes, fileName);
  const total = entries.reduce((sum, e) => sum + e.uncompressed, 0);
  const compressed = entries.reduce((sum, e) => sum + e.compressed, 0);
  // 0xFFFFFFFF sizes are zip64 markers: larger than 4 GB, which is past any limit here.
  if (total > UNZIPPED_LIMIT || entries.some((e) => e.uncompressed === 0xffffffff) || (compressed > 0 && total / compressed > RATIO_LIMIT && total > 50 * 1024 * 1024)) {
    throw new WaveplanError('refused-file', `${fileName} would expand to ${Math.round(total / 1024 / 1024).toLocaleString('en')} MB when opened, more than the ${UNZIPPED_LIMIT / 1024 / 1024} MB Waveplan reads from a workbook. It was not opened; nothing was imported.`);
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new WaveplanError('refused-file', `${fileName} is a zip file but not an Excel workbook (it has no xl/workbook.xml).`);
  return entries;
}

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

/** Column letters to a number: "XFD" → 16384. */
const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A sheet whose stated size is beyond Excel's own limits is refused (it would not be a real sheet). */
export function checkDimension(sheetXmlStart: string, sheet: string, fileName: string): void {
  const m = /<dimension ref="[A-Z]+\d+:([A-Z]+)(\d+)"/.exec(sheetXmlStart);
  if (!m) return;
  const rows = Number(m[2]);
  const columns = columnNumber(m[1] as string);
  if (rows > EXCEL_ROWS || columns > EXCEL_COLUMNS) {
    throw new WaveplanError('refused-file', `${fileName}: sheet “${sheet}” claims ${rows.toLocaleString('en')} rows and ${columns.toLocaleString('en')} columns, beyond Excel's limit of ${EXCEL_ROWS.toLocaleString('en')} rows and ${EXCEL_COLUMNS.toLocaleString('en')} columns. It was not opened; nothing was imported.`);
  }
}

/** The first few kilobytes of an entry, inflated without inflating the rest. */
export function entryStart(bytes: Buffer, entry: ZipEntry): string {
  const local = entry.offset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return '';
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const data = bytes.subarray(start, Math.min(bytes.length, start + Math.min(entry.compressed, 4096)));
  if (entry.method === 0) return data.toString('utf8');
  try {
    return inflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8', 0, 8192);
  } catch {
    return '';
  }
}
