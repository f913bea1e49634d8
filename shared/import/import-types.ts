import type { Dependency } from '../domain/dependency.js';
import type { Workload, WorkloadField } from '../domain/workload.js';
import { columnName } from '../excel/sheet-model.js';
import type { PreviewSample } from './preview-sample.js';

// What an import preview is made of: the table read from a file, the problems found in
// it (each at its sheet, row and column), the differences per workload, and the
// choices the architect makes before confirming. import-plan.ts builds them.

export interface ImportTable {
  sheet: string;
  /** Header row first; what the file holds, as text. */
  rows: string[][];
  /**
   * The table comes from a workbook, whose number cells arrive as JavaScript writes them
   * ("12.345" is twelve point three four five, never twelve thousand): a column of such
   * values is read with a decimal point, whatever a locale would make of them.
   */
  nativeNumbers?: boolean;
}

export interface ImportProblem {
  sheet: string;
  /** 1-based, as the spreadsheet numbers rows. */
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface FieldDiff {
  field: WorkloadField;
  label: string;
  from: string;
  to: string;
}

export interface ImportPreview {
  adds: { row: number; workload: Workload }[];
  updates: { row: number; id: string; name: string; diffs: FieldDiff[]; workload: Workload }[];
  unchanged: number;
  /** Rows with a problem; left out when the user accepts skipping them. */
  skipped: { row: number; name: string }[];
  /** In the estate, not in the returned workbook (matched by its id column). */
  missing: { id: string; name: string }[];
  dependencies: Dependency[];
  problems: ImportProblem[];
  /** Values that read but look wrong ("4096 GB of memory"): shown at their cells, never blocking. */
  warnings?: ImportProblem[];
  /** The first rows as they will be stored, and each mapped column's coverage, unit and style. */
  sample?: PreviewSample;
}

export interface ImportChoices {
  removeMissing: boolean;
}

/** A column as a problem names it: its letter, and its header when it has one ("D (Env)"). */
export function columnLabel(index: number, header: readonly string[], fallback = ''): string {
  const name = (header[index] ?? '').trim() || fallback;
  return name ? `${columnName(index)} (${name})` : columnName(index);
}
