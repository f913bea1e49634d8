import { type CellBudget, columnLetters, columnNumber, EXCEL_COLUMNS, EXCEL_ROWS, formatCount, NOTHING_IMPORTED, type ReadLimits, refuse } from './read-limits.js';
import type { SharedStringsPart } from './xlsx-book-parts.js';
import { attribute, type XmlHandler } from './xml-stream.js';

// One worksheet's cells, streamed, into rows of text that cost what their cells cost: a
// row is only as long as its last filled cell, an empty row is [], and rows keep their
// real numbers as their index (the import's problems cite them). Cell text is what
// someone would type: shared and inline strings (rich text joined), numbers as JavaScript
// writes them, dates as yyyy-mm-dd, booleans as Yes/No, errors as nothing, formulas as
// their cached result. A merged range repeats its first cell's text, as exceljs did.

export interface SheetContext {
  fileName: string;
  sheet: string;
  limits: ReadLimits;
  budget: CellBudget;
  shared: SharedStringsPart | undefined;
  dateStyles: readonly boolean[];
  date1904: boolean;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Excel's serial day number as a date (as exceljs converts it). */
function serialDate(serial: number, date1904: boolean): string | undefined {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(date.getTime()) ? undefined : iso(date);
}

const CELL_REF = /^\$?([A-Za-z]{1,10})\$?(\d{1,10})$/;

export class SheetPart implements XmlHandler {
  /** Sparse while reading: only rows with a filled cell are created. */
  private readonly sparse: string[][] = [];
  private rowNumber = 0;
  /** Whether the current row element said its number (else its cells' references say it, or it follows the last). */
  private rowNumbered = false;
  /** The highest row the sheet lists, filled or not: merges reach no further. */
  private lastListedRow = 0;
  private column = 0;
  private cellType = 'n';
  private cellStyle = 0;
  private inCell = false;
  private capture: 'v' | 'is' | undefined;
  private inInlineText = false;
  private phonetic = 0;
  private value: string[] = [];
  private inline: string[] = [];
  private valueLength = 0;
  private readonly merges: string[] = [];

  constructor(private readonly context: SheetContext) {}

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    switch (name) {
      case 'row': {
        const r = Number(attribute(attributes, 'r'));
        this.rowNumbered = Number.isInteger(r) && r > 0;
        this.startRow(this.rowNumbered ? r : this.rowNumber + 1);
        this.column = 0;
        return;
      }
      case 'c': {
        const ref = CELL_REF.exec(attribute(attributes, 'r') ?? '');
        this.column = ref ? columnNumber(ref[1] as string) : this.column + 1;
        if (ref && !this.rowNumbered) this.startRow(Number(ref[2]));
        else if (this.rowNumber === 0) this.startRow(1); // a cell outside any row element
        this.cellType = attribute(attributes, 't') ?? 'n';
        this.cellStyle = Number(attribute(attributes, 's') ?? 0);
        this.inCell = true;
        this.value = [];
        this.inline = [];
        this.valueLength = 0;
        return;
      }
      case 'v':
        if (this.inCell) this.capture = 'v';
        return;
      case 'is':
        if (this.inCell) this.capture = 'is';
        return;
      case 't':
        this.inInlineText = this.capture === 'is' && this.phonetic === 0;
        return;
      case 'rPh':
        this.phonetic++;
        return;
      case 'mergeCell': {
        const ref = attribute(attributes, 'ref');
        if (ref && this.merges.length < this.context.limits.cells) this.merges.push(ref);
        return;
      }
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 'is':
        this.capture = undefined;
        return;
      case 't':
        this.inInlineText = false;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'c': {
        this.inCell = false;
        const text = this.cellText();
        if (text !== '') this.place(this.rowNumber, this.column, text);
        return;
      }
    }
  }

  text(text: string): void {
    const into = this.capture === 'v' ? this.value : this.capture === 'is' && this.inInlineText ? this.inline : undefined;
    if (!into) return;
    this.valueLength += text.length;
    if (this.valueLength > this.context.limits.cellChars) this.refuseLongCell(this.rowNumber, this.column);
    into.push(text);
  }

