// A workbook as data: sheets of tables of typed columns. The export builds it (pure,
// shared/), the back end writes it with exceljs, and the tests read it back.

/** How a column's cells are written: text stays text, numbers and dates are real ones. */
export type CellKind = 'id' | 'text' | 'integer' | 'number' | 'money' | 'percent' | 'date';

export interface SheetColumn {
  header: string;
  kind: CellKind;
  /** A dropdown of these values on an editable column. */
  list?: readonly string[];
  /** Editable in Excel and read back on import (shown with a lighter header). */
  editable?: boolean;
  hidden?: boolean;
  /** What an editable cell takes, shown by Excel when one is selected (an input message: at most 255 characters). */
  help?: string;
  /** Long text that wraps instead of widening the column. */
  wrap?: boolean;
  /** On a report sheet, the last column's cells span this many sheet columns (a long sentence under a wide table). */
  span?: number;
}

export type CellValue = string | number | null;

export interface SheetTable {
  title?: string;
  columns: SheetColumn[];
  rows: CellValue[][];
  /** A key-value table: the kind of each row's last cell, when rows differ (money, a count, text). */
  lastCellKinds?: CellKind[];
}

export interface SheetModel {
  name: string;
  tables: SheetTable[];
  /** One table with its header frozen and an auto filter on it. */
  data: boolean;
}

export interface WorkbookModel {
  title: string;
  /** ISO 4217 code of the money columns. */
  currency: string;
  sheets: SheetModel[];
}

/** A column's letters, from its 0-based index: 0 → A, 26 → AA. */
export const columnName = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : columnName(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26)));

/** Excel's limit on the characters in one cell. */
export const CELL_TEXT_LIMIT = 32_767;

/** Text Excel would read as a formula (or that a spreadsheet may strip): it must stay text. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** The height a row needs for its wrapped cells, in points, from each cell's text and column width. */
export function rowHeight(values: readonly CellValue[], columns: readonly SheetColumn[], widths: readonly number[]): number | undefined {
  let lines = 1;
  values.forEach((v, i) => {
    if (typeof v !== 'string' || !columns[i]?.wrap) return;
    const width = widths[i] ?? 10;
    const needed = v.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.1) / Math.max(4, width - 1))), 0);
    if (needed > lines) lines = needed;
  });
  return lines > 1 ? Math.min(409, lines * 14 + 3) : undefined;
}

/** A width that fits the header and the longest of the first rows, within sensible bounds. */
export function fitWidth(column: SheetColumn, rows: readonly CellValue[][], index: number): number {
  let longest = column.header.length;
  const sample = Math.min(rows.length, 500);
  for (let r = 0; r < sample; r++) {
    const v = rows[r]?.[index];
    const length = v === null || v === undefined ? 0 : column.kind === 'money' ? String(Math.round(Number(v))).length + 4 : String(v).length;
    if (length > longest) longest = length;
  }
  return Math.max(column.kind === 'date' ? 12 : 8, Math.min(column.wrap ? 60 : 48, longest + 2));
}

/** A column of a sheet: its header, its kind of cell, and anything else it says. */
export const col = (header: string, kind: SheetColumn['kind'] = 'text', extra: Partial<SheetColumn> = {}): SheetColumn => ({ header, kind, ...extra });

/** Text cut to what an Excel cell holds, saying so. */
export const clip = (text: string) => (text.length > CELL_TEXT_LIMIT ? `${text.slice(0, CELL_TEXT_LIMIT - 20)}… (cut to fit Excel)` : text);
