import type { Change } from '../../../shared/changes/change-set';
import { parseFieldText } from '../../../shared/domain/field-text';
import { blankWorkload } from '../../../shared/domain/blank-workload';
import type { Workload } from '../../../shared/domain/workload';
import type { Draft } from '../store/estate-store';
import type { GridColumn } from './columns';

// A block of cells pasted from Excel, starting at the active cell. Good cells become
// one change set; cells that do not parse become drafts on the cell (shown in red
// with their text), so nothing typed is lost. Rows past the end become new workloads.

export interface PastePlan {
  changes: Change[];
  drafts: { workloadId: string; field: string; draft: Draft }[];
  cells: number;
  newRows: number;
}

export function planPaste(
  block: string[][],
  rows: readonly Workload[],
  startRow: number,
  columns: readonly GridColumn[],
  startCol: number,
  newId: () => string,
  nextPosition: number,
): PastePlan {
  const plan: PastePlan = { changes: [], drafts: [], cells: 0, newRows: 0 };
  const targets = columns.slice(startCol).filter((c): c is Extract<GridColumn, { kind: 'field' }> => c.kind === 'field');
  block.forEach((cells, r) => {
    let workload = rows[startRow + r];
    const isNew = !workload;
    const updates: Partial<Workload> = {};
    cells.forEach((text, c) => {
      const column = targets[c];
      if (!column) return;
      plan.cells++;
      const parsed = parseFieldText(column.field, text);
      if (parsed.ok) (updates as Record<string, unknown>)[column.key] = parsed.value;
      else plan.drafts.push({ workloadId: workload?.id ?? '', field: column.key, draft: { text, error: parsed.error } });
    });
    if (isNew) {
      plan.newRows++;
      const id = newId();
      const name = typeof updates.name === 'string' && updates.name ? updates.name : `Pasted workload ${plan.newRows}`;
      workload = { ...blankWorkload(id, name), ...updates, name };
      plan.changes.push({ op: 'addWorkload', workload, position: nextPosition + plan.newRows });
      for (const d of plan.drafts) if (d.workloadId === '') d.workloadId = id;
      return;
    }
    for (const [field, value] of Object.entries(updates)) {
      if (JSON.stringify(workload?.[field as keyof Workload]) !== JSON.stringify(value)) {
        plan.changes.push({ op: 'updateWorkload', id: (workload as Workload).id, field: field as keyof Omit<Workload, 'id'>, value });
      }
    }
  });
  return plan;
}
