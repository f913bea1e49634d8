import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import { formatFieldValue } from '../../../shared/domain/field-text';
import type { SensitivitySource } from '../../../shared/domain/sensitivity';
import type { Workload } from '../../../shared/domain/workload';
import { formatTsv, parseTsv } from '../../../shared/text/tsv';
import { useAppStore } from '../store/app-store';
import { draftKey, useEstateStore, type Draft } from '../store/estate-store';
import { commitCellText } from './commit-cell';
import { COLUMN_LEFTS, FROZEN_WIDTH, GRID_COLUMNS, GRID_WIDTH } from './columns';
import { gridKeyAction } from './grid-keys';
import { GridHeader } from './GridHeader';
import { GridRow } from './GridRow';
import { planPaste } from './paste';
import { useInventoryView } from './view-state';

const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 36;

type Props = { rows: Workload[]; sensitivity: ReadonlyMap<string, SensitivitySource> };

/** Drafts grouped by row, so each row gets only its own (and stays memoised otherwise). */
function draftsByRow(drafts: Record<string, Draft>): Map<string, Record<string, Draft>> {
  const byRow = new Map<string, Record<string, Draft>>();
  for (const [key, draft] of Object.entries(drafts)) {
    const split = key.lastIndexOf(':');
    const rowId = key.slice(0, split);
    byRow.set(rowId, { ...byRow.get(rowId), [key.slice(split + 1)]: draft });
  }
  return byRow;
}

