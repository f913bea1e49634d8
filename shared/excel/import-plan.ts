import { applyChanges } from '../changes/apply.js';
import { addWorkloads, removeWorkloads } from '../changes/builders.js';
import type { Change } from '../changes/change-set.js';
import type { Dependency } from '../domain/dependency.js';
import { inCanonicalOrder, READINESS_CHECKS } from '../domain/enums.js';
import { formatFieldValue, splitList, parseFieldText } from '../domain/field-text.js';
import type { EstateContent } from '../domain/estate.js';
import { FIELD_BY_KEY } from '../domain/workload-fields.js';
import { blankWorkload, WorkloadSchema, type Workload, type WorkloadField } from '../domain/workload.js';
import { analyseEstate } from '../findings/analyse.js';
import { tierChoiceProblem } from '../tiers/tier-choice.js';
import { unguard } from './csv-read.js';
import type { Mapping } from './header-mapping.js';
import { columnName } from './sheet-model.js';

// What an import would do to the estate, before anything is written: rows to add,
// update, skip and (for a returned workbook) remove, each problem at its sheet, row and
// column, and the one change set that confirming applies.

export interface ImportTable {
  sheet: string;
  /** Header row first; what the file holds, as text. */
  rows: string[][];
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
}

/** Per column, what the architect said a value means ("Moon" → "test"): applied before the value is read. */
export type ValueMap = Record<number, Record<string, string>>;

/** The values of an enum column that Waveplan cannot read by itself, with how often each occurs. */
export function unknownValues(table: ImportTable, mapping: Mapping): { column: number; values: { value: string; count: number }[] }[] {
  const result: { column: number; values: { value: string; count: number }[] }[] = [];
  mapping.forEach((target, c) => {
    if (target.to !== 'field') return;
    const field = FIELD_BY_KEY[target.field];
    if (field.type !== 'enum' && field.type !== 'bool') return;
    const counts = new Map<string, number>();
    for (const row of table.rows.slice(1)) {
      const raw = (row[c] ?? '').trim();
      if (raw && !parseFieldText(field, raw).ok) counts.set(raw, (counts.get(raw) ?? 0) + 1);
    }
    if (counts.size) result.push({ column: c, values: [...counts].map(([value, count]) => ({ value, count })).slice(0, 50) });
  });
  return result;
}

export interface ImportChoices {
  removeMissing: boolean;
}

/** A column as a problem names it: its letter, and its header when it has one ("D (Env)"). */
export function columnLabel(index: number, header: readonly string[], fallback = ''): string {
  const name = (header[index] ?? '').trim() || fallback;
  return name ? `${columnName(index)} (${name})` : columnName(index);
}
// Lists compare as sets: the same checks in another order are no change.
const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? JSON.stringify([...a].sort()) === JSON.stringify([...b].sort()) : JSON.stringify(a) === JSON.stringify(b));

