import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import type { ValueMap } from '../../shared/import/column-values.js';
import { TARGET_OPTIONS, targetForHeader, targetFromId, type ColumnTarget, type Mapping } from '../../shared/import/header-mapping.js';
import { fitsField } from '../../shared/import/unit-conversion.js';
import { currencyUnit, DURATION_UNITS, SIZE_UNITS, type Unit } from '../../shared/import/units.js';
import { InputError } from './cli-error.js';

// `import --mapping mapping.json`: what the import dialog's mapping step lets a person
// change, as a file kept beside the client's sheet. Only the columns it names change;
// every other column keeps the recognised export's preset or the guess from its header.
//
//   { "sheet": "Servers",
//     "columns": { "Storage (TB)": "field:storageGb", "Site": "notes", "Old id": "ignore",
//                  "Mem": { "to": "field:memoryGb", "unit": "MiB" } },
//     "values": { "Data Classification": { "Confidential": "pii", "Secret": "phi" } } }
//
// A target is one the mapping step offers: field:<name>, readiness:<check>,
// flag:<data class>, id, dependsOn, notes or ignore. "values" says what a column's
// values mean where Waveplan can neither read nor guess them (the dialog's "Moon → test").

const TARGETS = new Set(TARGET_OPTIONS.map((o) => o.id));
const UNITS: readonly string[] = [...SIZE_UNITS, ...DURATION_UNITS, '%'];

const TargetSchema = z.union([z.string(), z.object({ to: z.string(), unit: z.string().optional() }).strict()]);
export const MappingFileSchema = z
  .object({
    sheet: z.string().optional(),
    columns: z.record(z.string(), TargetSchema).default({}),
    values: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  })
  .strict();
export type MappingFile = z.infer<typeof MappingFileSchema>;

export interface LoadedMapping {
  file: string;
  content: MappingFile;
}

export function loadMappingFile(path: string): LoadedMapping {
  const file = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(file, `cannot read the mapping file (${path})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = MappingFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? issue.path.map(String).join('.') : 'the file';
    throw new InputError(`${file}: ${at}`, `${issue?.message ?? 'not a mapping'}; a mapping is {"sheet"?: name, "columns"?: {header: target}, "values"?: {header: {value: meaning}}}`);
  }
  return { file, content: parsed.data };
}

function unitOf(where: string, given: string): Unit {
  if (UNITS.includes(given)) return given as Unit;
  if (/^[A-Z]{3}$/.test(given)) return currencyUnit(given);
  throw new InputError(where, `unknown unit '${given}'; one of ${UNITS.join(', ')} or a currency code such as EUR`);
}

function targetOf(where: string, header: string, given: z.infer<typeof TargetSchema>): ColumnTarget {
  const id = typeof given === 'string' ? given : given.to;
  if (!TARGETS.has(id)) throw new InputError(where, `unknown target '${id}'; one of ${[...TARGETS].join(', ')}`);
  if (typeof given === 'string' || given.unit === undefined) return targetForHeader(id, header);
  const target = targetFromId(id);
  const unit = unitOf(where, given.unit);
  if (target.to !== 'field' || !fitsField(unit, target.field)) throw new InputError(where, `the unit '${given.unit}' does not fit ${id}`);
  return { ...target, unit };
}

function columnOf(where: string, name: string, header: readonly string[], sheet: string): number {
  const column = header.findIndex((h) => h.trim() === name.trim());
  if (column < 0) throw new InputError(where, `sheet ${sheet} has no column headed so; its headers are ${header.map((h) => `"${h}"`).join(', ')}`);
  return column;
}

/** The mapping with the file's columns laid over it; a header the sheet does not have is an error naming the headers it does. */
export function applyMappingFile(mapping: Mapping, header: readonly string[], sheet: string, loaded: LoadedMapping): Mapping {
  const next = [...mapping];
  for (const [name, given] of Object.entries(loaded.content.columns)) {
    const where = `${loaded.file}: columns."${name}"`;
    const column = columnOf(where, name, header, sheet);
    next[column] = targetOf(where, header[column] ?? name, given);
  }
  return next;
}

/** The file's answers for values, by column, as the preview takes them (the dialog's value map). */
export function valueMapOf(header: readonly string[], sheet: string, loaded: LoadedMapping | undefined): ValueMap {
  const map: ValueMap = {};
  for (const [name, answers] of Object.entries(loaded?.content.values ?? {})) map[columnOf(`${(loaded as LoadedMapping).file}: values."${name}"`, name, header, sheet)] = answers;
  return map;
}
