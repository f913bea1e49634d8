import { GRID_FIELDS, type FieldSpec } from '../../../shared/domain/workload-fields';

// The grid's columns: the registry's grid fields, with the derived sensitivity
// shown right after the data classes it comes from.

export type GridColumn = { kind: 'field'; key: FieldSpec['key']; label: string; width: number; field: FieldSpec } | { kind: 'sensitivity'; key: 'sensitivity'; label: string; width: number };

export const SELECT_COLUMN_WIDTH = 44;

export const GRID_COLUMNS: readonly GridColumn[] = GRID_FIELDS.flatMap((field): GridColumn[] => {
  const column: GridColumn = { kind: 'field', key: field.key, label: field.label, width: field.gridWidth ?? 120, field };
  return field.key === 'dataClasses' ? [column, { kind: 'sensitivity', key: 'sensitivity', label: 'Sensitivity', width: 118 }] : [column];
});

export const COLUMN_LEFTS: readonly number[] = GRID_COLUMNS.reduce<number[]>((lefts, _column, i) => {
  lefts.push(i === 0 ? SELECT_COLUMN_WIDTH : (lefts[i - 1] as number) + (GRID_COLUMNS[i - 1] as GridColumn).width);
  return lefts;
}, []);

export const GRID_WIDTH = SELECT_COLUMN_WIDTH + GRID_COLUMNS.reduce((sum, c) => sum + c.width, 0);

/**
 * The select box and the first column (the name) stay put when the grid scrolls right,
 * so a row is always known by its name (issue 19). Sticky cells, not a second grid:
 * the virtualiser still draws one set of rows.
 */
export const FROZEN_WIDTH = SELECT_COLUMN_WIDTH + (GRID_COLUMNS[0]?.width ?? 0);