/** Reads one file's table against the estate; `newId` names added workloads and dependencies. */
/** `skipRow` leaves out rows that are not workloads (dependency rows marked by a record type). */
export function previewImport(estate: EstateContent, table: ImportTable, mapping: Mapping, newId: () => string, valueMap: ValueMap = {}, skipRow?: (cells: string[]) => boolean): ImportPreview {
  const [header = [], ...body] = table.rows;
  const byId = new Map(estate.workloads.map((w) => [w.id, w]));
  const byName = new Map(estate.workloads.map((w) => [w.name.trim().toLowerCase(), w]));
  const problems: ImportProblem[] = [];
  const preview: ImportPreview = { adds: [], updates: [], unchanged: 0, skipped: [], missing: [], dependencies: [], problems };
  const idColumn = mapping.findIndex((t) => t.to === 'id');
  const seenNames = new Map<string, number>();
  const seenIds = new Set<string>();
  const dependsOn: { row: number; column: number; consumer: Workload; names: string[] }[] = [];

  body.forEach((cells, r) => {
    const rowNumber = r + 2;
    if (skipRow?.(cells) || cells.every((c, i) => (c ?? '').trim() === '' || mapping[i]?.to === 'ignore')) return;
    const problem = (column: number, message: string) => problems.push({ sheet: table.sheet, row: rowNumber, column: columnLabel(column, header), value: cells[column] ?? '', message });
    const before = problems.length;
    for (let c = header.length; c < cells.length; c++) if ((cells[c] ?? '').trim() !== '') problem(c, `A value beyond the last column with a header (the row has ${cells.length} fields, the header ${header.length}); check for an unquoted delimiter`);
    const id = idColumn >= 0 ? (cells[idColumn] ?? '').trim() : '';
    const nameColumn = mapping.findIndex((t) => t.to === 'field' && t.field === 'name');
    const name = nameColumn >= 0 ? (cells[nameColumn] ?? '').trim() : '';
    // Matched by the hidden id of a returned workbook, else by name.
    const existing = (id ? byId.get(id) : undefined) ?? byName.get(name.toLowerCase());
    const base: Workload = existing ?? blankWorkload(newId(), name || 'Unnamed');
    const next: Record<string, unknown> = { ...base };
    const readiness = new Set(base.readiness);
    const kept: string[] = [];
    mapping.forEach((target, c) => {
      const cell = unguard(cells[c] ?? '');
      const raw = valueMap[c]?.[cell.trim()] ?? cell;
      if (target.to === 'field') {
        const field = FIELD_BY_KEY[target.field];
        // A blank cell leaves an existing workload's value alone; a new one takes the blank default.
        if (raw.trim() === '' && existing && field.type !== 'text') return;
        const parsed = parseFieldText(field, raw);
        if (parsed.ok) next[target.field] = parsed.value;
        else problem(c, parsed.error);
      } else if (target.to === 'readiness') {
        const parsed = parseFieldText({ ...FIELD_BY_KEY.masked, label: header[c] ?? 'Readiness' }, raw);
        if (!parsed.ok) problem(c, parsed.error);
        else if (parsed.value) readiness.add(target.check);
        else readiness.delete(target.check);
      } else if (target.to === 'notes' && raw.trim() !== '') kept.push(`${header[c] || columnName(c)}: ${raw.trim()}`);
      else if (target.to === 'dependsOn' && raw.trim() !== '') dependsOn.push({ row: rowNumber, column: c, consumer: base, names: splitList(raw) });
    });
    next.readiness = inCanonicalOrder(READINESS_CHECKS, [...readiness]);
    // Unmapped columns go into a new workload's notes; an existing one's notes are not
    // appended to on every return of the same file.
    if (kept.length && !existing) next.notes = [next.notes, ...kept].filter(Boolean).join('\n');
    const lowered = String(next.name ?? '').trim().toLowerCase();
    if (seenNames.has(lowered)) problem(Math.max(0, nameColumn), `Duplicate name: row ${seenNames.get(lowered)} has it too`);
    else seenNames.set(lowered, rowNumber);
    if (id && seenIds.has(id)) problem(idColumn, `Duplicate ${header[idColumn]}: another row has it too`);
    seenIds.add(existing?.id ?? '');
    const valid = WorkloadSchema.safeParse(next);
    if (!valid.success && problems.length === before) problem(Math.max(0, nameColumn), valid.error.issues[0]?.message ?? 'Not a valid workload');
    if (problems.length > before || !valid.success) {
      preview.skipped.push({ row: rowNumber, name: String(next.name ?? '') });
      return;
    }
    const workload = valid.data;
    if (!existing) preview.adds.push({ row: rowNumber, workload });
    else {
      const diffs = (Object.keys(workload) as (keyof Workload)[])
        .filter((k) => k !== 'id' && !same(workload[k], existing[k]))
        .map((k) => {
          const field = FIELD_BY_KEY[k as WorkloadField];
          return { field: field.key, label: field.label, from: formatFieldValue(field, existing[k]), to: formatFieldValue(field, workload[k]) };
        });
      if (diffs.length) preview.updates.push({ row: rowNumber, id: existing.id, name: workload.name, diffs, workload });
      else preview.unchanged++;
    }
  });

  if (idColumn >= 0) for (const w of estate.workloads) if (!seenIds.has(w.id)) preview.missing.push({ id: w.id, name: w.name });
  resolveDependencies(estate, preview, dependsOn, table, header, newId);
  checkTierChoices(estate, preview, table, header, mapping);
  return preview;
}

/**
 * What a dependency in an import can point at: the estate's workloads and those the
 * preview adds, by name; and the pairs already linked (in the estate, or earlier in the
 * import), which are not linked twice. Both ways dependencies come in use it.
 */
