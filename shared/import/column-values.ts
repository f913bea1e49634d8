import { parseFieldText, splitList } from '../domain/field-text.js';
import { FIELD_BY_KEY, type FieldSpec } from '../domain/workload-fields.js';
import type { ColumnTarget, Mapping } from './header-mapping.js';
import { guessValue, isExactValue } from './value-guesses.js';

// The values of a column with a closed list (an environment, a criticality, data classes,
// a yes/no) that are not the list's own words: each with how often it occurs and what
// Waveplan guesses it means. The mapping step shows them, guesses pre-filled; the
// preview reads the architect's answer, else the guess, else the value as it is.

/** Per column, what the architect said a value means ("Moon" → "test"); '' undoes a guess. */
export type ValueMap = Record<number, Record<string, string>>;

export interface ValueToMap {
  value: string;
  count: number;
  /** What Waveplan guesses it means (an option's value, as text); absent when it has no idea. */
  guess?: string;
}

export interface ColumnValues {
  column: number;
  /** The options the value may be mapped to: an enum's, or yes/no. */
  options: string[];
  values: ValueToMap[];
}

const YES_NO = ['Yes', 'No'];
const LIMIT = 50;

/** The list a column's values come from: an enum or set field's, or yes/no for flags and readiness. */
function optionsOf(target: ColumnTarget | undefined): { field?: FieldSpec; options: readonly (string | number)[]; parts: boolean } | undefined {
  if (target?.to === 'readiness' || target?.to === 'flag') return { options: YES_NO, parts: false };
  if (target?.to !== 'field') return undefined;
  const field = FIELD_BY_KEY[target.field];
  if (field.type === 'enum' || field.type === 'set') return { field, options: field.options, parts: field.type === 'set' };
  if (field.type === 'bool') return { field, options: YES_NO, parts: false };
  return undefined;
}

const isYesNo = (text: string) => parseFieldText(FIELD_BY_KEY.masked, text).ok;

/** The values of each closed-list column that are not its own words, with their guesses. */
export function valuesToMap(rows: readonly (readonly string[])[], mapping: Mapping): ColumnValues[] {
  const result: ColumnValues[] = [];
  mapping.forEach((target, c) => {
    const list = optionsOf(target);
    if (!list) return;
    const counts = new Map<string, number>();
    const column = rows.slice(1).map((r) => (r[c] ?? '').trim());
    for (const cell of column) for (const part of list.parts ? splitList(cell) : [cell]) if (part) counts.set(part, (counts.get(part) ?? 0) + 1);
    const values: ValueToMap[] = [];
    for (const [value, count] of counts) {
      if (list.options === YES_NO ? isYesNo(value) : isExactValue(list.options, value)) continue;
      const guess = list.options === YES_NO ? undefined : guessValue(list.options, value, column);
      values.push(guess === undefined ? { value, count } : { value, count, guess: String(guess) });
    }
    if (values.length) result.push({ column: c, options: list.options.map(String), values: values.slice(0, LIMIT) });
  });
  return result;
}

/** The guesses as a value map: what the preview reads when the architect has not answered. */
export function guessedValues(rows: readonly (readonly string[])[], mapping: Mapping): ValueMap {
  const map: ValueMap = {};
  for (const { column, values } of valuesToMap(rows, mapping)) {
    for (const v of values) if (v.guess !== undefined) (map[column] ??= {})[v.value] = v.guess;
  }
  return map;
}

/** A cell with its values mapped: the architect's answer, else the guess; a list part by part. */
export function mapCell(cell: string, target: ColumnTarget | undefined, answers: Record<string, string> | undefined, guesses: Record<string, string> | undefined): string {
  // Own keys only: a cell that says "constructor" or "__proto__" must not find the object's prototype.
  const own = (map: Record<string, string> | undefined, key: string) => (map && Object.hasOwn(map, key) ? map[key] : undefined);
  const one = (value: string) => {
    const answer = own(answers, value.trim());
    if (answer !== undefined) return answer === '' ? value : answer;
    return own(guesses, value.trim()) ?? value;
  };
  if (!answers && !guesses) return cell;
  const list = optionsOf(target);
  return list?.parts ? splitList(cell).map(one).join(', ') : one(cell);
}
