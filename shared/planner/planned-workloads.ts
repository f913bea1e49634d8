import type { EstateIndex } from '../domain/estate-index.js';
import type { Dependency } from '../domain/dependency.js';
import { labelOf } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import type { PlannedEnds } from './move-units.js';
import type { Excluded } from './plan-types.js';
import { staysPut } from '../domain/moving.js';

// The workloads the plan moves, by position: retired and retained ones are left out
// (and said so), and each dependency's ends are positions among the rest.

export interface PlannedWorkloads {
  planned: Workload[];
  notMigrating: Excluded[];
  /** Position among the planned workloads, by id. */
  position: ReadonlyMap<string, number>;
}

export function plannedWorkloads(workloads: readonly Workload[]): PlannedWorkloads {
  const notMigrating: Excluded[] = [];
  const planned: Workload[] = [];
  const position = new Map<string, number>();
  for (const w of workloads) {
    if (staysPut(w)) notMigrating.push({ workloadId: w.id, reason: `${labelOf(w.strategy)}: it does not move.` });
    else {
      position.set(w.id, planned.length);
      planned.push(w);
    }
  }
  return { planned, notMigrating, position };
}

/**
 * Each dependency's ends as planned positions (-1: not planned): from the analysis's
 * integer index when given (no lookups by id), else by id.
 */
export function plannedEnds(workloads: readonly Workload[], dependencies: readonly Dependency[], { planned, position }: PlannedWorkloads, index: EstateIndex | undefined): PlannedEnds {
  const m = dependencies.length;
  const consumer = new Int32Array(m);
  const provider = new Int32Array(m);
  if (index && index.consumer.length === m) {
    // Position in the estate → position among the planned workloads.
    const toPlanned = new Int32Array(workloads.length).fill(-1);
    let k = 0;
    workloads.forEach((w, i) => {
      if (planned[k] === w) toPlanned[i] = k++;
    });
    const at = (estatePosition: number) => (estatePosition < 0 ? -1 : (toPlanned[estatePosition] as number));
    for (let j = 0; j < m; j++) {
      consumer[j] = at(index.consumer[j] as number);
      provider[j] = at(index.provider[j] as number);
    }
  } else {
    dependencies.forEach((d, j) => {
      consumer[j] = position.get(d.consumerId) ?? -1;
      provider[j] = position.get(d.providerId) ?? -1;
    });
  }
  return { consumer, provider };
}
