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
  /** Long text that wraps instead of widening the column. */
  wrap?: boolean;
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

/** Excel's limit on the characters in one cell. */
export const CELL_TEXT_LIMIT = 32_767;

/** Text Excel would read as a formula (or that a spreadsheet may strip): it must stay text. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
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
