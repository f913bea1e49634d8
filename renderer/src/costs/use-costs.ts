import { useMemo } from 'react';
import { costPlan, plannedTotals, totalsBy, type CostTotals, type WorkloadCost } from '../../../shared/costs/costs';
import { spendOverTime, type SpendOverTime } from '../../../shared/costs/spend';
import type { Tier } from '../../../shared/domain/enums';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import type { Plan } from '../../../shared/planner/plan-types';
import { useAnalysis } from '../analysis/analysis-cache';
import { usePlan } from '../waves/use-plan';

export interface EstateCosts {
  plan: Plan | null;
  pending: boolean;
  costs: WorkloadCost[];
  byId: ReadonlyMap<string, WorkloadCost>;
  byWave: ReadonlyMap<number, CostTotals>;
  byTier: ReadonlyMap<Tier, CostTotals>;
  /** Every workload that moves in a wave. */
  planned: CostTotals;
  spend: SpendOverTime;
}

/** The estate's costs under the current plan, tiers and rate card; recomputed on each of their changes. */
export function useCosts(snapshot: EstateSnapshot): EstateCosts {
  const { plan, pending } = usePlan(snapshot);
  const analysis = useAnalysis(snapshot);
  const { workloads, rateCard } = snapshot;
  const figures = useMemo(() => {
    const { costs, datesOfWave } = costPlan(workloads, analysis.tierOf, plan ?? { waves: [], waveOf: new Map() }, rateCard);
    return {
      costs,
      byId: new Map(costs.map((c) => [c.workloadId, c])),
      byWave: totalsBy(costs, (c) => c.wave ?? undefined),
      byTier: totalsBy(costs, (c) => (c.wave !== null && c.moving ? c.tier : undefined)),
      planned: plannedTotals(costs),
      spend: spendOverTime(costs, datesOfWave),
    };
  }, [plan, workloads, analysis.tierOf, rateCard]);
  return { plan, pending, ...figures };
}
