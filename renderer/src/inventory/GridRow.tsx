import { memo } from 'react';
import { formatFieldValue } from '../../../shared/domain/field-text';
import type { SensitivitySource } from '../../../shared/domain/sensitivity';
import type { Workload } from '../../../shared/domain/workload';
import { DataClassChips, SensitivityChip } from '../components/Chips';
import type { Draft } from '../store/estate-store';
import { CellEditor } from './CellEditor';
import { GRID_COLUMNS, SELECT_COLUMN_WIDTH, type GridColumn } from './columns';

type Props = {
  workload: Workload;
  index: number;
  top: number;
  selected: boolean;
  activeCol: number; // -1 when the active cell is on another row
  editing: { initial: string } | null;
  sensitivity: SensitivitySource | undefined;
  drafts: Record<string, Draft> | undefined;
  onCellMouseDown(rowId: string, col: number, event: React.MouseEvent): void;
  onCellDoubleClick(rowId: string, col: number): void;
  onToggleSelect(rowId: string, event: React.MouseEvent): void;
  onCommit(rowId: string, col: number, text: string, move: 'down' | 'right' | 'left' | 'none'): void;
  onCancel(): void;
};

function CellContent({ column, workload, sensitivity }: { column: GridColumn; workload: Workload; sensitivity: SensitivitySource | undefined }) {
  if (column.kind === 'sensitivity') return sensitivity ? <SensitivityChip level={sensitivity.level} reason={sensitivity.reason} /> : null;
  if (column.key === 'dataClasses') return <DataClassChips classes={workload.dataClasses} width={column.width - 20} />;
  const value = workload[column.key];
  if (column.field.type === 'bool') return <span className={value ? 'bool-yes' : 'bool-no'}>{value ? 'Yes' : '–'}</span>;
  return <>{formatFieldValue(column.field, value)}</>;
}

/** One row of the inventory grid. Memoised: only rows whose inputs change re-render. */
export const GridRow = memo(function GridRow(props: Props) {
  const { workload, index, top, selected, activeCol, editing, sensitivity, drafts } = props;
  return (
    <div
      className={`grid-row${selected ? ' selected' : ''}${index % 2 ? ' odd' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-row-id={workload.id}
    >
      <div className="cell select-cell" style={{ width: SELECT_COLUMN_WIDTH }} role="gridcell" onMouseDown={(e) => props.onToggleSelect(workload.id, e)}>
        <input type="checkbox" checked={selected} readOnly tabIndex={-1} aria-label={`Select ${workload.name}`} />
      </div>
      {GRID_COLUMNS.map((column, col) => {
        const draft = drafts?.[column.key];
        const active = col === activeCol;
        const numeric = column.kind === 'field' && column.field.type === 'number';
        const className = `cell${col === 0 ? ' frozen' : ''}${active ? ' active' : ''}${draft ? ' invalid' : ''}${numeric ? ' num' : ''}${column.kind === 'sensitivity' ? ' derived' : ''}`;
        return (
          <div
            key={column.key}
            className={className}
            style={{ width: column.width }}
            role="gridcell"
            data-col={column.key}
            title={draft ? `${draft.error} (not saved)` : undefined}
            onMouseDown={(e) => props.onCellMouseDown(workload.id, col, e)}
            onDoubleClick={() => props.onCellDoubleClick(workload.id, col)}
          >
            {active && editing && column.kind === 'field' ? (
              <CellEditor field={column.field} initial={editing.initial} onCommit={(text, move) => props.onCommit(workload.id, col, text, move)} onCancel={props.onCancel} />
            ) : draft ? (
              <span className="draft-text">{draft.text}</span>
            ) : (
              <CellContent column={column} workload={workload} sensitivity={sensitivity} />
            )}
          </div>
        );
      })}
    </div>
  );
});
