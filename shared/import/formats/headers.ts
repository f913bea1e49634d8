import type { DependencyRole } from '../dependency-import.js';
import type { ColumnTarget, Mapping } from '../header-mapping.js';
import type { HeaderEvidence, SheetRows, SpreadsheetFile } from './types.js';

// Header matching shared by the format recognisers. Vendors' headers drift between
// versions in case, spacing and punctuation ("Memory(MB)" and "Memory (MB)", "OS according
// to the VMware tools"), a CSV saved by Excel starts with a byte order mark, and Azure marks
// mandatory columns with "*"; all of that is folded away before comparing. Units inside
// parentheses are kept: "Memory" (RVTools) and "Memory (In MB)" (Azure) are different columns.

/** A header reduced to what identifies it. */
export function headerKey(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^[\s*]+/, '')
    .replace(/[^a-z0-9#%]+/g, ' ')
    .trim();
}

/** The header row of a sheet (empty for an empty sheet). */
export const headersOf = (sheet: SheetRows): string[] => sheet.rows[0] ?? [];

/** The first column whose header is one of the names, tried in the names' order; -1 when none. */
export function columnOf(headers: readonly string[], names: readonly string[]): number {
  const keys = headers.map(headerKey);
  for (const name of names) {
    const i = keys.indexOf(headerKey(name));
    if (i >= 0) return i;
  }
  return -1;
}

/** The column's index, or undefined, for the optional fields of a connection layout. */
export const optionalColumn = (headers: readonly string[], names: readonly string[]): number | undefined => {
  const i = columnOf(headers, names);
  return i >= 0 ? i : undefined;
};

/**
 * An export's signature for one sheet: every `required` column must be there; the
 * `optional` ones raise the confidence. Each entry lists the names one column goes by.
 */
export interface Signature {
  required: readonly (readonly string[])[];
  optional: readonly (readonly string[])[];
}

export interface SheetScore {
  sheet: SheetRows;
  confidence: number;
  evidence: HeaderEvidence;
}

/** How well a sheet's headers fit a signature; null when a required column is missing. */
export function scoreSheet(sheet: SheetRows, signature: Signature): SheetScore | null {
  const headers = headersOf(sheet);
  const found = (names: readonly string[]) => columnOf(headers, names);
  if (signature.required.some((names) => found(names) < 0)) return null;
  const all = [...signature.required, ...signature.optional];
  const matched = all
    .map(found)
    .filter((i) => i >= 0)
    .map((i) => (headers[i] ?? '').replace(/^\uFEFF/, '').trim());
  return { sheet, confidence: matched.length / all.length, evidence: { sheet: sheet.name, matched, expected: all.length } };
}

/** The sheet that fits the signature best; on a tie, one the export is known to name. */
export function bestSheet(file: SpreadsheetFile, signature: Signature, preferredNames: readonly string[] = []): SheetScore | null {
  const preferred = new Set(preferredNames.map(headerKey));
  let best: SheetScore | null = null;
  let bestRank = -1;
  for (const sheet of file.sheets) {
    const score = scoreSheet(sheet, signature);
    if (!score) continue;
    const rank = score.confidence + (preferred.has(headerKey(sheet.name)) ? 0.001 : 0);
    if (rank > bestRank) [best, bestRank] = [score, rank];
  }
  return best;
}

/** A sheet by name, compared as headers are (so "tabvInfo" and "vInfo" can both be listed). */
export function sheetNamed(file: SpreadsheetFile, names: readonly string[]): SheetRows | undefined {
  const keys = names.map(headerKey);
  return file.sheets.find((s) => keys.includes(headerKey(s.name)));
}

/**
 * One rule of a preset: `names` takes the first column found under any of the names (in
 * the names' order, so a rule can prefer "HostName" to "VMware.VMName"); `pattern` takes
 * every column whose header key matches ("tag 1" … "tag 20").
 */
export type PresetRule<T> = { names: readonly string[]; target: T } | { pattern: RegExp; target: T };

function applyRules<T>(headers: readonly string[], rules: readonly PresetRule<T>[], fallback: T, unique: (t: T) => string | null): T[] {
  const keys = headers.map(headerKey);
  const out: (T | undefined)[] = headers.map(() => undefined);
  const taken = new Set<string>();
  for (const rule of rules) {
    const id = unique(rule.target);
    if (id !== null && taken.has(id)) continue;
    if ('names' in rule) {
      for (const name of rule.names) {
        const i = keys.findIndex((k, c) => k === headerKey(name) && out[c] === undefined);
        if (i < 0) continue;
        out[i] = rule.target;
        if (id !== null) taken.add(id);
        break;
      }
    } else {
      keys.forEach((k, c) => {
        if (out[c] === undefined && rule.pattern.test(k)) out[c] = rule.target;
      });
    }
  }
  return out.map((t) => t ?? fallback);
}

/**
 * A preset mapping for a sheet's headers. A field, the id and "depends on" go to one
 * column at most (the first rule that finds one); notes and ignore may repeat. Columns no
 * rule names are left out: discovery exports carry dozens of columns nobody plans with.
 */
export function presetMapping(headers: readonly string[], rules: readonly PresetRule<ColumnTarget>[], fallback: ColumnTarget = { to: 'ignore' }): Mapping {
  return applyRules(headers, rules, fallback, (t) => (t.to === 'field' ? `field:${t.field}` : t.to === 'id' || t.to === 'dependsOn' ? t.to : null));
}

/** Dependency-table roles for a sheet's headers; each role but "ignore" goes to one column. */
export function presetRoles(headers: readonly string[], rules: readonly PresetRule<DependencyRole>[]): DependencyRole[] {
  return applyRules<DependencyRole>(headers, rules, 'ignore', (r) => (r === 'ignore' ? null : r));
}

/** A cell, trimmed, or '' when the row is short (rows are ragged). */
export const cellAt = (row: readonly string[], column: number): string => (column >= 0 ? (row[column] ?? '').trim() : '');
