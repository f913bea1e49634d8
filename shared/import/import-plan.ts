import { applyChanges } from '../changes/apply.js';
import { addWorkloads, removeWorkloads } from '../changes/builders.js';
import type { Change } from '../changes/change-set.js';
import { DATA_CLASSES, inCanonicalOrder, READINESS_CHECKS, type DataClass } from '../domain/enums.js';
import { formatFieldValue, splitList, parseFieldText } from '../domain/field-text.js';
import type { EstateContent } from '../estate/estate.js';
import { FIELD_BY_KEY } from '../domain/workload-fields.js';
import { blankWorkload, WorkloadSchema, type Workload, type WorkloadField } from '../domain/workload.js';
import { analyseEstate } from '../findings/analyse.js';
import { readColumn, readNumberCell, type ColumnReading } from './column-reading.js';
import { guessedValues, mapCell, valuesToMap, type ValueMap } from './column-values.js';
import { implausible, outlyingCosts } from './plausibility.js';
import { previewSample, SAMPLE_ROWS, type ReadRow } from './preview-sample.js';
import { tierChoiceProblems } from '../tiers/tier-choice.js';
import { contradictoryDateLimits } from '../domain/workload-dates.js';
import { unguard } from '../excel/csv-read.js';
import type { Mapping } from './header-mapping.js';
import { columnLabel, type ImportChoices, type ImportPreview, type ImportProblem, type ImportTable } from './import-types.js';
import { columnName } from '../excel/sheet-model.js';

// What an import would do to the estate, before anything is written: rows to add,
// update, skip and (for a returned workbook) remove, each problem at its sheet, row and
// column, and the one change set that confirming applies.

export type { ValueMap };
export { dependencyTargets, shortHostName } from './dependency-targets.js';
import { dependencyTargets, shortHostName } from './dependency-targets.js';
export { columnLabel, type FieldDiff, type ImportChoices, type ImportPreview, type ImportProblem, type ImportTable } from './import-types.js';

/** The values of a closed-list column that Waveplan can neither read nor guess, with how often each occurs. */
export function unknownValues(table: ImportTable, mapping: Mapping): { column: number; values: { value: string; count: number }[] }[] {
  return valuesToMap(table.rows, mapping)
    .map(({ column, values }) => ({ column, values: values.filter((v) => v.guess === undefined).map(({ value, count }) => ({ value, count })) }))
    .filter((c) => c.values.length > 0);
}

/** How each numeric column is read (unit, number style), from the mapping, its header and all its values. */
export function columnReadings(table: ImportTable, mapping: Mapping, currency: string, skipRow?: (cells: string[]) => boolean): Map<number, ColumnReading> {
  const [header = [], ...body] = table.rows;
  const rows = skipRow ? body.filter((r) => !skipRow(r)) : body;
  const readings = new Map<number, ColumnReading>();
  mapping.forEach((t, c) => {
    const reading = readColumn(
      t,
      header[c] ?? '',
      rows.map((r) => unguard(r[c] ?? '')),
      currency,
      table.nativeNumbers,
    );
    if (reading) readings.set(c, reading);
  });
  return readings;
}

// Lists compare as sets: the same checks in another order are no change.
const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? JSON.stringify([...a].sort()) === JSON.stringify([...b].sort()) : JSON.stringify(a) === JSON.stringify(b));