export function InventoryGrid({ rows, sensitivity }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const { active, editing, selected } = useInventoryView();
  const drafts = useEstateStore((s) => s.drafts);
  const byRow = draftsByRow(drafts);
  const activeIndex = active ? rows.findIndex((r) => r.id === active.rowId) : -1;

  // The React Compiler is not used here, so its warning about useVirtualizer's unmemoisable API does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The header row sits above the rows inside the scroller: a margin for where the
    // rows begin, a padding for the sticky header that covers the top of the view.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  const focusGrid = () => scroller.current?.focus({ preventScroll: true });

  const moveTo = useCallback(
    (index: number, col: number) => {
      const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
      if (row) useInventoryView.getState().setActive({ rowId: row.id, col: Math.max(0, Math.min(GRID_COLUMNS.length - 1, col)) });
    },
    [rows],
  );

  // Wherever the active cell comes from (keys, a click, Add workload, a paste), bring it into view.
  const activeCol = active?.col ?? -1;
  useEffect(() => {
    if (activeIndex < 0) return;
    // On a fresh mount (a jump from another view) the scroller has no size until the
    // first frame is laid out, so the scroll waits for it.
    const frame = requestAnimationFrame(() => {
      virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
      const el = scroller.current;
      const column = GRID_COLUMNS[activeCol];
      if (!el || !column) return;
      if (activeCol === 0) return; // the name column is frozen: always in view
      const left = COLUMN_LEFTS[activeCol] as number;
      // A cell scrolled under the frozen name column is hidden too, so it counts as off to the left.
      if (left - FROZEN_WIDTH < el.scrollLeft) el.scrollLeft = left - FROZEN_WIDTH;
      else if (left + column.width > el.scrollLeft + el.clientWidth) el.scrollLeft = left + column.width - el.clientWidth;
    });
    return () => cancelAnimationFrame(frame);
  }, [activeIndex, activeCol, virtualizer]);

  // Keep the active cell on a visible row when filters change.
  useEffect(() => {
    if (active && activeIndex === -1) useInventoryView.getState().setActive(null);
  }, [active, activeIndex]);

  /** Opens the editor on a cell; a bool cell toggles instead (unless a key was typed). */
  const editAt = useCallback(
    (rowId: string, col: number, initial?: string) => {
      const column = GRID_COLUMNS[col];
      const row = rows.find((r) => r.id === rowId);
      if (!column || column.kind !== 'field' || !row) return;
      if (column.field.type === 'bool' && initial === undefined) {
        useEstateStore.getState().commit([{ op: 'updateWorkload', id: row.id, field: column.key, value: !row[column.key] }], `Change ${column.label}`);
        return;
      }
      const draft = useEstateStore.getState().drafts[draftKey(row.id, column.key)];
      useInventoryView.getState().setEditing({ initial: initial ?? draft?.text ?? formatFieldValue(column.field, row[column.key]) });
    },
    [rows],
  );
  const startEditing = (initial?: string) => active && editAt(active.rowId, active.col, initial);

  // The editor names its own cell: its blur can arrive after a click has made another cell active.
  const onCommit = useCallback(
    (rowId: string, col: number, text: string, move: 'down' | 'right' | 'left' | 'none') => {
      const view = useInventoryView.getState();
      const estate = useEstateStore.getState();
      const index = rows.findIndex((r) => r.id === rowId);
      const row = rows[index];
      const column = GRID_COLUMNS[col];
      if (!row || !column || column.kind !== 'field') return;
      const result = commitCellText(column.field, text, [row]);
      if (result.ok) {
        estate.setDraft(row.id, column.key, undefined);
        if (result.changes.length > 0) estate.commit(result.changes, `Change ${column.label}`);
      } else {
        estate.setDraft(row.id, column.key, result.draft);
      }
      if (move === 'none') {
        // Leaving by a click: the click decides what is active; only stop editing this cell.
        if (view.active?.rowId === rowId && view.active.col === col) view.setEditing(null);
        return;
      }
      view.setEditing(null);
      const last = GRID_COLUMNS.length - 1;
      if (move === 'down') moveTo(index + 1, col);
      if (move === 'right') moveTo(col === last ? index + 1 : index, col === last ? 0 : col + 1);
      if (move === 'left') moveTo(col === 0 ? index - 1 : index, col === 0 ? last : col - 1);
      focusGrid();
    },
    [rows, moveTo],
  );

  const onCancel = useCallback(() => {
    useInventoryView.getState().setEditing(null);
    focusGrid();
  }, []);

  const onCellMouseDown = useCallback((rowId: string, col: number, event: React.MouseEvent) => {
    const view = useInventoryView.getState();
    if (view.active?.rowId === rowId && view.active.col === col && view.editing) return;
    event.preventDefault();
    view.setActive({ rowId, col });
    focusGrid();
  }, []);

  const onCellDoubleClick = useCallback(
    (rowId: string, col: number) => {
      useInventoryView.getState().setActive({ rowId, col });
      editAt(rowId, col);
    },
    [editAt],
  );

  const onToggleSelect = useCallback(
    (rowId: string, event: React.MouseEvent) => {
      event.preventDefault();
      const view = useInventoryView.getState();
      const next = new Set(view.selected);
      if (event.shiftKey && view.anchor) {
        const a = rows.findIndex((r) => r.id === view.anchor);
        const b = rows.findIndex((r) => r.id === rowId);
        for (let i = Math.min(a, b); i <= Math.max(a, b); i++) next.add((rows[i] as Workload).id);
      } else if (next.has(rowId)) next.delete(rowId);
      else next.add(rowId);
      view.setSelected(next, rowId);
      focusGrid();
    },
    [rows],
  );

  const clearCell = () => {
    const column = active && GRID_COLUMNS[active.col];
    const row = rows[activeIndex];
    if (!column || column.kind !== 'field' || !row) return;
    const estate = useEstateStore.getState();
    estate.setDraft(row.id, column.key, undefined);
    const result = commitCellText(column.field, '', [row]);
    if (!result.ok) useAppStore.getState().notify('error', result.draft.error);
    else if (result.changes.length > 0) estate.commit(result.changes, `Clear ${column.label}`);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (editing) return;
    const view = useInventoryView.getState();
    if (!active) {
      // The first navigation key lands on the first cell.
      if (rows.length && ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Enter', 'Tab', 'Home'].includes(e.key)) {
        e.preventDefault();
        moveTo(0, 0);
      }
      return;
    }
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const key = { key: e.key, ctrl: e.ctrlKey || e.metaKey, shift: e.shiftKey, alt: e.altKey };
    const action = gridKeyAction(key, { row: activeIndex, col: active.col, rows: rows.length, cols: GRID_COLUMNS.length, page });
    if (!action) return;
    e.preventDefault();
    const row = rows[activeIndex];
    switch (action.type) {
      case 'move':
        return moveTo(action.row, action.col);
      case 'edit':
        return startEditing(action.initial);
      case 'clear':
        return clearCell();
      case 'clearSelection':
        return view.setSelected(new Set(), null);
      case 'selectAll':
        return view.setSelected(new Set(rows.map((r) => r.id)), rows[0]?.id ?? null);
      case 'toggleRowSelection': {
        if (!row) return;
        const next = new Set(view.selected);
        if (next.has(row.id)) next.delete(row.id);
        else next.add(row.id);
        return view.setSelected(next, row.id);
      }
    }
  };

  const onCopy = (e: React.ClipboardEvent) => {
    if (editing || !active) return;
    const picked = selected.size > 0 ? rows.filter((r) => selected.has(r.id)) : [];
    let text: string;
    if (picked.length > 0) {
      const fields = GRID_COLUMNS.flatMap((c) => (c.kind === 'field' ? [c] : []));
      text = formatTsv([fields.map((c) => c.label), ...picked.map((r) => fields.map((c) => formatFieldValue(c.field, r[c.key])))]);
    } else {
      const column = GRID_COLUMNS[active.col];
      const row = rows[activeIndex];
      if (!column || !row) return;
      text = column.kind === 'field' ? formatFieldValue(column.field, row[column.key]) : (sensitivity.get(row.id)?.level ?? '');
    }
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
  };

  const onPaste = (e: React.ClipboardEvent) => {
    if (editing) return;
    const text = e.clipboardData.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    const estate = useEstateStore.getState();
    const snapshot = estate.snapshot;
    if (!snapshot) return;
    const block = parseTsv(text.replace(/\r?\n$/, ''));
    const start = active ?? { rowId: rows[0]?.id ?? '', col: 0 };
    const startIndex = Math.max(
      0,
      rows.findIndex((r) => r.id === start.rowId),
    );
    const lastPosition = Math.max(0, ...Object.values(snapshot.positions));
    const plan = planPaste(block, rows, rows.length === 0 ? 0 : startIndex, GRID_COLUMNS, start.col, () => crypto.randomUUID(), lastPosition);
    if (plan.changes.length > 0) estate.commit(plan.changes, `Paste ${plan.cells} cells`);
    for (const d of plan.drafts) estate.setDraft(d.workloadId, d.field, d.draft);
    const parts = [`Pasted ${plan.cells} cells`];
    if (plan.newRows) parts.push(`${plan.newRows} new workloads`);
    if (plan.drafts.length) parts.push(`${plan.drafts.length} need fixing (shown in red, not saved)`);
    useAppStore.getState().notify(plan.drafts.length ? 'error' : 'info', parts.join(' · '));
  };

  return (
    <div ref={scroller} className="inventory-grid" tabIndex={0} role="grid" aria-label="Workload inventory" aria-rowcount={rows.length + 1} onKeyDown={onKeyDown} onCopy={onCopy} onPaste={onPaste}>
      <GridHeader rows={rows} />
      <div className="grid-body" style={{ height: virtualizer.getTotalSize(), width: GRID_WIDTH }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] as Workload;
          const isActive = item.index === activeIndex;
          return (
            <GridRow
              key={row.id}
              workload={row}
              index={item.index}
              top={item.start - HEADER_HEIGHT}
              selected={selected.has(row.id)}
              activeCol={isActive ? (active?.col ?? -1) : -1}
              editing={isActive ? editing : null}
              sensitivity={sensitivity.get(row.id)}
              drafts={byRow.get(row.id)}
              onCellMouseDown={onCellMouseDown}
              onCellDoubleClick={onCellDoubleClick}
              onToggleSelect={onToggleSelect}
              onCommit={onCommit}
              onCancel={onCancel}
            />
          );
        })}
      </div>
      {rows.length === 0 && <div className="grid-empty">No workloads match. Clear the search or filters, or add a workload.</div>}
    </div>
  );
}
