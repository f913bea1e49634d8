import { checkNumber, isUnknownWord, parseFieldText } from '../domain/field-text.js';
import { FIELD_BY_KEY, type FieldSpec } from '../domain/workload-fields.js';
import type { ColumnTarget } from './header-mapping.js';
import { unitOfHeader } from './header-units.js';
import type { NumberStyle } from '../domain/number-style.js';
import { decideNumberStyle, optionReading, readsTheSame, type StyleVerdict } from './number-style-guess.js';
import { readNumber, styleExample } from '../domain/read-number.js';
import { fieldUnit, fitsField, toFieldUnit } from './unit-conversion.js';
import { currencyUnit, isCurrency, unitLabel, type Unit } from './units.js';

// How one numeric column is read: its unit (the mapping's, else the header's, else the
// field's own) and its number style (the mapping's, else the column's evidence), and
// each cell through them into the value the field stores.

type NumberField = FieldSpec & { type: 'number' };

export interface ColumnReading {
  field: NumberField;
  /** The unit the values are in. */
  unit: Unit | undefined;
  /** The unit the field stores. */
  own: Unit | undefined;
  /** Where the unit came from: said in the mapping, read from the header, or the field's own. */
  unitFrom: 'mapping' | 'header' | 'field';
  verdict: StyleVerdict;
  /** The style values are read in: chosen in the mapping, else decided by the column. */
  style: NumberStyle | undefined;
}

/** Units whose values are whole numbers in practice: nobody records memory as 16.384 MB. */
const SMALL_UNITS = new Set<Unit>(['B', 'KB', 'KiB', 'MB', 'MiB']);

/** A number as a workbook's number cell arrives (String(n)): a point for the decimal, never a group. */
export const NATIVE_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** A numeric field's column: how its values are read. */
export function readColumn(target: ColumnTarget | undefined, header: string, values: readonly string[], currency: string, nativeNumbers = false): ColumnReading | undefined {
  if (target?.to !== 'field') return undefined;
  const field = FIELD_BY_KEY[target.field];
  if (field.type !== 'number') return undefined;
  const own = fieldUnit(field.key, currency);
  const stated = unitOfHeader(header)?.unit;
  const fromHeader = stated && fitsField(stated, field.key) ? stated : undefined;
  const unit = target.unit ?? fromHeader ?? own;
  const native = nativeNumbers && values.some((v) => v.trim() !== '') && values.every((v) => v.trim() === '' || NATIVE_NUMBER.test(v.trim()));
  const verdict: StyleVerdict = native
    ? { kind: 'decided', style: { decimal: '.', group: '' }, example: values.find((v) => v.includes('.')) ?? values.find((v) => v.trim() !== '') ?? '' }
    : decideNumberStyle(values, { money: own !== undefined && isCurrency(own), whole: field.integer || (unit !== undefined && SMALL_UNITS.has(unit)) });
  const style = target.number ?? (verdict.kind === 'decided' ? verdict.style : undefined);
  return { field, unit, own, unitFrom: target.unit ? 'mapping' : fromHeader ? 'header' : 'field', verdict, style };
}

/** Units a cell may carry itself ("4h", "30 min", "64 GB"): they win over the column's. */
const CELL_UNITS: Record<string, Unit> = {
  s: 's',
  sec: 's',
  secs: 's',
  m: 'min',
  min: 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  kb: 'KB',
  mb: 'MB',
  gb: 'GB',
  tb: 'TB',
  kib: 'KiB',
  mib: 'MiB',
  gib: 'GiB',
  tib: 'TiB',
};

export type CellReading = { ok: true; value: number | null; changed: boolean } | { ok: false; error: string };

/** Rounds away the noise of binary fractions (4096 / 1024 is 4; 1000 / 1024 is 0.976563). */
const tidy = (value: number) => Number(value.toPrecision(12));

/** One cell into the field's unit: "4096" in a MiB column is 4; "1.950" in a dotted-thousands column 1950. */
export function readNumberCell(reading: ColumnReading, raw: string, currency: string, where: string): CellReading {
  const { field } = reading;
  const text = isUnknownWord(raw) ? '' : raw.trim();
  if (text === '') return { ok: true, value: null, changed: false };
  const suffix = /^(.*?\d)\s*([a-zA-Z]+)$/.exec(text);
  const cellUnit = suffix ? CELL_UNITS[(suffix[2] ?? '').toLowerCase()] : undefined;
  const unit = cellUnit && fitsField(cellUnit, field.key) ? cellUnit : reading.unit;
  const body = cellUnit ? (suffix?.[1] ?? text) : text;
  const { verdict } = reading;
  if (!reading.style && verdict.kind === 'ambiguous' && !readsTheSame(body, verdict.options)) {
    const [a, b] = verdict.options.map((o) => readNumber(body, o));
    const readings = [a, b].map((r) => (r?.ok ? r.value.toLocaleString('en') : '—')).join(' or ');
    return { ok: false, error: `“${body}” could be ${readings}: choose how ${where} writes numbers (${styleExample(verdict.options[0])} or ${styleExample(verdict.options[1])}) in the mapping` };
  }
  const style = reading.style ?? (verdict.kind === 'ambiguous' ? optionReading(body, verdict.options) : undefined);
  const read = readNumber(body, style);
  if (!read.ok || read.percent) {
    // What the grid reads ("4 vCPU") still reads; otherwise its message says what was expected.
    const fallback = parseFieldText(field, text);
    return fallback.ok ? { ok: true, value: fallback.value as number | null, changed: String(fallback.value) !== text } : fallback;
  }
  let value = read.value;
  if (read.currency && reading.own && isCurrency(reading.own) && currencyUnit(read.currency) !== reading.own) {
    return { ok: false, error: `An amount in ${read.currency}; this estate’s costs are in ${unitLabel(reading.own)}, and no exchange rate is known` };
  }
  if (unit && reading.own && unit !== reading.own) {
    const converted = toFieldUnit(value, unit, field.key, currency);
    if (!converted.ok) return { ok: false, error: `${converted.error}: choose ${unitLabel(reading.own)} as the unit of ${where} in the mapping to take the amounts as they are` };
    value = converted.value;
  }
  // Minutes are whole (a duration was always rounded, as the grid does); other values lose only float noise.
  value = field.duration ? Math.round(value) : tidy(value);
  const checked = checkNumber(field, value, text);
  return checked.ok ? { ok: true, value, changed: String(value) !== text } : checked;
}
