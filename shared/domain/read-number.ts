import type { NumberStyle } from './number-style.js';

// Reading one number as a client's spreadsheet writes it: "EUR 1.950,00", "1 950 €",
// "$1,950.50", "CHF 1'950.50", "(1,200)" for a negative, "45 %", with the no-break and
// thin spaces that French and Nordic locales put between thousands. Which character is
// the decimal mark is the column's number style (number-style-guess.ts decides it from
// the whole column); a lone value without one is read the English way.

/** Currency symbols and codes written before or after an amount. */
const CURRENCY_SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', US$: 'USD', 'FR.': 'CHF', 'SFR.': 'CHF' };
const CURRENCY_CODES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'JPY', 'CAD', 'AUD', 'NZD', 'INR', 'SGD', 'ZAR'];
const CURRENCY = `(US\\$|SFR\\.|FR\\.|[€$£¥]|${CURRENCY_CODES.join('|')})`;
const PREFIX = new RegExp(`^${CURRENCY}\\s*`, 'i');
const SUFFIX = new RegExp(`\\s*${CURRENCY}$`, 'i');

export interface NumberText {
  /** Digits and separators only: "1.950,00". */
  body: string;
  negative: boolean;
  /** ISO code of a currency written with the amount. */
  currency?: string;
  percent: boolean;
}

/** Takes the decorations off a number; undefined when what is left is not digits and separators. */
export function numberText(text: string): NumberText | undefined {
  let t = text
    .replace(/[\u00a0\u202f\u2009\u2007]/g, ' ')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/\u2019/g, "'")
    .trim();
  let negative = false;
  let currency: string | undefined;
  let percent = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) [negative, t] = [true, (paren[1] ?? '').trim()];
  const sign = () => {
    if (/^[-+]/.test(t)) [negative, t] = [negative || t.startsWith('-'), t.slice(1).trim()];
    if (/-$/.test(t)) [negative, t] = [true, t.slice(0, -1).trim()];
  };
  sign();
  const take = (m: RegExpExecArray | null, at: 'start' | 'end') => {
    if (!m) return;
    const word = (m[1] ?? '').toUpperCase();
    currency = CURRENCY_SYMBOLS[word] ?? word;
    t = at === 'start' ? t.slice(m[0].length) : t.slice(0, m.index);
  };
  take(PREFIX.exec(t), 'start');
  if (!currency) take(SUFFIX.exec(t), 'end');
  sign();
  if (t.endsWith('%')) [percent, t] = [true, t.slice(0, -1).trim()];
  if (!/\d/.test(t) || !/^(\d|[.,' ](?=\d))*\d*([eE][-+]?\d+)?$/.test(t) || /^[' ]/.test(t)) return undefined;
  return { body: t, negative, currency, percent };
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The body read in a style: groups of three after one to three digits, or no groups at all. */
export function readBody(body: string, style: NumberStyle): number | undefined {
  const exponent = /^(\d+(?:\.\d+)?)[eE]([-+]?\d+)$/.exec(body);
  if (exponent) return style.decimal === '.' ? Number(body) : undefined;
  const d = escape(style.decimal);
  const fraction = `(?:${d}(\\d+))?`;
  const plain = new RegExp(`^(\\d*)${fraction}$`).exec(body);
  // Spaces and apostrophes only ever group, so they are read as groups in any style.
  const groups = [...new Set([style.group, ' ', "'"])]
    .filter((g) => g && g !== style.decimal)
    .map(escape)
    .join('');
  const grouped = new RegExp(`^(\\d{1,3}(?:[${groups}]\\d{3})+)${fraction}$`).exec(body);
  const m = plain ?? grouped;
  if (!m) return undefined;
  const whole = (m[1] ?? '').replace(/\D/g, '');
  if (whole === '' && m[2] === undefined) return undefined;
  return Number(`${whole || '0'}.${m[2] ?? '0'}`);
}

/** The English reading of a lone value: a comma before exactly three digits groups, otherwise it is a decimal comma. */
export function styleOfLoneValue(body: string): NumberStyle {
  const hasDot = body.includes('.');
  const hasComma = body.includes(',');
  const spaced = body.includes(' ') ? ' ' : body.includes("'") ? "'" : '';
  if (hasDot && hasComma) return body.lastIndexOf(',') > body.lastIndexOf('.') ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
  if (hasComma && !/^\d{1,3}(,\d{3})+$/.test(body)) return { decimal: ',', group: spaced || '.' };
  if (hasDot && body.indexOf('.') !== body.lastIndexOf('.')) return { decimal: ',', group: '.' };
  return { decimal: '.', group: spaced || ',' };
}

export type ReadNumberResult = { ok: true; value: number; currency?: string; percent: boolean } | { ok: false };

/** One value, in the column's style when it has one. */
export function readNumber(text: string, style?: NumberStyle): ReadNumberResult {
  const n = numberText(text);
  if (!n) return { ok: false };
  const value = readBody(n.body, style ?? styleOfLoneValue(n.body));
  if (value === undefined || !Number.isFinite(value)) return { ok: false };
  return { ok: true, value: n.negative ? -value : value, currency: n.currency, percent: n.percent };
}

/** A number written in a style, with `decimals` places: for tests, and to show a style by example. */
export function formatInStyle(value: number, style: NumberStyle, decimals = 2): string {
  const [whole = '0', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = style.group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.group) : whole;
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? style.decimal + fraction : ''}`;
}

/** A style by example, as the mapping step names it: "1.234,5". */
export const styleExample = (style: NumberStyle) => formatInStyle(1234.5, style, 1);
