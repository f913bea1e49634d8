import { labelOf, READINESS_CHECKS, type ReadinessCheck } from '../domain/enums.js';
import { formatFieldValue } from '../domain/field-text.js';
import { WORKLOAD_FIELDS, type FieldSpec } from '../domain/workload-fields.js';
import type { Workload, WorkloadField } from '../domain/workload.js';
import type { CellKind, CellValue, SheetColumn } from './sheet-model.js';

// The Inventory sheet's columns, shared by the export and the import: the same header
// means the same field both ways, so a returned workbook maps without asking.

export const ID_HEADER = 'Waveplan id';
export const YES_NO = ['Yes', 'No'] as const;

export type InventoryColumn =
  | { source: 'id'; column: SheetColumn }
  | { source: 'field'; field: FieldSpec; column: SheetColumn }
  | { source: 'readiness'; check: ReadinessCheck; column: SheetColumn }
  | { source: 'computed'; column: SheetColumn };

/** What an architect scans first comes first; the rest follow in the field table's order. */
const FIRST: readonly WorkloadField[] = [
  'name',
  'system',
  'environment',
  'kind',
  'tenant',
  'owner',
  'criticality',
  'dataClasses',
  'masked',
  'strategy',
  'chosenTier',
  'tierOverrideReason',
  'pinnedWave',
  'moveGroup',
];

function kindOf(field: FieldSpec): CellKind {
  if (field.type === 'date') return 'date';
  if (field.type !== 'number') return 'text';
  if (field.key === 'currentMonthlyCost') return 'money';
  return field.integer ? 'integer' : 'number';
}

function columnOf(field: FieldSpec): SheetColumn {
  const list = field.type === 'enum' ? field.options.map((o) => labelOf(o)) : field.type === 'bool' ? YES_NO : undefined;
  const unit = field.type === 'number' && field.unit ? ` (${field.unit})` : '';
  // The date limits say their format in the cell's input message: the blackouts' one-cell list is ours alone.
  const help =
    field.type === 'date'
      ? `${field.help ?? ''} Blank for none.`
      : field.type === 'blackouts'
        ? `Windows separated by “;”, each from..to (or one day) then a label, e.g. 2026-12-01..2026-12-31 December freeze; 2027-03-26 EHR upgrade. No cutover of its wave falls inside one.`
        : undefined;
  return {
    header: `${field.label}${unit}`,
    kind: kindOf(field),
    editable: true,
    ...(list ? { list } : {}),
    ...(field.type === 'text' && field.multiline ? { wrap: true } : {}),
    ...(help ? { help: help.trim() } : {}),
  };
}

export const readinessHeader = (check: ReadinessCheck) => `Ready: ${labelOf(check)}`;

export const COMPUTED_HEADERS = ['Effective sensitivity', 'Recommended tier', 'Planned tier', 'Wave'] as const;

export const INVENTORY_COLUMNS: readonly InventoryColumn[] = [
  { source: 'id', column: { header: ID_HEADER, kind: 'id', hidden: true } },
  ...[...FIRST, ...WORKLOAD_FIELDS.map((f) => f.key).filter((k) => !FIRST.includes(k) && k !== 'readiness')].map((key) => {
    const field = WORKLOAD_FIELDS.find((f) => f.key === key) as FieldSpec;
    return { source: 'field' as const, field, column: columnOf(field) };
  }),
  ...READINESS_CHECKS.map((check) => ({ source: 'readiness' as const, check, column: { header: readinessHeader(check), kind: 'text' as const, list: YES_NO, editable: true } })),
  ...COMPUTED_HEADERS.map((header) => ({ source: 'computed' as const, column: { header, kind: 'text' as const } })),
];

/** One workload's cells, in INVENTORY_COLUMNS order; `computed` gives the four derived ones. */
export function inventoryRow(w: Workload, computed: readonly CellValue[]): CellValue[] {
  const row: CellValue[] = [];
  let c = 0;
  for (const col of INVENTORY_COLUMNS) {
    if (col.source === 'id') row.push(w.id);
    else if (col.source === 'readiness') row.push(w.readiness.includes(col.check) ? 'Yes' : 'No');
    else if (col.source === 'computed') row.push(computed[c++] ?? null);
    else {
      const value = w[col.field.key];
      row.push(value === null ? null : col.field.type === 'number' ? (value as number) : formatFieldValue(col.field, value));
    }
  }
  return row;
}
