import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { columnName, fitWidth, rowHeight, type CellKind, type CellValue, type SheetColumn, type SheetModel, type SheetTable, type WorkbookModel } from '../../../../shared/excel/sheet-model.js';

// Writes a WorkbookModel with exceljs's streaming writer: rows go out as they are made,
// so the 10,000-workload plan never sits in memory as a workbook. Styles live on the
// columns where a sheet is one table, so a row costs no more than its values.

const NAVY = 'FF12355B';
const TEAL = 'FF0E7C70';
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
const TOP: Partial<ExcelJS.Alignment> = { vertical: 'top' };
const THIN: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FFC5CCD6' } } };

/** The currency's symbol as its locale writes it, for a real number format (e.g. "€"#,##0). */
function moneyFormat(currency: string): string {
  let symbol = currency;
  try {
    symbol = new Intl.NumberFormat('en', { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    // An unknown code is written as the code itself.
  }
  const s = `"${symbol.replace(/"/g, '')}"`;
  return `${s}#,##0;-${s}#,##0`;
}

/** Small rates (0.12 a GB) keep their cents; amounts are whole units. */
const withCents = (money: string) => money.replace(/#,##0/g, '#,##0.00');

/**
 * The number format a column needs. Only money, percentages, dates and the columns the
 * client edits get one: every styled cell costs exceljs a style lookup, and on the
 * 10,000-workload plan (some 130,000 rows) plain cells keep the export within 1.5x of
 * writing the bare values.
 */
function formatOf(kind: CellKind, money: string, editable = false): string | undefined {
  switch (kind) {
    case 'money':
      return money;
    case 'percent':
      return '0%';
    case 'date':
      return 'yyyy-mm-dd';
    case 'text':
      // An editable text column is formatted as text, so what the client types there
      // (say "=1+1") stays text. Exported strings are never formulas either way.
      return editable ? '@' : undefined;
    default:
      return undefined;
  }
}

/** A model value as the cell value exceljs writes: dates as dates, text as plain strings (never formulas). */
function cellValue(kind: CellKind, value: CellValue): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (kind === 'date' && typeof value === 'string') {
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? value : date; // never an Invalid Date, which fails the whole export
  }
  // A figure that overflowed is left blank rather than written as Infinity, which Excel cannot read.
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  // Strings are written as shared strings, which Excel never evaluates (a formula is an
  // object here, never a string); the '@' format keeps "=1+1" text when someone edits it.
  return value;
}

/** The streaming sheet has data validations; exceljs's typings leave them out. */
type Validated = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/**
 * Printing (and PDF) the way a client reads it: landscape A4, as many pages wide as the
 * columns need (one for most sheets), the header row on every page, the sheet and page
 * in the footer.
 */
function printing(title: string, widths: readonly number[], titleRow: boolean): Partial<ExcelJS.AddWorksheetOptions> {
  const total = widths.reduce((sum, w) => sum + w, 0);
  return {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: Math.max(1, Math.ceil(total / 300)),
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(titleRow ? { printTitlesRow: '1:1' } : {}),
    },
    headerFooter: { oddHeader: `&L&8${title.replace(/&/g, '&&')}&R&8&A`, oddFooter: '&L&8Waveplan migration plan&R&8Page &P of &N' },
  };
}

/** Lists for dropdowns live on a hidden sheet: an inline list is limited to 255 characters. */
class Lists {
  private readonly lists: (readonly string[])[] = [];
  private readonly refs = new Map<string, string>();
  ref(values: readonly string[]): string {
    const key = values.join('\u0000');
    let ref = this.refs.get(key);
    if (!ref) {
      this.lists.push(values);
      const letter = columnName(this.lists.length - 1);
      ref = `Lists!$${letter}$1:$${letter}$${values.length}`;
      this.refs.set(key, ref);
    }
    return ref;
  }
  write(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
    const sheet = workbook.addWorksheet('Lists', { state: 'hidden' });
    const longest = Math.max(0, ...this.lists.map((l) => l.length));
    for (let r = 0; r < longest; r++) sheet.addRow(this.lists.map((l) => l[r] ?? null)).commit();
    sheet.commit();
  }
}

function styleHeader(row: ExcelJS.Row, columns: readonly SheetColumn[]): void {
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.font = HEADER_FONT;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.editable ? TEAL : NAVY } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.numFmt = '@';
  });
  row.height = 30;
}

