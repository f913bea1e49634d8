import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { DependencySchema } from '../../../shared/domain/dependency.js';
import { WorkloadSchema } from '../../../shared/domain/workload.js';
import { DEPENDENCY_COLUMNS, WORKLOAD_COLUMNS, dependencyFromRow, workloadColumnValues, workloadFromRow } from './estate-rows.js';

// The row check (estate-row-check.ts) parses every row of an estate file with the
// contract's schemas: on 10,000 workloads and 46,000 dependencies that is most of what
// opening a file from outside costs, and `waveplan plan` waits for it. Yet a column holds
// few distinct values (kinds, environments, tiers, flags, sizes repeat), and each field of
// a workload or a dependency is read from one column of its own and checked on its own:
// a row passes exactly when each of its values passes its field's schema. So a table
// whose every distinct value, column by column, passes is a table whose every row does.
// This proves only that: when a value fails, the row check reads the table row by row as
// before, so the refusal names the same first bad row, field and message.

/** A field's schema as the object schema holds it, and the row a raw value becomes that field through. */
interface ColumnCheck {
  /** The column as the SELECT list reads it (an older file reads a later column as its blank). */
  select: string;
  /** Whether the value, read as the row reader reads it, passes the field's schema. */
  passes(value: unknown): boolean;
}

/**
 * One check per column: the raw value is put alone in a row of the table's width and read
 * by the table's own row reader, so lists, flags and JSON are read exactly as for a row.
 */
function columnChecks<T>(selects: readonly string[], fields: readonly (keyof T & string)[], fromRow: (row: unknown[]) => T, shape: Record<string, z.ZodType>): ColumnCheck[] {
  return fields.map((field, i) => ({
    select: selects[i] as string,
    passes(value: unknown): boolean {
      const row = new Array<unknown>(fields.length);
      row[i] = value;
      return (shape[field] as z.ZodType).safeParse(fromRow(row)[field]).success;
    },
  }));
}

/** Every distinct value of every column passes (BINARY collation: values that differ at all are each checked). */
function everyValuePasses(db: Database, table: string, checks: readonly ColumnCheck[]): boolean {
  for (const { select, passes } of checks) {
    const values = db.prepare(`SELECT DISTINCT ${select} COLLATE BINARY FROM ${table}`).pluck().all();
    for (const value of values) if (!passes(value)) return false;
  }
  return true;
}

const finitePosition: ColumnCheck = { select: 'position', passes: (value) => typeof value === 'number' && Number.isFinite(value) };

/** Whether every workload row passes the workload schema (and has a finite position), proved column by column. */
export function workloadsPassByColumn(db: Database, version: number): boolean {
  const checks = columnChecks(workloadColumnValues(version), WORKLOAD_COLUMNS, workloadFromRow, WorkloadSchema.shape);
  return everyValuePasses(db, 'workload', [...checks, finitePosition]);
}

/**
 * Whether every dependency row passes the dependency schema, proved column by column.
 * The schema has one rule across fields (no workload depends on itself), asked of SQLite:
 * IS compares text byte for byte, as !== does.
 */
export function dependenciesPassByColumn(db: Database): boolean {
  const selfLink = db.prepare('SELECT 1 FROM dependency WHERE consumerId IS providerId LIMIT 1').pluck().get();
  if (selfLink !== undefined) return false;
  return everyValuePasses(db, 'dependency', columnChecks(DEPENDENCY_COLUMNS, DEPENDENCY_COLUMNS, dependencyFromRow, DependencySchema.shape));
}
