import { readNumber } from './read-number.js';
import { inCanonicalOrder, labelOf } from './enums.js';
import type { Blackout } from './blackout.js';
import { blackoutsText, readBlackouts, readDay } from './workload-dates.js';
import type { FieldSpec } from './workload-fields.js';

// Turning what an architect types (or pastes from Excel) into a field value, and back.
// Every failure says what was expected, so the grid can show it on the cell.

export type ParseResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Words people use for our enum values; matched case-insensitively after the value and its label. */
const SYNONYMS: Record<string, string | number> = {
  prod: 'production',
  prd: 'production',
  live: 'production',
  productive: 'production',
  stg: 'staging',
  stage: 'staging',
  preprod: 'staging',
  'pre-prod': 'staging',
  'pre-production': 'staging',
  qa: 'test',
  tst: 'test',
  uat: 'test',
  testing: 'test',
  dev: 'development',
  develop: 'development',
  train: 'training',
  trn: 'training',
  sandbox: 'training',
  'disaster-recovery': 'dr',
  'disaster recovery': 'dr',
  app: 'application',
  web: 'application',
  service: 'application',
  job: 'scheduled-job',
  cron: 'scheduled-job',
  batch: 'scheduled-job',
  scheduled: 'scheduled-job',
  db: 'database',
  postgres: 'database',
  postgresql: 'database',
  redis: 'cache',
  proxy: 'ingress',
  'load balancer': 'ingress',
  traefik: 'ingress',
  interface: 'integration',
  s3: 'object-storage',
  bucket: 'object-storage',
  storage: 'object-storage',
  idp: 'identity',
  sso: 'identity',
  iam: 'identity',
  'mission critical': 1,
  critical: 1,
  high: 2,
  medium: 3,
  low: 4,
  mt: 'multi-tenant',
  shared: 'multi-tenant',
  multitenant: 'multi-tenant',
  'dedicated db': 'dedicated-database',
  'dedicated env': 'dedicated-environment',
  custom: 'customized',
  heavy: 'heavily-customized',
  patient: 'phi',
  health: 'phi',
  personal: 'pii',
  finance: 'financial',
  hr: 'workforce',
};

// Yes and no as client spreadsheets write them, in English, German, French and Spanish.
const TRUE_WORDS = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔', 'on', 'ja', 'j', 'wahr', 'oui', 'si', 'sí', 'vrai']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '0', '', 'off', '-', 'nein', 'falsch', 'non', 'faux']);

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');
}

/** Finds the option the text names: by value, by label, by "1 · Mission critical" prefix or by a synonym. */
export function matchOption<T extends string | number>(options: readonly T[], text: string): T | undefined {
  const t = normalise(text);
  if (t === '') return undefined;
  for (const o of options) {
    if (normalise(String(o)) === t || normalise(labelOf(o)) === t) return o;
    if (normalise(String(o)).replace(/-/g, ' ') === t.replace(/-/g, ' ')) return o;
  }
  const synonym = SYNONYMS[t] ?? SYNONYMS[t.replace(/-/g, ' ')];
  if (synonym !== undefined && options.includes(synonym as T)) return synonym as T;
  return undefined;
}

function describeOptions(options: readonly (string | number)[]): string {
  return options.map((o) => String(o)).join(', ');
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)?$/;
const UNIT_MINUTES: Record<string, number> = { m: 1, h: 60, d: 1440 };

/** "90", "4h", "1.5 hours", "2d" → minutes. */
function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text.trim().toLowerCase());
  if (!m) return undefined;
  const unit = (m[2] ?? 'm')[0] ?? 'm';
  return Math.round(Number(m[1]) * (UNIT_MINUTES[unit] ?? 1));
}

/**
 * Plain numbers, with thousands separators ("12,500", "1 200", "1.950,00"), a currency
 * ("€ 900", "1 950 €") or a trailing unit ("64 GB") tolerated. A lone value is read the
 * English way; an import decides a column's style from all its values (shared/import/).
 */
function parseNumber(text: string, percentField: boolean): number | undefined {
  const t = text.trim().replace(/\s*(gb|gib|cores?|vcpus?)$/i, '');
  const read = readNumber(t);
  // "35%" is 35 in a field kept in percent (peak CPU use), and no number anywhere else.
  return read.ok && (!read.percent || percentField) ? read.value : undefined;
}