export function dependencyTargets(estate: EstateContent, preview: ImportPreview) {
  const named = new Map<string, string>();
  for (const w of estate.workloads) named.set(w.name.trim().toLowerCase(), w.id);
  for (const a of preview.adds) named.set(a.workload.name.trim().toLowerCase(), a.workload.id);
  const linked = new Set([...estate.dependencies, ...preview.dependencies].map((d) => `${d.consumerId}>${d.providerId}`));
  return {
    idOf: (name: string) => named.get(name.trim().toLowerCase()),
    /** Why a name finds no workload: it is nowhere, or on a row left out for its own problem. */
    notFound(name: string): string {
      const leftOut = preview.skipped.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase());
      return leftOut ? `“${name}” is on row ${leftOut.row}, which is left out for its own problem` : `No workload named “${name}” in the estate or the file`;
    },
    /** True the first time a pair is seen (a link to add); false when it is linked already. */
    link(consumerId: string, providerId: string): boolean {
      const pair = `${consumerId}>${providerId}`;
      if (linked.has(pair)) return false;
      linked.add(pair);
      return true;
    },
  };
}

/** "Depends on" names become dependencies to the workloads of that name, in the estate or the file. */
function resolveDependencies(estate: EstateContent, preview: ImportPreview, dependsOn: { row: number; column: number; consumer: Workload; names: string[] }[], table: ImportTable, header: string[], newId: () => string): void {
  const targets = dependencyTargets(estate, preview);
  for (const { row, column, consumer, names } of dependsOn) {
    if (preview.skipped.some((s) => s.row === row)) continue;
    for (const name of names) {
      const providerId = targets.idOf(name);
      if (!providerId) {
        preview.problems.push({ sheet: table.sheet, row, column: columnLabel(column, header), value: name, message: targets.notFound(name) });
        continue;
      }
      if (providerId === consumer.id || !targets.link(consumer.id, providerId)) continue;
      preview.dependencies.push({ id: newId(), consumerId: consumer.id, providerId, kind: 'api', coupling: 'loose', dataClasses: [], protocol: '', notes: 'From the import' });
    }
  }
}

/** A tier weaker than the recommendation needs a reason (DESIGN.md): said at its row, the row left out. */
function checkTierChoices(estate: EstateContent, preview: ImportPreview, table: ImportTable, header: string[], mapping: Mapping): void {
  const touched = [...preview.adds.map((a) => a.workload), ...preview.updates.map((u) => ({ id: u.id }))];
  if (touched.length === 0) return;
  const after = applyChanges(estate, changesOf(estate, preview, { removeMissing: false }));
  const analysis = analyseEstate(after);
  const tierColumn = mapping.findIndex((t) => t.to === 'field' && t.field === 'chosenTier');
  const rowOf = new Map([...preview.adds.map((a) => [a.workload.id, a.row] as const), ...preview.updates.map((u) => [u.id, u.row] as const)]);
  for (const w of after.workloads) {
    const row = rowOf.get(w.id);
    if (row === undefined) continue;
    const recommended = analysis.recommendations.get(w.id)?.tier;
    const message = recommended && tierChoiceProblem(w.chosenTier, w.tierOverrideReason, recommended);
    if (!message) continue;
    preview.problems.push({ sheet: table.sheet, row, column: columnLabel(Math.max(0, tierColumn), header, 'Chosen tier'), value: w.chosenTier ?? '', message });
    preview.skipped.push({ row, name: w.name });
    preview.adds = preview.adds.filter((a) => a.row !== row);
    preview.updates = preview.updates.filter((u) => u.row !== row);
    preview.dependencies = preview.dependencies.filter((d) => d.consumerId !== w.id && d.providerId !== w.id);
  }
}

/** The one change set confirming applies: adds, then updates, then dependencies, then removals. */
export function changesOf(estate: EstateContent, preview: ImportPreview, choices: ImportChoices): Change[] {
  const changes: Change[] = [...addWorkloads(estate, preview.adds.map((a) => a.workload))];
  for (const u of preview.updates) for (const d of u.diffs) changes.push({ op: 'updateWorkload', id: u.id, field: d.field, value: u.workload[d.field] } as Change);
  for (const dependency of preview.dependencies) changes.push({ op: 'addDependency', dependency });
  if (choices.removeMissing && preview.missing.length) changes.push(...removeWorkloads(estate, preview.missing.map((m) => m.id)));
  return changes;
}
