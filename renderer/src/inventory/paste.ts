import type { Change } from '../../../shared/changes/change-set';
import { blankWorkload } from '../../../shared/domain/blank-workload';
import type { Workload } from '../../../shared/domain/workload';
import type { Draft } from '../store/estate-store';
import type { GridColumn } from './columns';
import { commitCellText } from './commit-cell';

// A block of cells pasted from Excel, starting at the active cell. Good cells become
// one change set; cells that do not parse become drafts on the cell (shown in red
// with their text), so nothing typed is lost. Rows past the end become new workloads.

export interface PastePlan {
  changes: Change[];
  drafts: { workloadId: string; field: string; draft: Draft }[];
  cells: number;
  newRows: number;
}

export function planPaste(block: string[][], rows: readonly Workload[], startRow: number, columns: readonly GridColumn[], startCol: number, newId: () => string, nextPosition: number): PastePlan {
  const plan: PastePlan = { changes: [], drafts: [], cells: 0, newRows: 0 };
  const targets = columns.slice(startCol).filter((c): c is Extract<GridColumn, { kind: 'field' }> => c.kind === 'field');
  block.forEach((cells, r) => {
    const existing = rows[startRow + r];
    // Fields of a row past the end, set on the new workload it becomes.
    const fields: Partial<Workload> = {};
    cells.forEach((text, c) => {
      const column = targets[c];
      if (!column) return;
      plan.cells++;
      const result = commitCellText(column.field, text, existing ? [existing] : []);
      if (!result.ok) plan.drafts.push({ workloadId: existing?.id ?? '', field: column.key, draft: result.draft });
      else if (existing) plan.changes.push(...result.changes);
      else (fields as Record<string, unknown>)[column.key] = result.value;
    });
    if (existing) return;
    plan.newRows++;
    const id = newId();
    const name = typeof fields.name === 'string' && fields.name ? fields.name : `Pasted workload ${plan.newRows}`;
    plan.changes.push({ op: 'addWorkload', workload: { ...blankWorkload(id, name), ...fields, name }, position: nextPosition + plan.newRows });
    for (const d of plan.drafts) if (d.workloadId === '') d.workloadId = id;
  });
  return plan;
}
