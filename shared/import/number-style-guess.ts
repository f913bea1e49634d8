import type { NumberStyle } from '../domain/number-style.js';
import { numberText, readBody } from '../domain/read-number.js';

// Which character is a column's decimal mark, from the evidence in the whole column.
// One value can settle it: "0,25" (a comma before two digits is a decimal), "1,950.50"
// (the last mark is the decimal), "1 950,5" (a space only ever groups), "1.234.567".
// A mark before exactly three digits ("1.950") could be either; it counts towards a
// thousands group when the digits end in zero and the column also writes plain numbers
// ("1.950", "2.200", "250": nobody writes 2.2 as "2.200" beside "250"), or when the
// column is money (amounts with three decimals do not happen). Evidence that disagrees
// ("1.950" beside "1.5") is not settled by a rule: the mapping step asks.

export type StyleVerdict =
  /** No value has a mark: any style reads the column the same. */
  | { kind: 'plain' }
  /** `example` is a value that shows it. */
  | { kind: 'decided'; style: NumberStyle; example: string }
  /** The readings disagree; `example` reads differently in each option. */
  | { kind: 'ambiguous'; options: [NumberStyle, NumberStyle]; example: string };

type Mark = '.' | ',';
type Role = 'decimal' | 'group' | 'unknown' | 'unused' | 'conflict';

interface Evidence {
  decimal: Map<string, string>;
  group: Map<string, string>;
  /** Before three digits ending in zero: likely a group. */
  soft: Map<string, string>;
  /** Before three other digits: either. */
  either: Map<string, string>;
  plain: number;
}

function gather(values: readonly string[]): Evidence {
  const e: Evidence = { decimal: new Map(), group: new Map(), soft: new Map(), either: new Map(), plain: 0 };
  const note = (map: Map<string, string>, mark: string, value: string) => map.has(mark) || map.set(mark, value);
  for (const value of values) {
    const body = numberText(value)?.body;
    if (!body || /e/i.test(body)) continue;
    const marks = [...new Set(body.replace(/\d/g, ''))];
    if (marks.length === 0) {
      e.plain++;
      continue;
    }
    for (const spaced of marks.filter((m) => m === ' ' || m === "'")) note(e.group, spaced, value);
    const dotOrComma = marks.filter((m): m is Mark => m === '.' || m === ',');
    if (dotOrComma.length === 2) {
      const last = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
      note(e.decimal, last, value);
      note(e.group, last === '.' ? ',' : '.', value);
      continue;
    }
    const mark = dotOrComma[0];
    if (!mark) continue;
    const parts = body.split(mark);
    const head = (parts[0] ?? '').replace(/[ ']/g, '');
    const tail = parts[1] ?? '';
    if (parts.length > 2) note(e.group, mark, value);
    else if (marks.length > 1)
      note(e.decimal, mark, value); // "1 950,5": beside a spaced group, the mark is the decimal
    else if (tail.length !== 3 || head === '' || head === '0' || head.length > 3) note(e.decimal, mark, value);
    else note(tail.endsWith('0') ? e.soft : e.either, mark, value);
  }
  return e;
}

function roleOf(mark: Mark, e: Evidence, money: boolean, whole: boolean): Role {
  const [decimal, group, soft, either] = [e.decimal.has(mark), e.group.has(mark), e.soft.has(mark), e.either.has(mark)];
  if (decimal && (group || soft)) return 'conflict';
  if (decimal) return 'decimal';
  if (group) return 'group';
  if (soft && (e.plain > 0 || money)) return 'group';
  if (either && money) return 'group';
  // Whole counts of a small unit (16,384 MB of memory, 1,400 users): three decimals never happen.
  if ((soft || either) && whole) return 'group';
  return soft || either ? 'unknown' : 'unused';
}

const other = (mark: Mark): Mark => (mark === '.' ? ',' : '.');

/** The column's style, from its values; `money` when the column holds amounts, `whole` when it holds whole counts of a small unit (MB, users). */
export function decideNumberStyle(values: readonly string[], options: { money?: boolean; whole?: boolean } = {}): StyleVerdict {
  const e = gather(values);
  const example = (mark: string) => e.decimal.get(mark) ?? e.group.get(mark) ?? e.soft.get(mark) ?? e.either.get(mark) ?? '';
  // The value to ask about: the one whose mark could be either.
  const doubtful = (mark: string) => e.soft.get(mark) ?? e.either.get(mark) ?? example(mark);
  const roles: Record<Mark, Role> = { '.': roleOf('.', e, !!options.money, !!options.whole), ',': roleOf(',', e, !!options.money, !!options.whole) };
  const spaced = [...e.group.keys()].find((m) => m === ' ' || m === "'") as NumberStyle['group'] | undefined;
  const ambiguous = (mark: Mark): StyleVerdict => ({
    kind: 'ambiguous',
    options: [
      { decimal: mark, group: spaced ?? (roles[other(mark)] === 'unused' ? '' : other(mark)) },
      { decimal: other(mark), group: mark },
    ],
    example: doubtful(mark),
  });
  for (const mark of ['.', ','] as const) if (roles[mark] === 'conflict') return ambiguous(mark);
  // Two marks cannot both be the decimal, nor both group (a space may group beside either).
  if (roles['.'] === 'decimal' && roles[','] === 'decimal') return ambiguous('.');
  if (roles['.'] === 'group' && roles[','] === 'group') return ambiguous('.');
  for (const mark of ['.', ','] as const) {
    if (roles[mark] === 'decimal') {
      const rest = roles[other(mark)];
      const group = rest === 'unused' ? (spaced ?? '') : other(mark);
      return { kind: 'decided', style: { decimal: mark, group }, example: example(mark) };
    }
  }
  for (const mark of ['.', ','] as const) {
    if (roles[mark] === 'group') return { kind: 'decided', style: { decimal: other(mark), group: mark }, example: example(mark) };
  }
  if (roles['.'] === 'unknown') return ambiguous('.');
  if (roles[','] === 'unknown') return ambiguous(',');
  if (spaced) return { kind: 'decided', style: { decimal: '.', group: spaced }, example: e.group.get(spaced) ?? '' };
  return { kind: 'plain' };
}

/**
 * Whether a value means one number whichever option of an ambiguous column is right: "250"
 * does, and so does "1.5", which no dotted-thousands style can read.
 */
export function readsTheSame(value: string, options: readonly NumberStyle[]): boolean {
  const body = numberText(value)?.body;
  if (body === undefined) return true;
  const readings = new Set(options.map((o) => readBody(body, o)).filter((r) => r !== undefined));
  return readings.size <= 1;
}

/** The option that reads a value, for a value that reads the same in all that read it. */
export const optionReading = (value: string, options: readonly NumberStyle[]): NumberStyle | undefined => {
  const body = numberText(value)?.body;
  return body === undefined ? undefined : options.find((o) => readBody(body, o) !== undefined);
};
