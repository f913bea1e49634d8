import { constants, inflateRawSync } from 'node:zlib';
import { WaveplanError } from '../../../../shared/errors.js';
import { columnNumber, EXCEL_COLUMNS, EXCEL_ROWS, formatCount, NOTHING_IMPORTED } from './read-limits.js';

// An .xlsx is a zip. This reads the zip's structure without inflating it: the central
// directory (names, methods, where each part's local header is), a first refusal of a
// workbook whose directory already admits it is a bomb or claims sheets beyond Excel's
// limits, and where each part's data really starts (from its LOCAL header). The sizes the
// directory states are only used for that first refusal: inflate-budget.ts counts what
// really comes out, so a directory that lies is caught there.

export const UNZIPPED_LIMIT = 400 * 1024 * 1024;
export const RATIO_LIMIT = 200;

export interface ZipEntry {
  name: string;
  compressed: number;
  /** As the directory states it: not to be trusted beyond a first refusal. */
  uncompressed: number;
  method: number;
  flags: number;
  /** Where the entry's local header starts. */
  offset: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Where the central directory starts: every part's data lies before it. */
  start: number;
}

const damaged = (fileName: string, what: string): never => {
  throw new WaveplanError('refused-file', `${fileName} is damaged: ${what}. Open it in Excel and save it again as .xlsx. ${NOTHING_IMPORTED}`);
};

const zip64 = (fileName: string): never => {
  throw new WaveplanError(
    'refused-file',
    `${fileName} is a zip64 archive (made for parts larger than 4 GB), which is far past what Waveplan reads from a workbook. Open it in Excel and save it again as .xlsx. ${NOTHING_IMPORTED}`,
  );
};

/** The zip's central directory. */
export function zipDirectory(bytes: Buffer, fileName: string): ZipDirectory {
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
  const start = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || start === 0xffffffff) zip64(fileName);
  if (start > end) damaged(fileName, 'its zip directory points past its end');
  let at = start;
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== 0x02014b50) throw new WaveplanError('refused-file', `${fileName} is damaged: its zip directory is cut short.`);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength > end) damaged(fileName, 'its zip directory is cut short');
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      uncompressed: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extra + comment;
  }
  return { entries, start };
}

/** The zip's central directory entries (sizes as it states them). */
export const zipEntries = (bytes: Buffer, fileName: string): ZipEntry[] => zipDirectory(bytes, fileName).entries;

/** Refuses a workbook whose directory already says it would expand beyond the limit, before anything is inflated. */
export function checkZip(bytes: Buffer, fileName: string, limit = UNZIPPED_LIMIT): ZipDirectory {
  const directory = zipDirectory(bytes, fileName);
  const { entries } = directory;
  const total = entries.reduce((sum, e) => sum + e.uncompressed, 0);
  const compressed = entries.reduce((sum, e) => sum + e.compressed, 0);
  if (total > limit || (compressed > 0 && total / compressed > RATIO_LIMIT && total > 50 * 1024 * 1024)) {
    throw new WaveplanError(
      'refused-file',
      `${fileName} would expand to ${formatCount(Math.round(total / 1024 / 1024))} MB when opened, more than the ${Math.round(limit / 1024 / 1024)} MB Waveplan reads from a workbook. It was not opened; nothing was imported.`,
    );
  }
  // 0xFFFFFFFF sizes and offsets are zip64 markers: parts larger than 4 GB.
  if (entries.some((e) => e.uncompressed === 0xffffffff || e.compressed === 0xffffffff || e.offset === 0xffffffff)) zip64(fileName);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new WaveplanError('refused-file', `${fileName} is a zip file but not an Excel workbook (it has no xl/workbook.xml).`);
  return directory;
}

/**
 * Where an entry's compressed bytes are, found from its LOCAL header (whose name and extra
 * lengths may differ from the directory's). Encrypted parts and compression methods other
 * than stored (0) and deflate (8) are refused.
 */
export function entryData(bytes: Buffer, entry: ZipEntry, directoryStart: number, fileName: string): Uint8Array {
  const local = entry.offset;
  if (local + 30 > directoryStart || bytes.readUInt32LE(local) !== 0x04034b50) damaged(fileName, `its part ${entry.name} is not where its zip directory says`);
  const flags = bytes.readUInt16LE(local + 6) | entry.flags;
  if (flags & 0x41)
    throw new WaveplanError(
      'refused-file',
      `${fileName} is an encrypted zip (its part ${entry.name} needs a zip password). Open it in Excel and save it again as .xlsx without a password. ${NOTHING_IMPORTED}`,
    );
  const method = bytes.readUInt16LE(local + 8);
  if ((method !== 0 && method !== 8) || method !== entry.method)
    throw new WaveplanError(
      'refused-file',
      `${fileName} stores its part ${entry.name} with zip compression method ${method}, which Waveplan does not read (Excel uses deflate). Open it in Excel and save it again as .xlsx. ${NOTHING_IMPORTED}`,
    );
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  // The directory's compressed size is what every zip reader goes by (the local one is 0
  // when a data descriptor follows); the inflated size is counted, never taken from here.
  const end = start + entry.compressed;
  if (end > directoryStart) damaged(fileName, `its part ${entry.name} runs into the zip directory`);
  return bytes.subarray(start, end);
}

/** A sheet whose stated size is beyond Excel's own limits is refused (it would not be a real sheet). */
export function checkDimension(sheetXmlStart: string, sheet: string, fileName: string): void {
  const m = /<(?:\w+:)?dimension ref="[A-Z]+\d+:([A-Z]+)(\d+)"/.exec(sheetXmlStart);
  if (!m) return;
  const rows = Number(m[2]);
  const columns = columnNumber(m[1] as string);
  if (rows > EXCEL_ROWS || columns > EXCEL_COLUMNS) {
    throw new WaveplanError(
      'refused-file',
      `${fileName}: sheet “${sheet}” claims ${formatCount(rows)} rows and ${formatCount(columns)} columns, beyond Excel's limit of ${formatCount(EXCEL_ROWS)} rows and ${formatCount(EXCEL_COLUMNS)} columns. It was not opened; nothing was imported.`,
    );
  }
}

/** The first few kilobytes of an entry, inflated without inflating the rest (at most ~4 MB come out of 4 KB). */
export function entryStart(bytes: Buffer, entry: ZipEntry, directoryStart: number, fileName: string): string {
  const data = entryData(bytes, entry, directoryStart, fileName).subarray(0, 4096);
  if (entry.method === 0) return Buffer.from(data).toString('utf8', 0, 8192);
  try {
    return inflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8', 0, 8192);
  } catch {
    return '';
  }
}
