import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { DependencySchema } from '../../../shared/domain/dependency.js';
import { EstateNameSchema, NodePositionSchema, ScenarioIdSchema } from '../../../shared/estate/estate-fields.js';
import { SETTING_STORED_AS } from '../../../shared/estate/setting-keys.js';
import { BASELINE_SCENARIO_ID, SCENARIO_DECISION_FIELDS, SCENARIO_NAME_MAX, SCENARIO_SETTING_NAMES } from '../../../shared/estate/scenarios.js';
import { WorkloadSchema } from '../../../shared/domain/workload.js';
import { dependenciesPassByColumn, workloadsPassByColumn } from './estate-distinct-check.js';
import { DECISION_COLUMNS, DEPENDENCY_COLUMNS, WORKLOAD_COLUMNS, decisionsFromRow, dependencyFromRow, workloadFromRow, workloadSelectList } from './estate-rows.js';

// Rows read from disk are checked with the same schemas as the contract before anything
// is shown: a file edited by hand or by another program can hold a blob where a name
// belongs, an environment Waveplan does not know, 1e308 as a cost or a revision that is
// not a number. The first row that fails is named by table, row and field.

/** Where a row went wrong, in words: "table workload, row 3 (id “odoo-web”), field name: …". */
export interface RowProblem {
  table: string;
  row: number;
  id?: string;
  field: string;
  message: string;
}

