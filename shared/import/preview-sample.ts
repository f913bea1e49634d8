import { labelOf } from '../domain/enums.js';
import { formatFieldValue, parseFieldText } from '../domain/field-text.js';
import { FIELD_BY_KEY } from '../domain/workload-fields.js';
import type { ColumnTarget, Mapping } from './header-mapping.js';
import type { ColumnReading } from './column-reading.js';
import { styleExample } from '../domain/read-number.js';
import { unitLabel } from './units.js';

// The preview's table: the first rows as they will be STORED, each value with its unit
// and, where reading changed it, what the file said ("4 GB ← 4096 MiB", "Production ←
// PRD"); each mapped column's coverage, unit and number style. So a misread column is
// seen before anything is written.

export const SAMPLE_ROWS = 20;

export interface SampleCell {
  column: number;
  /** The stored value as the grid will show it, with its unit. */
  shown: string;
  /** What the file said, when reading changed it. */
  from?: string;
  problem?: string;
  warning?: string;
}

export interface SampleRow {
  row: number;
  name: string;
  /** Left out for a problem. */
  skipped: boolean;
  cells: SampleCell[];
}

export interface ColumnSummary {
  column: number;
  header: string;
  /** Where it goes: "Memory", "Adds data class: PHI". */
  target: string;
  /** Rows with a value, of all rows read. */
  filled: number;
  total: number;
  /** "MiB → GB", or the field's own unit. */
  unit?: string;
  /** "1.234,5" when the column's evidence (or the mapping) decided it; "ambiguous" when nobody has. */
  style?: string;
}

export interface PreviewSample {
  columns: ColumnSummary[];
  rows: SampleRow[];
}

/** One row as read: its number, the cells as the file has them, the record to be stored. */
export interface ReadRow {
  row: number;
  cells: readonly string[];
  stored: Record<string, unknown>;
}

/** Notes (problems or warnings) at their row and column, as `columnLabel` names the column. */
export type CellNotes = { row: number; column: string; message: string }[];

const shownColumn = (t: ColumnTarget | undefined) => t?.to === 'field' || t?.to === 'flag' || t?.to === 'readiness';
const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
const number = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 6 });

function targetLabel(t: ColumnTarget): string {
  if (t.to === 'field') return FIELD_BY_KEY[t.field].label;
  if (t.to === 'flag') return `Adds ${labelOf(t.dataClass)} if yes`;
  if (t.to === 'readiness') return labelOf(t.check);
  return t.to;
}

/** A stored value as shown, and the file's text beside it when they differ. */
function cellOf(t: ColumnTarget, raw: string, stored: Record<string, unknown>, reading: ColumnReading | undefined): { shown: string; from?: string } {
  const text = raw.trim();
  if (t.to === 'flag') {
    // What the flag itself says (another column may add the same class). A no adds
    // nothing and removes nothing: shown as "no", the file's word needs no echo.
    const yes = parseFieldText(FIELD_BY_KEY.masked, text);
    if (!yes.ok) return { shown: text };
    return yes.value ? { shown: `adds ${labelOf(t.dataClass)}`, from: text } : { shown: text === '' ? '' : 'no' };
  }
  if (t.to === 'readiness') {
    const shown = (stored.readiness as string[] | undefined)?.includes(t.check) ? 'Yes' : 'No';
    return { shown: text === '' ? '' : shown, from: text && normalise(text) !== normalise(shown) ? text : undefined };
  }
  if (t.to !== 'field') return { shown: text };
  const field = FIELD_BY_KEY[t.field];
  const value = stored[t.field];
  if (field.type === 'number') {
    if (value === null || value === undefined) return { shown: '' };
    const own = reading?.own ? ` ${unitLabel(reading.own)}` : '';
    const changed = String(value) !== text;
    const from = reading?.unit && reading.unit !== reading.own && !/[a-z]\s*$/i.test(text) ? `${text} ${unitLabel(reading.unit)}` : text;
    return { shown: `${number(value as number)}${own}`, from: changed ? from : undefined };
  }
  const shown = formatFieldValue(field, value);
  return { shown, from: text && normalise(text) !== normalise(shown) ? text : undefined };
}

function styleOf(reading: ColumnReading | undefined): string | undefined {
  if (!reading) return undefined;
  if (reading.style && (reading.verdict.kind !== 'plain' || reading.unitFrom === 'mapping')) return styleExample(reading.style);
  return reading.verdict.kind === 'ambiguous' && !reading.style ? 'ambiguous' : undefined;
}

/** The preview's table and column summaries. */
export function previewSample(
  header: readonly string[],
  body: readonly (readonly string[])[],
  mapping: Mapping,
  readings: ReadonlyMap<number, ColumnReading>,
  read: readonly ReadRow[],
  skippedRows: ReadonlySet<number>,
  problems: CellNotes,
  warnings: CellNotes,
  columnLabel: (c: number) => string,
): PreviewSample {
  const columns: ColumnSummary[] = [];
  mapping.forEach((t, c) => {
    if (!t || !shownColumn(t)) return;
    const reading = readings.get(c);
    const unit = reading?.own ? (reading.unit && reading.unit !== reading.own ? `${unitLabel(reading.unit)} → ${unitLabel(reading.own)}` : unitLabel(reading.own)) : undefined;
    const filled = body.filter((r) => (r[c] ?? '').trim() !== '').length;
    columns.push({ column: c, header: header[c] ?? '', target: targetLabel(t), filled, total: body.length, unit, style: styleOf(reading) });
  });
  const note = (notes: CellNotes, row: number, c: number) =>
    notes
      .filter((p) => p.row === row && p.column === columnLabel(c))
      .map((p) => p.message)
      .join('; ') || undefined;
  const rows = read.slice(0, SAMPLE_ROWS).map(({ row, cells, stored }) => ({
    row,
    name: String(stored.name ?? ''),
    skipped: skippedRows.has(row),
    cells: columns.map(({ column }) => {
      const t = mapping[column] as ColumnTarget;
      const problem = note(problems, row, column);
      // A cell that could not be read stores nothing: the file's text is what there is to see.
      const shown = problem ? { shown: (cells[column] ?? '').trim() } : cellOf(t, cells[column] ?? '', stored, readings.get(column));
      return { column, ...shown, problem, warning: note(warnings, row, column) };
    }),
  }));
  return { columns, rows };
}
