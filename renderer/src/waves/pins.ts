import type { Workload } from '../../../shared/domain/workload';
import { useEstateStore } from '../store/estate-store';

/** Pins workloads (a whole move unit) to a wave, or clears their pins with null. Undoable. */
export function pinTo(workloadIds: readonly string[], wave: number | null, label: string): void {
  const workloads = useEstateStore.getState().snapshot?.workloads ?? [];
  const current = new Map(workloads.map((w) => [w.id, w.pinnedWave]));
  const changes = workloadIds.filter((id) => current.has(id) && current.get(id) !== wave).map((id) => ({ op: 'updateWorkload' as const, id, field: 'pinnedWave' as const, value: wave }));
  if (changes.length) useEstateStore.getState().commit(changes, label);
}

export const pinnedWorkloads = (workloads: readonly Workload[]) => workloads.filter((w) => w.pinnedWave !== null);