/** A sheet that is one table: header frozen, filter on, styles on the columns, dropdowns on editable columns. */
function writeDataSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetModel, title: string, money: string, lists: Lists): void {
  const table = sheet.tables[0] as SheetTable;
  const widths = table.columns.map((c, i) => (c.hidden ? 0 : fitWidth(c, table.rows, i)));
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }], ...printing(title, widths, true) });
  // Where some text wraps, every cell sits at the top of its row, so a row reads across.
  const wraps = table.columns.some((c) => c.wrap);
  ws.columns = table.columns.map((c, i) => {
    const numFmt = formatOf(c.kind, money, c.editable);
    const alignment = c.wrap ? WRAP : wraps ? TOP : undefined;
    const style: Partial<ExcelJS.Style> = { ...(numFmt ? { numFmt } : {}), ...(alignment ? { alignment } : {}) };
    return { header: c.header, width: widths[i] || 10, hidden: c.hidden ?? false, ...(numFmt || alignment ? { style } : {}) };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  styleHeader(ws.getRow(1), table.columns);
  ws.getRow(1).commit();
  const last = Math.max(2, table.rows.length + 1);
  table.columns.forEach((c, i) => {
    if (!c.list && !c.help) return;
    const letter = columnName(i);
    // Excel shows the help when a cell is selected; a column without a list takes any value ('any' is exceljs's blank type).
    const prompt = c.help ? { showInputMessage: true, promptTitle: c.header.slice(0, 32), prompt: c.help.slice(0, 255) } : {};
    (ws as unknown as Validated).dataValidations.add(
      `${letter}2:${letter}${last + 200}`,
      c.list
        ? {
            type: 'list',
            allowBlank: true,
            formulae: [lists.ref(c.list)],
            showErrorMessage: true,
            errorStyle: 'stop',
            errorTitle: c.header,
            error: `Choose one of the values in the list for ${c.header}.`,
            ...prompt,
          }
        : ({ type: 'any', allowBlank: true, formulae: [], ...prompt } as unknown as ExcelJS.DataValidation),
    );
  });
  const kinds = table.columns.map((c) => c.kind);
  for (const values of table.rows) {
    const row = ws.addRow(values.map((v, i) => cellValue(kinds[i] as CellKind, v)));
    // Wrapped text needs its height set: neither Excel nor LibreOffice grows a streamed row.
    const height = wraps ? rowHeight(values, table.columns, widths) : undefined;
    if (height) row.height = height;
    row.commit();
  }
  ws.commit();
}

/** A sheet of several titled tables (Summary, Costs): styles per cell, filter on the largest table. */
function writeReportSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetModel, title: string, money: string): void {
  // Sheet columns: a spanning cell covers several, and does not widen any of them.
  const widths: number[] = [];
  for (const t of sheet.tables) t.columns.forEach((c, i) => !c.span && (widths[i] = Math.max(widths[i] ?? 0, c.hidden ? 0 : fitWidth(c, t.rows, i))));
  const ws = workbook.addWorksheet(sheet.name, printing(title, widths, false));
  const spanWidth = (t: SheetTable) => t.columns.map((c, i) => (c.span ? widths.slice(i, i + c.span).reduce((s, w) => s + (w || 10), 0) : (widths[i] ?? 10)));
  ws.columns = widths.map((width) => ({ width: width || 10 }));
  let rowNumber = 0;
  const largest = sheet.tables.reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
  for (const t of sheet.tables) {
    if (t.title) {
      const title = ws.addRow([t.title]);
      title.font = { bold: true, size: 13, color: { argb: NAVY } };
      title.height = 22;
      title.commit();
      rowNumber++;
    }
    const header = ws.addRow(t.columns.map((c) => c.header));
    styleHeader(header, t.columns);
    rowNumber++;
    const last = t.columns.length;
    const span = t.columns[last - 1]?.span;
    if (span) ws.mergeCells(rowNumber, last, rowNumber, last + span - 1);
    if (t === largest) ws.autoFilter = { from: { row: rowNumber, column: 1 }, to: { row: rowNumber, column: t.columns.length } };
    header.commit();
    const cellWidths = spanWidth(t);
    t.rows.forEach((values, r) => {
      const row = ws.addRow([]);
      const height = rowHeight(values, t.columns, cellWidths);
      if (height) row.height = height;
      values.forEach((v, i) => {
        const kind = i === values.length - 1 && t.lastCellKinds ? (t.lastCellKinds[r] as CellKind) : (t.columns[i]?.kind ?? 'text');
        const cell = row.getCell(i + 1);
        cell.value = cellValue(kind, v);
        const format = kind === 'money' && typeof v === 'number' && Math.abs(v) < 100 && !Number.isInteger(v) ? withCents(money) : formatOf(kind, money);
        if (format) cell.numFmt = format;
        cell.border = THIN;
        if (t.columns[i]?.wrap) cell.alignment = WRAP;
      });
      if (span) ws.mergeCells(rowNumber + 1, last, rowNumber + 1, last + span - 1);
      row.commit();
      rowNumber++;
    });
    ws.addRow([]).commit();
    rowNumber++;
  }
  ws.commit();
}

