import { WaveplanError } from '../../../../shared/errors.js';
import { columnName } from '../../../../shared/excel/sheet-model.js';
import { shownName as shortName } from '../../../../shared/text/shown-name.js';

// How much of a stranger's spreadsheet Waveplan is willing to read, in one place. Every
// limit is checked while reading (never from what the file says about itself), and each
// has a refusal that says which limit, where, and that nothing was imported.

export interface ReadLimits {
  /** Bytes inflated from the whole workbook, counted as they come out of the zip. */
  unzippedBytes: number;
  /** Bytes inflated from any one part of the workbook (a sheet, the shared strings). */
  entryBytes: number;
  /** The right-most column read (a row array is never longer than this). */
  columns: number;
  /** Characters in one cell: Excel's own limit. */
  cellChars: number;
  /** Characters in all the cells returned, summed (a shared string counts each time it is used). */
  textChars: number;
  /** Non-empty cells returned. */
  cells: number;
  /** Rows returned over all sheets, empty ones included (each is an array sent to the window). */
  rows: number;
  /** Characters of XML without a '<': a longer text or attribute would be buffered whole by the parser. */
  xmlRunChars: number;
  /** Wall-clock time the worker may take for one file. */
  timeMs: number;
  /** The worker's old-generation heap. */
  heapMb: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  unzippedBytes: 400 * 1024 * 1024,
  entryBytes: 300 * 1024 * 1024,
  columns: 1024,
  cellChars: 32_767,
  textChars: 100_000_000,
  cells: 5_000_000,
  rows: 1_200_000,
  xmlRunChars: 1024 * 1024,
  timeMs: 60_000,
  heapMb: 1024,
};

export const withDefaults = (limits: Partial<ReadLimits> = {}): ReadLimits => ({ ...DEFAULT_LIMITS, ...limits });

export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

export const NOTHING_IMPORTED = 'It was not opened; nothing was imported.';

export const refuse = (message: string): never => {
  throw new WaveplanError('refused-file', message);
};

export const formatCount = (n: number) => n.toLocaleString('en');

export { shortName };
export const megabytes = (bytes: number) => `${formatCount(Math.round(bytes / 1024 / 1024))} MB`;

/** 1 → "A", 16384 → "XFD". */
export const columnLetters = (n: number): string => columnName(n - 1);

/** "XFD" → 16384; anything that is not letters → 0. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) return 0;
    n = n * 26 + code - 64;
    if (n > 1e9) return n; // no real column is this far; stop before the number loses precision
  }
  return n;
}

/**
 * The cells and characters returned for a whole file, summed: a shared string referenced
 * a million times costs a million times its length in what goes back to the window.
 */
export class CellBudget {
  cells = 0;
  chars = 0;

  constructor(
    private readonly limits: ReadLimits,
    private readonly fileName: string,
  ) {}

  private rowsTaken = 0;

  /** A sheet's rows, counted before they are made: fourteen sheets with a cell at row 1,048,576 would be fourteen million arrays. */
  takeRows(count: number, sheet: string): void {
    this.rowsTaken += count;
    if (this.rowsTaken > this.limits.rows)
      refuse(
        `${this.fileName} has more than ${formatCount(this.limits.rows)} rows over its sheets (sheet “${shortName(sheet)}” is past that, empty rows included); Waveplan reads up to ${formatCount(this.limits.rows)}. Delete the empty rows at the bottom of the sheets, or save the sheet you need on its own. ${NOTHING_IMPORTED}`,
      );
  }

  take(text: string, where: string): void {
    this.cells++;
    this.chars += text.length;
    if (this.cells > this.limits.cells)
      refuse(
        `${this.fileName} has more than ${formatCount(this.limits.cells)} filled cells (${where} is past that); Waveplan reads up to ${formatCount(this.limits.cells)}. Split it, or leave out the sheets and columns you do not need. ${NOTHING_IMPORTED}`,
      );
    if (this.chars > this.limits.textChars)
      refuse(
        `${this.fileName} holds more than ${formatCount(this.limits.textChars)} characters of text in its cells (${where} is past that); Waveplan reads up to ${formatCount(this.limits.textChars)}. Split it, or leave out the sheets and columns you do not need. ${NOTHING_IMPORTED}`,
      );
  }
}
