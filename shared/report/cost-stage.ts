import { costPlan, plannedTotals, totalsBy, type CostTotals, type WorkloadCost } from '../costs/costs.js';
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
  return {
    costs,
    byId: new Map(costs.map((c) => [c.workloadId, c])),
    byWave: totalsBy(costs, (c) => c.wave ?? undefined),
    byTier: totalsBy(costs, (c) => (c.wave !== null && c.moving ? c.tier : undefined)),
    planned: plannedTotals(costs),
    spend: spendOverTime(costs, datesOfWave),
  };
}
