import { create } from 'zustand';
import type { Sensitivity } from '../../../shared/domain/sensitivity';
import type { WorkloadField } from '../../../shared/domain/workload';

// How the inventory is looked at (not part of the estate): search, filters, sort,
// the selected rows and the active cell. Rows are named by id, so sorting or
// filtering never moves the selection to another workload.

export type SortKey = WorkloadField | 'sensitivity';

export interface InventoryFilters {
  environment: string;
  kind: string;
  sensitivity: Sensitivity | '';
}

interface ViewState {
  search: string;
  filters: InventoryFilters;
  sort: { key: SortKey; direction: 'asc' | 'desc' } | null;
  selected: ReadonlySet<string>;
  anchor: string | null;
  active: { rowId: string; col: number } | null;
  editing: { initial: string } | null;
  setSearch(search: string): void;
  setFilter<K extends keyof InventoryFilters>(key: K, value: InventoryFilters[K]): void;
  toggleSort(key: SortKey): void;
  setSelected(selected: ReadonlySet<string>, anchor?: string | null): void;
  setActive(active: { rowId: string; col: number } | null): void;
  setEditing(editing: { initial: string } | null): void;
  reset(): void;
}

const initial = {
  search: '',
  filters: { environment: '', kind: '', sensitivity: '' } as InventoryFilters,
  sort: null,
  selected: new Set<string>() as ReadonlySet<string>,
  anchor: null,
  active: null,
  editing: null,
};

export const useInventoryView = create<ViewState>((set, get) => ({
  ...initial,
  setSearch: (search) => set({ search }),
  setFilter: (key, value) => set({ filters: { ...get().filters, [key]: value } }),
  toggleSort(key) {
    const sort = get().sort;
    if (!sort || sort.key !== key) set({ sort: { key, direction: 'asc' } });
    else if (sort.direction === 'asc') set({ sort: { key, direction: 'desc' } });
    else set({ sort: null });
  },
  setSelected: (selected, anchor) => set(anchor === undefined ? { selected } : { selected, anchor }),
  setActive: (active) => set({ active, editing: null }),
  setEditing: (editing) => set({ editing }),
  reset: () => set({ ...initial, selected: new Set() }),
}));