const HeaderSchema = z.object({
  singleton: z.literal(1),
  name: EstateNameSchema,
  // Far beyond any real count of edits, and far below where a number stops being exact.
  revision: z.number().int().min(0).max(1e12),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const PositionRow = NodePositionSchema.extend({ id: z.string() });
// A setting is a small JSON object; the few keys there are (estate-settings.ts) are read by key.
const SettingRow = z.object({ id: z.string().max(100), value: z.string().max(5_000_000) });

// Scenarios (migration 008): a name like an estate's, decisions as the workload schema
// has them, and only the four settings a scenario holds.
const ScenarioRow = z.object({
  id: ScenarioIdSchema,
  name: z.string().trim().min(1, 'A scenario needs a name').max(SCENARIO_NAME_MAX),
  position: z.number().int().min(0).max(1e9),
});
const ActiveScenarioRow = z.object({ singleton: z.literal(1), scenarioId: ScenarioIdSchema });
const DecisionsRow = WorkloadSchema.pick(Object.fromEntries(SCENARIO_DECISION_FIELDS.map((f) => [f, true])) as { [K in (typeof SCENARIO_DECISION_FIELDS)[number]]: true });
const SCENARIO_SETTING_KEYS = SCENARIO_SETTING_NAMES.map((name) => SETTING_STORED_AS[name]) as [string, ...string[]];
const ScenarioSettingRow = z.object({ key: z.enum(SCENARIO_SETTING_KEYS, `expected one of the settings a scenario holds (${SCENARIO_SETTING_KEYS.join(', ')})`), value: z.string().max(5_000_000) });

/** What a value is, without showing it raw (it may be megabytes, or binary). */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (value instanceof Uint8Array) return 'binary data';
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'a number out of range';
  if (typeof value === 'string') return value.length > 40 ? `text of ${value.length.toLocaleString('en')} characters` : `“${value}”`;
  return typeof value;
}

export function describeRowProblem(p: RowProblem): string {
  if (!p.field) return `table ${p.table}: ${p.message}`;
  return `table ${p.table}, row ${p.row}${p.id ? ` (id “${p.id.slice(0, 64)}”)` : ''}, field ${p.field}: ${p.message}`;
}

function problemOf(table: string, row: number, record: Record<string, unknown>, error: z.ZodError): RowProblem {
  const issue = error.issues[0] as z.core.$ZodIssue;
  const field = String(issue.path[0] ?? 'row');
  const id = typeof record.id === 'string' ? record.id : undefined;
  return { table, row, id, field, message: `${issue.message} (found ${kindOf(record[field])})` };
}

/**
 * The first row of an estate file that the schemas refuse, or null when every row reads.
 * `version` is the file's schema version: older files lack the later tables.
 */
export function firstBadRow(db: Database, version: number, { indexesChecked = false } = {}): RowProblem | null {
  const headers = db.prepare('SELECT singleton, name, revision, createdAt, updatedAt FROM estate').all() as Record<string, unknown>[];
  if (headers.length !== 1)
    return { table: 'estate', row: headers.length, field: '', message: headers.length === 0 ? 'the estate has no header row (no name, no revision)' : 'the estate has more than one header row' };
  const header = HeaderSchema.safeParse(headers[0]);
  if (!header.success) return problemOf('estate', 1, headers[0] as Record<string, unknown>, header.error);

  // Column by column first (estate-distinct-check.ts): far cheaper, and when it passes every row would; row by row only to name what fails.
  // Only once SQLite's full integrity check has passed: the proof reads the tables, and the
  // quick check does not prove their indexes, which the reader walks (reading row by row
  // through them finds a damaged one).
  const workloadRow = indexesChecked && workloadsPassByColumn(db, version) ? null : firstBadWorkloadRow(db, version);
  if (workloadRow) return workloadRow;
  const dependencyRow = indexesChecked && dependenciesPassByColumn(db) ? null : firstBadDependencyRow(db);
  if (dependencyRow) return dependencyRow;
  return firstBadOtherRow(db, version);
}

export function firstBadWorkloadRow(db: Database, version: number): RowProblem | null {
  let n = 0;
  for (const row of db
    .prepare(`SELECT ${workloadSelectList(version)}, position FROM workload ORDER BY position, rowid`)
    .raw(true)
    .iterate() as IterableIterator<unknown[]>) {
    n++;
    const workload = workloadFromRow(row);
    const parsed = WorkloadSchema.safeParse(workload);
    if (!parsed.success) return problemOf('workload', n, workload, parsed.error);
    const position = row[WORKLOAD_COLUMNS.length];
    if (typeof position !== 'number' || !Number.isFinite(position)) return { table: 'workload', row: n, id: workload.id, field: 'position', message: `expected a number (found ${kindOf(position)})` };
  }
  return null;
}

export function firstBadDependencyRow(db: Database): RowProblem | null {
  let n = 0;
  for (const row of db
    .prepare(`SELECT ${DEPENDENCY_COLUMNS.join(', ')} FROM dependency ORDER BY rowid`)
    .raw(true)
    .iterate() as IterableIterator<unknown[]>) {
    n++;
    const dependency = dependencyFromRow(row);
    const parsed = DependencySchema.safeParse(dependency);
    if (!parsed.success) return problemOf('dependency', n, dependency, parsed.error);
  }
  return null;
}

function firstBadOtherRow(db: Database, version: number): RowProblem | null {
  let n = 0;
  if (version >= 2) {
    for (const row of db.prepare('SELECT workloadId AS id, x, y FROM node_position ORDER BY rowid').iterate() as IterableIterator<Record<string, unknown>>) {
      n++;
      const parsed = PositionRow.safeParse(row);
      if (!parsed.success) return problemOf('node_position', n, row, parsed.error);
    }
  }
  if (version >= 3) {
    n = 0;
    // Values are read over their defaults (estate-settings.ts); keys and values must at least be text.
    for (const row of db.prepare('SELECT key AS id, value FROM estate_setting ORDER BY rowid').iterate() as IterableIterator<Record<string, unknown>>) {
      n++;
      const parsed = SettingRow.safeParse(row);
      if (!parsed.success) return problemOf('estate_setting', n, row, parsed.error);
    }
  }
  return version >= 8 ? firstBadScenarioRow(db) : null;
}

/** The first row of the scenario tables the schemas refuse (references were checked by foreign_key_check). */
function firstBadScenarioRow(db: Database): RowProblem | null {
  const names = new Map<string, string>();
  let n = 0;
  let baseline = false;
  for (const row of db.prepare('SELECT id, name, position FROM scenario ORDER BY position, rowid').iterate() as IterableIterator<Record<string, unknown>>) {
    n++;
    const parsed = ScenarioRow.safeParse(row);
    if (!parsed.success) return problemOf('scenario', n, row, parsed.error);
    const key = parsed.data.name.toLocaleLowerCase('en');
    const same = names.get(key);
    if (same !== undefined) return { table: 'scenario', row: n, id: parsed.data.id, field: 'name', message: `two scenarios are called “${parsed.data.name.slice(0, 80)}” (the other is “${same}”)` };
    names.set(key, parsed.data.id);
    baseline ||= parsed.data.id === BASELINE_SCENARIO_ID;
  }
  if (!baseline) return { table: 'scenario', row: n, field: '', message: 'the estate has no baseline scenario' };
  const active = db.prepare('SELECT singleton, scenarioId FROM active_scenario').all() as Record<string, unknown>[];
  if (active.length !== 1) return { table: 'active_scenario', row: active.length, field: '', message: 'the estate does not say which scenario is active' };
  const activeRow = ActiveScenarioRow.safeParse(active[0]);
  if (!activeRow.success) return problemOf('active_scenario', 1, active[0] as Record<string, unknown>, activeRow.error);
  n = 0;
  for (const row of db
    .prepare(`SELECT scenarioId, workloadId, ${DECISION_COLUMNS.join(', ')} FROM scenario_workload ORDER BY rowid`)
    .raw(true)
    .iterate() as IterableIterator<unknown[]>) {
    n++;
    const decisions = decisionsFromRow(row.slice(2));
    const parsed = DecisionsRow.safeParse(decisions);
    if (!parsed.success) return problemOf('scenario_workload', n, { ...decisions, id: `${String(row[0])}/${String(row[1])}` }, parsed.error);
  }
  n = 0;
  for (const row of db.prepare('SELECT scenarioId AS id, key, value FROM scenario_setting ORDER BY rowid').iterate() as IterableIterator<Record<string, unknown>>) {
    n++;
    const parsed = ScenarioSettingRow.safeParse(row);
    if (!parsed.success) return problemOf('scenario_setting', n, row, parsed.error);
  }
  return null;
}