/** Reads one file's table against the estate; `newId` names added workloads and dependencies. */
/** `skipRow` leaves out rows that are not workloads (dependency rows marked by a record type). */
export function previewImport(estate: EstateContent, table: ImportTable, mapping: Mapping, newId: () => string, valueMap: ValueMap = {}, skipRow?: (cells: string[]) => boolean): ImportPreview {
  const [header = [], ...body] = table.rows;
  const byId = new Map(estate.workloads.map((w) => [w.id, w]));
  const byName = new Map(estate.workloads.map((w) => [w.name.trim().toLowerCase(), w]));
  // A second file (a CMDB extract after RVTools) often names a machine differently but knows its address.
  const byIp = new Map<string, Workload>();
  for (const w of estate.workloads) for (const ip of w.ipAddresses) if (!byIp.has(ip.toLowerCase())) byIp.set(ip.toLowerCase(), w);
  const ipColumn = mapping.findIndex((t) => t.to === 'field' && t.field === 'ipAddresses');
  // One tool says "ehr-hl7-prd01", the next "EHR-HL7-PRD01.clinic.local": a host name matches its short form, when only one workload has it.
  const shortOf = shortHostName;
  const byShort = new Map<string, Workload | null>();
  for (const w of estate.workloads) {
    const k = shortOf(w.name);
    byShort.set(k, byShort.has(k) ? null : w);
  }
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const preview: ImportPreview = { adds: [], updates: [], unchanged: 0, skipped: [], missing: [], dependencies: [], problems, warnings };
  const currency = estate.rateCard.currency;
  const readings = columnReadings(table, mapping, currency, skipRow);
  const guesses = guessedValues(table.rows, mapping);
  const read: ReadRow[] = [];
  const rowsRead: string[][] = [];
  const idColumn = mapping.findIndex((t) => t.to === 'id');
  const seenNames = new Map<string, number>();
  const seenIds = new Set<string>();
  const dependsOn: { row: number; column: number; consumer: Workload; names: string[] }[] = [];

  body.forEach((cells, r) => {
    const rowNumber = r + 2;
    if (skipRow?.(cells) || cells.every((c, i) => (c ?? '').trim() === '' || mapping[i]?.to === 'ignore')) return;
    rowsRead.push(cells);
    const problem = (column: number, message: string) => problems.push({ sheet: table.sheet, row: rowNumber, column: columnLabel(column, header), value: cells[column] ?? '', message });
    const before = problems.length;
    for (let c = header.length; c < cells.length; c++)
      if ((cells[c] ?? '').trim() !== '') problem(c, `A value beyond the last column with a header (the row has ${cells.length} fields, the header ${header.length}); check for an unquoted delimiter`);
    const id = idColumn >= 0 ? (cells[idColumn] ?? '').trim() : '';
    const nameColumn = mapping.findIndex((t) => t.to === 'field' && t.field === 'name');
    const name = nameColumn >= 0 ? (cells[nameColumn] ?? '').trim() : '';
    // Matched by the hidden id of a returned workbook, else by name.
    const byAddress = () =>
      ipColumn >= 0
        ? splitList(cells[ipColumn] ?? '')
            .map((ip) => byIp.get(ip.toLowerCase()))
            .find(Boolean)
        : undefined;
    const existing = (id ? byId.get(id) : undefined) ?? byName.get(name.toLowerCase()) ?? byAddress() ?? (name ? (byShort.get(shortOf(name)) ?? undefined) : undefined);
    const base: Workload = existing ?? blankWorkload(newId(), name || 'Unnamed');
    const next: Record<string, unknown> = { ...base };
    const readiness = new Set(base.readiness);
    const flagged = new Set<DataClass>();
    const kept: string[] = [];
    mapping.forEach((target, c) => {
      const cell = unguard(cells[c] ?? '');
      // The architect's answer for the value, else Waveplan's guess (both shown in the mapping step).
      const raw = mapCell(cell, target, valueMap[c], guesses[c]);
      if (target.to === 'field') {
        const field = FIELD_BY_KEY[target.field];
        // A blank cell leaves an existing workload's value alone; a new one takes the blank default.
        // Dates and own blackouts are optional text too: a returned workbook's blank clears them.
        if (raw.trim() === '' && existing && field.type !== 'text' && field.type !== 'date' && field.type !== 'blackouts') return;
        const reading = readings.get(c);
        const parsed = reading ? readNumberCell(reading, raw, currency, columnLabel(c, header)) : parseFieldText(field, raw);
        if (parsed.ok) next[target.field] = parsed.value;
        else problem(c, parsed.error);
      } else if (target.to === 'flag') {
        // A yes adds the class; a no removes nothing, since another column may have added it.
        const parsed = parseFieldText({ ...FIELD_BY_KEY.masked, label: header[c] || 'The flag' }, raw);
        if (!parsed.ok) problem(c, parsed.error);
        else if (parsed.value) flagged.add(target.dataClass);
      } else if (target.to === 'readiness') {
        const parsed = parseFieldText({ ...FIELD_BY_KEY.masked, label: header[c] ?? 'Readiness' }, raw);
        if (!parsed.ok) problem(c, parsed.error);
        else if (parsed.value) readiness.add(target.check);
        else readiness.delete(target.check);
      } else if (target.to === 'notes' && raw.trim() !== '') kept.push(`${header[c] || columnName(c)}: ${raw.trim()}`);
      else if (target.to === 'dependsOn' && raw.trim() !== '') dependsOn.push({ row: rowNumber, column: c, consumer: base, names: splitList(raw) });
    });
    next.readiness = inCanonicalOrder(READINESS_CHECKS, [...readiness]);
    if (flagged.size) next.dataClasses = inCanonicalOrder(DATA_CLASSES, [...(next.dataClasses as DataClass[]), ...flagged]);
    if (read.length < SAMPLE_ROWS) read.push({ row: rowNumber, cells: cells.map((c) => unguard(c ?? '')), stored: next });
    // Unmapped columns go into a new workload's notes; an existing one's notes are not
    // appended to on every return of the same file.
    if (kept.length && !existing) next.notes = [next.notes, ...kept].filter(Boolean).join('\n');
    const lowered = String(next.name ?? '')
      .trim()
      .toLowerCase();
    if (seenNames.has(lowered)) problem(Math.max(0, nameColumn), `Duplicate name: row ${seenNames.get(lowered)} has it too`);
    else seenNames.set(lowered, rowNumber);
    if (id && seenIds.has(id)) problem(idColumn, `Duplicate ${header[idColumn]}: another row has it too`);
    seenIds.add(existing?.id ?? '');
    // Said for rows left out too: the odd value may be why the row has a problem.
    for (const w of implausible(next as Workload)) {
      const column = mapping.findIndex((t) => t.to === 'field' && t.field === w.field);
      if (column >= 0) warnings.push({ sheet: table.sheet, row: rowNumber, column: columnLabel(column, header), value: cells[column] ?? '', message: w.message });
    }
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
  warnCostOutliers(preview, table, header, mapping, currency);
  const skippedRows = new Set(preview.skipped.map((s) => s.row));
  preview.sample = previewSample(header, rowsRead, mapping, readings, read, skippedRows, problems, warnings, (c) => columnLabel(c, header));
  return preview;
}

/** A monthly cost per vCPU far from the column's median, at its cell. */
function warnCostOutliers(preview: ImportPreview, table: ImportTable, header: string[], mapping: Mapping, currency: string): void {
  const column = mapping.findIndex((t) => t.to === 'field' && t.field === 'currentMonthlyCost');
  if (column < 0) return;
  const rows = [...preview.adds.map((a) => ({ row: a.row, w: a.workload })), ...preview.updates.map((u) => ({ row: u.row, w: u.workload }))];
  const outliers = outlyingCosts(
    rows.map((r) => r.w),
    currency,
  );
  for (const { row, w } of rows) {
    const message = outliers.get(w.id);
    const cells = table.rows[row - 1] ?? [];
    if (message) preview.warnings?.push({ sheet: table.sheet, row, column: columnLabel(column, header), value: cells[column] ?? '', message });
  }
}

/** "Depends on" names become dependencies to the workloads of that name, in the estate or the file. */
function resolveDependencies(
  estate: EstateContent,
  preview: ImportPreview,
  dependsOn: { row: number; column: number; consumer: Workload; names: string[] }[],
  table: ImportTable,
  header: string[],
  newId: () => string,
): void {
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

/**
 * A tier weaker than the recommendation needs a reason (docs/domain-rules.md, "Tiers"):
 * said at its row, the row left out. The preview runs it on the rows it reads; a caller
 * that adds more to the preview afterwards (dependency tables, observed connections,
 * suggested environments, all of which can raise a recommendation) runs it again on the
 * finished preview, so what the preview offers is what confirming can save.
 */
export function leaveOutWeakerTierChoices(estate: EstateContent, preview: ImportPreview, table: ImportTable, mapping: Mapping): void {
  checkTierChoices(estate, preview, table, table.rows[0] ?? [], mapping);
}

function checkTierChoices(estate: EstateContent, preview: ImportPreview, table: ImportTable, header: string[], mapping: Mapping): void {
  const touched = [...preview.adds.map((a) => a.workload), ...preview.updates.map((u) => ({ id: u.id }))];
  if (touched.length === 0) return;
  const after = applyChanges(estate, changesOf(estate, preview, { removeMissing: false }));
  const analysis = analyseEstate(after);
  const tierColumn = mapping.findIndex((t) => t.to === 'field' && t.field === 'chosenTier');
  const rowOf = new Map([...preview.adds.map((a) => [a.workload.id, a.row] as const), ...preview.updates.map((u) => [u.id, u.row] as const)]);
  const leaveOut = (w: Workload, column: string, value: string, message: string) => {
    const row = rowOf.get(w.id) as number;
    preview.problems.push({ sheet: table.sheet, row, column, value, message });
    preview.skipped.push({ row, name: w.name });
    preview.adds = preview.adds.filter((a) => a.row !== row);
    preview.updates = preview.updates.filter((u) => u.row !== row);
    preview.dependencies = preview.dependencies.filter((d) => d.consumerId !== w.id && d.providerId !== w.id);
  };
  const problems = tierChoiceProblems(after.workloads, (id) => analysis.recommendations.get(id)?.tier, new Set(rowOf.keys()));
  for (const { workload: w, message } of problems.values()) leaveOut(w, columnLabel(Math.max(0, tierColumn), header, 'Chosen tier'), w.chosenTier ?? '', message);
  // Date limits that leave no day to cut over (a whole-row rule, like the tier choice's reason).
  for (const w of after.workloads) {
    const contradiction = rowOf.has(w.id) && !problems.has(w.id) ? contradictoryDateLimits(w) : undefined;
    if (!contradiction) continue;
    const column = mapping.findIndex((t) => t.to === 'field' && t.field === contradiction.field);
    leaveOut(w, columnLabel(Math.max(0, column), header, contradiction.field === 'doneBy' ? 'Done by' : 'Not after'), w[contradiction.field], contradiction.message);
  }
}

/** The one change set confirming applies: adds, then updates, then dependencies, then removals. */
export function changesOf(estate: EstateContent, preview: ImportPreview, choices: ImportChoices): Change[] {
  const changes: Change[] = [
    ...addWorkloads(
      estate,
      preview.adds.map((a) => a.workload),
    ),
  ];
  for (const u of preview.updates) for (const d of u.diffs) changes.push({ op: 'updateWorkload', id: u.id, field: d.field, value: u.workload[d.field] } as Change);
  for (const dependency of preview.dependencies) changes.push({ op: 'addDependency', dependency });
  if (choices.removeMissing && preview.missing.length)
    changes.push(
      ...removeWorkloads(
        estate,
        preview.missing.map((m) => m.id),
      ),
    );
  return changes;
}
