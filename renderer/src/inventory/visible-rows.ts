import { labelOf } from '../../../shared/domain/enums';
import { sensitivityRank, type SensitivitySource } from '../../../shared/domain/sensitivity';
import type { Workload } from '../../../shared/domain/workload';
import type { InventoryFilters, SortKey } from './view-state';

// The rows the grid shows: filtered, searched and sorted. Pure, so it is tested
// without a browser and recomputed only when its inputs change.

export interface RowQuery {
  search: string;
  filters: InventoryFilters;
  sort: { key: SortKey; direction: 'asc' | 'desc' } | null;
}

const SEARCHED: (keyof Workload)[] = ['name', 'system', 'tenant', 'owner', 'businessUnit', 'notes', 'moveGroup'];

function sortValue(w: Workload, key: SortKey, sensitivity: ReadonlyMap<string, SensitivitySource>): string | number | null {
  if (key === 'sensitivity') {
    const s = sensitivity.get(w.id);
    return s ? sensitivityRank(s.level) : null;
  }
  const value = w[key];
  if (value === null || value === '') return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(',');
  return labelOf(value as string).toLowerCase();
}

export function visibleRows(workloads: readonly Workload[], sensitivity: ReadonlyMap<string, SensitivitySource>, query: RowQuery): Workload[] {
  const needle = query.search.trim().toLowerCase();
  const { environment, kind, sensitivity: level } = query.filters;
  const rows = workloads.filter(
    (w) =>
      (environment === '' || w.environment === environment) &&
      (kind === '' || w.kind === kind) &&
      (level === '' || sensitivity.get(w.id)?.level === level) &&
      (needle === '' || SEARCHED.some((f) => String(w[f]).toLowerCase().includes(needle))),
  );
  const sort = query.sort;
  if (!sort) return rows;
  const factor = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((w, i) => ({ w, i, v: sortValue(w, sort.key, sensitivity) }));
  keyed.sort((a, b) => {
    // Blanks last in either direction; ties keep list order.
    if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'en', { numeric: true });
    return c === 0 ? a.i - b.i : c * factor;
  });
  return keyed.map((k) => k.w);
}
