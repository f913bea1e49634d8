import type { Workload } from '../../../shared/domain/workload';
import { GRID_COLUMNS, SELECT_COLUMN_WIDTH } from './columns';
import { useInventoryView } from './view-state';

/** Sticky column headers: click to sort (ascending, descending, list order); the box selects every visible row. */
export function GridHeader({ rows }: { rows: readonly Workload[] }) {
  const sort = useInventoryView((s) => s.sort);
  const selected = useInventoryView((s) => s.selected);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggleAll = () => useInventoryView.getState().setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)), null);
  return (
    <div className="grid-header" role="row" aria-rowindex={1}>
      <div className="cell head select-cell" style={{ width: SELECT_COLUMN_WIDTH }} role="columnheader">
        <input type="checkbox" checked={allSelected} onChange={toggleAll} aria-label="Select all visible workloads" />
      </div>
      {GRID_COLUMNS.map((column, col) => {
        const sorted = sort?.key === column.key ? sort.direction : undefined;
        const numeric = column.kind === 'field' && column.field.type === 'number';
        const unit = column.kind === 'field' && column.field.type === 'number' ? column.field.unit : undefined;
        return (
          <div
            key={column.key}
            className={`cell head${col === 0 ? ' frozen' : ''}${numeric ? ' num' : ''}${sorted ? ' sorted' : ''}`}
            style={{ width: column.width }}
            role="columnheader"
            aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
            title={column.kind === 'field' ? column.field.help : 'Effective sensitivity: the highest of its own data and the data its dependencies carry'}
            onClick={() => useInventoryView.getState().toggleSort(column.key)}
          >
            <span>
              {column.label}
              {unit && <span className="unit"> {unit}</span>}
            </span>
            {sorted && <span className="sort-mark">{sorted === 'asc' ? '▲' : '▼'}</span>}
          </div>
        );
      })}
    </div>
  );
}