  /** How many rows `rows()` would make. */
  get rowCount(): number {
    return this.sparse.length;
  }

  /** The rows, dense: every row up to the last filled one, each as long as its last filled cell. */
  rows(): string[][] {
    this.applyMerges();
    const rows: string[][] = new Array(this.sparse.length);
    for (let i = 0; i < this.sparse.length; i++) {
      const row = this.sparse[i] ?? [];
      for (let c = 0; c < row.length; c++) row[c] ??= '';
      rows[i] = row;
    }
    return rows;
  }

  private startRow(rowNumber: number): void {
    this.rowNumber = rowNumber;
    if (rowNumber > EXCEL_ROWS)
      refuse(`${this.context.fileName}: sheet “${this.context.sheet}” has a row ${formatCount(rowNumber)}, beyond Excel's limit of ${formatCount(EXCEL_ROWS)} rows. ${NOTHING_IMPORTED}`);
    this.lastListedRow = Math.max(this.lastListedRow, rowNumber);
  }

  private cellText(): string {
    const v = this.value.join('');
    switch (this.cellType) {
      case 's': {
        const index = Number(v);
        if (this.context.shared?.tooLong.has(index)) this.refuseLongCell(this.rowNumber, this.column);
        return this.context.shared?.strings[index] ?? '';
      }
      case 'inlineStr':
        return this.inline.join('') || v;
      case 'str':
        return v;
      case 'b':
        return v === '' ? '' : parseInt(v, 10) !== 0 ? 'Yes' : 'No';
      case 'e':
        return '';
      case 'd': {
        const date = new Date(v);
        return v === '' ? '' : Number.isNaN(date.getTime()) ? v : iso(date);
      }
      default: {
        if (v === '') return '';
        const n = parseFloat(v);
        return (this.context.dateStyles[this.cellStyle] && serialDate(n, this.context.date1904)) || String(n);
      }
    }
  }

  private place(rowNumber: number, column: number, text: string): void {
    const { limits, fileName, sheet } = this.context;
    const where = `${columnLetters(column)}${rowNumber}`;
    if (column > EXCEL_COLUMNS || column < 1) refuse(`${fileName}: sheet “${sheet}” has a cell at ${where}, beyond Excel's limit of ${formatCount(EXCEL_COLUMNS)} columns. ${NOTHING_IMPORTED}`);
    if (column > limits.columns)
      refuse(
        `${fileName}: sheet “${sheet}” has data in column ${columnLetters(column)} (${formatCount(column)}), at ${where}; Waveplan reads up to ${formatCount(limits.columns)} columns (up to ${columnLetters(limits.columns)}). Delete the columns you do not need and import it again. ${NOTHING_IMPORTED}`,
      );
    this.context.budget.take(text, `sheet “${sheet}” cell ${where}`);
    const row = (this.sparse[rowNumber - 1] ??= []);
    row[column - 1] = text;
  }

  private refuseLongCell(rowNumber: number, column: number): never {
    return refuse(
      `${this.context.fileName}: sheet “${this.context.sheet}” cell ${columnLetters(column)}${rowNumber} holds more than ${formatCount(this.context.limits.cellChars)} characters, Excel's limit for a cell. ${NOTHING_IMPORTED}`,
    );
  }

  /** Each merged range shows its first cell's text in all its cells, within the columns read and the rows the sheet lists. */
  private applyMerges(): void {
    for (const ref of this.merges) {
      const [from, to] = ref.split(':').map((end) => CELL_REF.exec(end));
      if (!from || !to) continue;
      const top = Number(from[2]);
      const left = columnNumber(from[1] as string);
      const text = this.sparse[top - 1]?.[left - 1];
      if (!text) continue;
      const bottom = Math.min(Number(to[2]), this.lastListedRow);
      const right = Math.min(columnNumber(to[1] as string), this.context.limits.columns);
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) if (r !== top || c !== left) this.place(r, c, text);
      }
    }
  }
}
