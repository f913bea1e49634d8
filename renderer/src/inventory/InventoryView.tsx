import { useMemo } from 'react';
import { addWorkloads } from '../../../shared/changes/builders';
import { blankWorkload } from '../../../shared/domain/blank-workload';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { useAnalysis } from '../report/use-report';
import { useEstateStore } from '../store/estate-store';
import { BulkEditBar } from './BulkEditBar';
import { DetailPanel } from './DetailPanel';
import { InventoryGrid } from './InventoryGrid';
import { InventoryToolbar } from './InventoryToolbar';
import { useInventoryView } from './view-state';
import { visibleRows } from './visible-rows';

export function InventoryView({ snapshot }: { snapshot: EstateSnapshot }) {
  const { search, filters, sort, active } = useInventoryView();
  const { sensitivity } = useAnalysis(snapshot);
  const rows = useMemo(() => visibleRows(snapshot.workloads, sensitivity, { search, filters, sort }), [snapshot.workloads, sensitivity, search, filters, sort]);
  const activeWorkload = active ? snapshot.workloads.find((w) => w.id === active.rowId) : undefined;

  const add = () => {
    const names = new Set(snapshot.workloads.map((w) => w.name));
    let name = 'New workload';
    for (let n = 2; names.has(name); n++) name = `New workload ${n}`;
    // Start from the active row's system, environment and tenant: workloads are usually added beside their peers.
    const peer = activeWorkload;
    const workload = { ...blankWorkload(crypto.randomUUID(), name), ...(peer && { system: peer.system, environment: peer.environment, tenant: peer.tenant }) };
    if (!useEstateStore.getState().commit(addWorkloads(snapshot, [workload]), 'Add workload')) return;
    const view = useInventoryView.getState();
    view.setSearch('');
    view.setFilter('environment', '');
    view.setFilter('kind', '');
    view.setFilter('sensitivity', '');
    view.setActive({ rowId: workload.id, col: 0 });
    view.setEditing({ initial: name });
  };

  return (
    <div className="inventory">
      <div className="inventory-main">
        <InventoryToolbar shown={rows.length} total={snapshot.workloads.length} onAdd={add} />
        <BulkEditBar />
        <InventoryGrid rows={rows} sensitivity={sensitivity} />
        {!activeWorkload && (
          <p className="grid-hint">Click a workload to see and edit all its fields. Arrow keys move, Enter edits, Tab goes to the next cell, and a block copied from Excel pastes into the grid.</p>
        )}
      </div>
      <DetailPanel workload={activeWorkload} sensitivity={activeWorkload && sensitivity.get(activeWorkload.id)} />
    </div>
  );
}
