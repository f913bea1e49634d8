import { create } from 'zustand';
import type { Direction } from '../../../shared/graph/adjacency';
import type { Grouping } from '../../../shared/graph/grouping';
import type { GraphFilters } from '../../../shared/graph/view-model';

// How the graph is looked at: grouping, filters, what is expanded, selected and
// highlighted. Not part of the estate.

export type GraphSelection = { kind: 'workload'; id: string } | { kind: 'dependency'; id: string } | { kind: 'system'; system: string } | null;

export type Highlight = { kind: 'none' } | { kind: 'neighbours'; direction: Direction; hops: 1 | 'all' } | { kind: 'move-groups' } | { kind: 'cycle'; index: number };

export type { GraphFilters };

interface GraphViewState {
  grouping: Grouping;
  filters: GraphFilters;
  /** In the collapsed view of a large estate: the systems shown workload by workload. */
  expanded: ReadonlySet<string>;
  /** Large estates start collapsed; the user may show every workload instead. */
  collapsed: boolean | 'auto';
  selection: GraphSelection;
  highlight: Highlight;
  searchOpen: boolean;
  setGrouping(grouping: Grouping): void;
  setFilter<K extends keyof GraphFilters>(key: K, value: GraphFilters[K]): void;
  toggleExpanded(system: string): void;
  setCollapsed(collapsed: boolean): void;
  select(selection: GraphSelection): void;
  setHighlight(highlight: Highlight): void;
  setSearchOpen(open: boolean): void;
  reset(): void;
}

const initial = {
  grouping: 'none' as Grouping,
  filters: { environment: '', kind: '', sensitivity: '', tier: '' } as GraphFilters,
  expanded: new Set<string>() as ReadonlySet<string>,
  collapsed: 'auto' as const,
  selection: null as GraphSelection,
  highlight: { kind: 'none' } as Highlight,
  searchOpen: false,
};

export const useGraphView = create<GraphViewState>((set, get) => ({
  ...initial,
  setGrouping: (grouping) => set({ grouping }),
  setFilter: (key, value) => set({ filters: { ...get().filters, [key]: value } }),
  toggleExpanded(system) {
    const expanded = new Set(get().expanded);
    if (expanded.has(system)) expanded.delete(system);
    else expanded.add(system);
    set({ expanded });
  },
  setCollapsed: (collapsed) => set({ collapsed, expanded: new Set() }),
  select: (selection) => set({ selection }),
  setHighlight: (highlight) => set({ highlight }),
  setSearchOpen: (searchOpen) => set({ searchOpen }),
  reset: () => set({ ...initial, expanded: new Set() }),
}));
