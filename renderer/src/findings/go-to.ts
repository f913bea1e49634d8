import { useGraphView } from '../graph/graph-view-state';
import { useInventoryView } from '../inventory/view-state';
import { useAppStore } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';

// Jumps from a finding (or any list) to a workload: it is selected and brought into
// view, with whatever filter would hide it cleared.

function estateId(): string | undefined {
  return useEstateStore.getState().snapshot?.estate.id;
}

export function showInInventory(workloadId: string): void {
  const id = estateId();
  if (!id) return;
  const view = useInventoryView.getState();
  view.setSearch('');
  view.setFilter('environment', '');
  view.setFilter('kind', '');
  view.setFilter('sensitivity', '');
  view.setActive({ rowId: workloadId, col: 0 });
  useAppStore.getState().go({ screen: 'estate', id, view: 'inventory' });
}

export function showInGraph(workloadId: string): void {
  const id = estateId();
  if (!id) return;
  const graph = useGraphView.getState();
  for (const key of ['environment', 'kind', 'sensitivity', 'tier'] as const) graph.setFilter(key, '');
  // In a collapsed large estate the workload shows only once its system is expanded.
  const system = useEstateStore.getState().snapshot?.workloads.find((w) => w.id === workloadId)?.system || 'No system';
  if (!graph.expanded.has(system)) graph.toggleExpanded(system);
  graph.select({ kind: 'workload', id: workloadId });
  useAppStore.getState().go({ screen: 'estate', id, view: 'graph' });
}
