import { addTo, costPlan, emptyTotals, type CostTotals, type WorkloadCost } from '../costs/costs.js';
import { spendOverTime, type SpendOverTime } from '../costs/spend.js';
import type { Tier } from '../domain/enums.js';
import type { EstateAnalysis } from '../findings/analyse.js';
import type { Plan } from '../planner/plan-types.js';
import type { ReportInput } from './report-input.js';

/** The estate's costs under its plan, tiers and rate card, with the sums every view and sheet reads. */
export interface CostStage {
  costs: readonly WorkloadCost[];
  byId: ReadonlyMap<string, WorkloadCost>;
  byWave: ReadonlyMap<number, CostTotals>;
  /** Per tier, the workloads that move in a wave. */
  byTier: ReadonlyMap<Tier, CostTotals>;
  /** Every workload that moves in a wave. */
  planned: CostTotals;
  spend: SpendOverTime;
}

export function costEstate(input: Pick<ReportInput, 'workloads' | 'rateCard'>, analysis: Pick<EstateAnalysis, 'tierOf'>, plan: Pick<Plan, 'waves' | 'waveOf'>): CostStage {
  const { costs, datesOfWave } = costPlan(input.workloads, analysis.tierOf, plan, input.rateCard);
  // The sums in one pass over the costs (a 10,000-workload estate is costed on every edit).
  const byWave = new Map<number, CostTotals>();
  const byTier = new Map<Tier, CostTotals>();
  const planned = emptyTotals();
  const into = <K>(totals: Map<K, CostTotals>, key: K, c: WorkloadCost) => {
    let total = totals.get(key);
    if (!total) totals.set(key, (total = emptyTotals()));
    addTo(total, c);
  };
  for (const c of costs) {
    if (c.wave === null) continue;
    into(byWave, c.wave, c);
    addTo(planned, c);
    if (c.moving) into(byTier, c.tier, c);
  }
  let byId: Map<string, WorkloadCost> | undefined;
  return {
    costs,
    // Made when a figure is looked up by workload (the Costs view), not on every edit.
    get byId() {
      return (byId ??= new Map(costs.map((c) => [c.workloadId, c])));
    },
    byWave,
    byTier,
    planned,
    spend: spendOverTime(costs, datesOfWave),
  };
}