/** A number already read, checked against the field's limits; `text` is what the message quotes. */
export function checkNumber(field: FieldSpec & { type: 'number' }, value: number, text: string): ParseResult {
  if (field.integer && !Number.isInteger(value)) return { ok: false, error: `${field.label} must be a whole number; got “${text}”` };
  if (value < field.min) return { ok: false, error: `${field.label} cannot be ${value < 0 ? 'negative' : `below ${field.min}`}; got ${value}` };
  if (value > field.max) return { ok: false, error: `${field.label} cannot exceed ${field.max.toLocaleString('en')}; got ${value}` };
  return { ok: true, value };
}

/** What a client writes for "not known" in a number column: read as blank, not as a problem. */
export const isUnknownWord = (text: string) => /^(n\/?a|tbd|tbc|unknown|\?+|-|–|—)$/i.test(text.trim());

export function parseFieldText(field: FieldSpec, raw: string): ParseResult {
  const text = field.type === 'number' && isUnknownWord(raw) ? '' : raw.trim();
  switch (field.type) {
    case 'text':
      if (field.key === 'name' && text === '') return { ok: false, error: 'A workload needs a name' };
      if (text.length > field.max) return { ok: false, error: `${field.label} is limited to ${field.max} characters` };
      return { ok: true, value: field.multiline ? raw.replace(/\r\n/g, '\n') : text };
    case 'enum': {
      if (text === '') {
        return field.nullable ? { ok: true, value: null } : { ok: false, error: `${field.label} is required (${describeOptions(field.options)})` };
      }
      const value = matchOption(field.options, text);
      if (value === undefined) {
        return { ok: false, error: `Unknown ${field.label.toLowerCase()} “${text}”; expected one of ${describeOptions(field.options)}` };
      }
      return { ok: true, value };
    }
    case 'number': {
      if (text === '') return { ok: true, value: null };
      const value = field.duration ? parseDuration(text) : parseNumber(text, field.unit === '%');
      if (value === undefined || Number.isNaN(value)) {
        const expected = field.duration ? 'a number of minutes (or 4h, 1d)' : field.integer ? 'a whole number' : 'a number';
        return { ok: false, error: `${field.label} must be ${expected}; got “${text}”` };
      }
      return checkNumber(field, value, text);
    }
    case 'bool': {
      const t = normalise(text);
      if (TRUE_WORDS.has(t)) return { ok: true, value: true };
      if (FALSE_WORDS.has(t)) return { ok: true, value: false };
      return { ok: false, error: `${field.label} must be yes or no; got “${text}”` };
    }
    case 'set': {
      const parts = splitList(text);
      const values: string[] = [];
      for (const part of parts) {
        const value = matchOption(field.options, part);
        if (value === undefined) {
          return { ok: false, error: `Unknown ${field.label.toLowerCase()} “${part}”; expected any of ${describeOptions(field.options)}` };
        }
        if (!values.includes(value)) values.push(value);
      }
      // Keep the canonical order so the same set always looks (and diffs) the same.
      return { ok: true, value: inCanonicalOrder(field.options, values) };
    }
    case 'tags': {
      const tags = [...new Set(splitList(text).map((t) => t.toLowerCase().replace(/\s+/g, '-')))];
      const tooLong = tags.find((t) => t.length > 40);
      if (tooLong) return { ok: false, error: `Tag “${tooLong}” is longer than 40 characters` };
      return { ok: true, value: tags };
    }
    case 'date':
      return readDay(field.label, raw);
    case 'blackouts':
      return readBlackouts(field.label, raw);
  }
}

export function splitList(text: string): string[] {
  return text
    .split(/[,;|\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The text a cell shows for a value, and what Ctrl+C copies. */
export function formatFieldValue(field: FieldSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (field.type) {
    case 'enum':
      return labelOf(value as string | number);
    case 'bool':
      return value ? 'Yes' : 'No';
    case 'set':
      return (value as string[]).map((v) => labelOf(v)).join(', ');
    case 'tags':
      return (value as string[]).join(', ');
    case 'number':
      return String(value);
    case 'text':
    case 'date':
      return String(value);
    case 'blackouts':
      return blackoutsText(value as Blackout[]);
  }
}