type StyleModel = Partial<ExcelJS.Style> | undefined;
type Styles = { addStyleModel(model: StyleModel, cellType?: number): number };

/**
 * exceljs renders every styled cell's style to XML to find its id, though a column's
 * cells share the very same font, fill, border and format objects. Remembering the id by
 * those parts (by identity: this writer never changes a style object once made) takes
 * most of the styling cost off a 130,000-row export.
 */
function rememberStyleIds(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles = (workbook as unknown as { styles?: Styles }).styles;
  if (!styles || typeof styles.addStyleModel !== 'function') return;
  const add = styles.addStyleModel.bind(styles);
  const ids = new WeakMap<object, number>();
  let next = 1;
  const idOf = (part: object | undefined) => {
    if (!part) return 0;
    let id = ids.get(part);
    if (id === undefined) ids.set(part, (id = next++));
    return id;
  };
  const known = new Map<string, number>();
  // Data cells carry at most a format and an alignment: looked up without building a key.
  const plain = new Map<object | undefined, Map<number | undefined, Map<string | undefined, number>>>();
  styles.addStyleModel = (model, cellType) => {
    if (!model) return add(model, cellType);
    if (!model.font && !model.border && !model.fill && !model.protection) {
      let byType = plain.get(model.alignment);
      if (!byType) plain.set(model.alignment, (byType = new Map()));
      let byFormat = byType.get(cellType);
      if (!byFormat) byType.set(cellType, (byFormat = new Map()));
      let id = byFormat.get(model.numFmt);
      if (id === undefined) byFormat.set(model.numFmt, (id = add(model, cellType)));
      return id;
    }
    const key = `${cellType ?? ''}|${model.numFmt ?? ''}|${idOf(model.font)}|${idOf(model.alignment)}|${idOf(model.border)}|${idOf(model.fill)}|${idOf(model.protection)}`;
    let id = known.get(key);
    if (id === undefined) known.set(key, (id = add(model, cellType)));
    return id;
  };
}

/** The workbook's bytes. `onSheet` is told as each sheet is written (for a progress indicator). */
export async function writeWorkbook(model: WorkbookModel, onSheet: (done: number, total: number, name: string) => void | Promise<void> = () => undefined): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  rememberStyleIds(workbook);
  workbook.creator = 'Waveplan';
  workbook.title = model.title;
  const money = moneyFormat(model.currency);
  const lists = new Lists();
  for (const [i, sheet] of model.sheets.entries()) {
    await onSheet(i, model.sheets.length, sheet.name);
    if (sheet.data) writeDataSheet(workbook, sheet, model.title, money, lists);
    else writeReportSheet(workbook, sheet, model.title, money);
  }
  lists.write(workbook);
  await onSheet(model.sheets.length, model.sheets.length, '');
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
