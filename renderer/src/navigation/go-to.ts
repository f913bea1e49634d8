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

/** Clears the graph's filters and, in a collapsed large estate, expands the workloads' systems. */
function revealInGraph(workloadIds: readonly string[]): ReturnType<typeof useGraphView.getState> {
  const graph = useGraphView.getState();
  for (const key of ['environment', 'kind', 'sensitivity', 'tier'] as const) graph.setFilter(key, '');
  const workloads = useEstateStore.getState().snapshot?.workloads ?? [];
  const systems = new Set(workloadIds.map((id) => workloads.find((w) => w.id === id)?.system || 'No system'));
  for (const system of systems) if (!useGraphView.getState().expanded.has(system)) graph.toggleExpanded(system);
  return graph;
}

/** Selects a dependency on the graph, with both its ends shown. */
export function showDependencyInGraph(dependency: { id: string; consumerId: string; providerId: string }): void {
  const id = estateId();
  if (!id) return;
  revealInGraph([dependency.consumerId, dependency.providerId]).select({ kind: 'dependency', id: dependency.id });
  useAppStore.getState().go({ screen: 'estate', id, view: 'graph' });
}

export function showInGraph(workloadId: string): void {
  const id = estateId();
  if (!id) return;
  const graph = revealInGraph([workloadId]);
  graph.select({ kind: 'workload', id: workloadId });
  useAppStore.getState().go({ screen: 'estate', id, view: 'graph' });
}

/** Opens the Rollback view on one wave's runbook. */
export function showRollback(wave: number): void {
  const id = estateId();
  if (id) useAppStore.getState().go({ screen: 'estate', id, view: 'rollback', wave });
}
