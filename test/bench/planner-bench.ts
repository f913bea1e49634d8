// Issue 5: planning the 10,000 / 50,000 synthetic estate, as a ratio to strongly
// connected components plus a topological sort of the same graph (target 5x or less),
// with the absolute time beside it. The planner is given the estate analysis it uses
// in the app (cycles, sensitivity), computed once outside the timing.
import { DEFAULT_ROLLBACK_SETTINGS } from '../../shared/rollback/rollback-settings.js';
import { DEFAULT_RATE_CARD } from '../../shared/costs/rate-card.js';
import type { Dependency } from '../../shared/domain/dependency.js';
import type { Workload } from '../../shared/domain/workload.js';
import { indexEstate } from '../../shared/domain/estate-index.js';
import { analyseEstate } from '../../shared/findings/analyse.js';
import { findCycles } from '../../shared/graph/cycles.js';
import { DEFAULT_PLAN_SETTINGS } from '../../shared/planner/settings.js';
import { planEstate } from '../../shared/report/plan-stage.js';
import { interleaved } from './interleaved.js';

/** Tarjan's SCCs, then Kahn's topological order of the workloads over the same edges. */
export function sccAndTopologicalSort(workloads: readonly Workload[], dependencies: readonly Dependency[]): number {
  const ids = workloads.map((w) => w.id);
  const index = indexEstate(ids, dependencies);
  const components = findCycles(ids, dependencies, index).length;
  // Kahn over consumer → provider edges: a workload is ready once all its consumers are out.
  const waiting = new Int32Array(ids.length);
  for (let j = 0; j < dependencies.length; j++) {
    const c = index.consumer[j] as number;
    const p = index.provider[j] as number;
    if (c >= 0 && p >= 0) waiting[p] = (waiting[p] as number) + 1;
  }
  const queue: number[] = [];
  for (let i = 0; i < ids.length; i++) if (waiting[i] === 0) queue.push(i);
  for (let k = 0; k < queue.length; k++) {
    const u = queue[k] as number;
    for (let e = index.outStart[u] as number; e < (index.outStart[u + 1] as number); e++) {
      const p = index.provider[index.out[e] as number] as number;
      waiting[p] = (waiting[p] as number) - 1;
      if (waiting[p] === 0) queue.push(p);
    }
  }
  return components + queue.length;
}

export function plannerBenchmark(estate: { workloads: Workload[]; dependencies: Dependency[] }, rounds: number): { base: number; ours: number; waves: number } {
  const analysis = analyseEstate(estate);
  const input = { ...estate, planSettings: DEFAULT_PLAN_SETTINGS, rollbackSettings: DEFAULT_ROLLBACK_SETTINGS, rateCard: DEFAULT_RATE_CARD };
  let waves = 0;
  const times = interleaved({
    warmUp: 5,
    rounds,
    base: () => sccAndTopologicalSort(estate.workloads, estate.dependencies),
    ours: () => (waves = planEstate(input, analysis).waves.length),
  });
  return { ...times, waves };
}
