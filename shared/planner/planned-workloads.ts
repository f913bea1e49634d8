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
  /** Their ids, by position: the plan's lists of ids read these rather than each workload again. */
  ids: string[];
  notMigrating: Excluded[];
  /** Each workload of the estate's position among the planned ones (-1: not planned). */
  plannedAt: Int32Array;
  /** Each planned workload's position in the estate (the inverse of plannedAt). */
  estateAt: Int32Array;
  /** Position among the planned workloads, by id (worked out when first asked: the index usually answers). */
  position(): ReadonlyMap<string, number>;
}

export function plannedWorkloads(workloads: readonly Workload[]): PlannedWorkloads {
  const notMigrating: Excluded[] = [];
  const planned: Workload[] = [];
  const ids: string[] = [];
  const plannedAt = new Int32Array(workloads.length).fill(-1);
  const estateAt = new Int32Array(workloads.length);
  workloads.forEach((w, i) => {
    if (staysPut(w)) notMigrating.push({ workloadId: w.id, reason: `${labelOf(w.strategy)}: it does not move.` });
    else {
      plannedAt[i] = planned.length;
      estateAt[planned.length] = i;
      planned.push(w);
      ids.push(w.id);
    }
  });
  let byId: Map<string, number> | undefined;
  const position = () => (byId ??= new Map(planned.map((w, i) => [w.id, i])));
  return { planned, ids, notMigrating, plannedAt, estateAt: estateAt.subarray(0, planned.length), position };
}

/** A planned position by id: through the analysis's index when there is one, else by the planned workloads' own map. */
export function plannedPositionOf({ plannedAt, position }: PlannedWorkloads, index: EstateIndex | undefined): (id: string) => number | undefined {
  if (!index) return (id) => position().get(id);
  return (id) => {
    const at = index.indexOf.get(id);
    const planned = at === undefined ? -1 : (plannedAt[at] ?? -1);
    return planned < 0 ? undefined : planned;
  };
}

/**
 * Each dependency's ends as planned positions (-1: not planned): from the analysis's
 * integer index when given (no lookups by id), else by id.
 */
export function plannedEnds(workloads: readonly Workload[], dependencies: readonly Dependency[], estate: PlannedWorkloads, index: EstateIndex | undefined): PlannedEnds {
  const m = dependencies.length;
  const consumer = new Int32Array(m);
  const provider = new Int32Array(m);
  if (index && index.consumer.length === m && index.indexOf.size === workloads.length) {
    const { plannedAt } = estate;
    const at = (estatePosition: number) => (estatePosition < 0 ? -1 : (plannedAt[estatePosition] as number));
    for (let j = 0; j < m; j++) {
      consumer[j] = at(index.consumer[j] as number);
      provider[j] = at(index.provider[j] as number);
    }
  } else {
    const position = estate.position();
    dependencies.forEach((d, j) => {
      consumer[j] = position.get(d.consumerId) ?? -1;
      provider[j] = position.get(d.providerId) ?? -1;
    });
  }
  return { consumer, provider };
}
