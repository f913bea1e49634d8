import { useMemo } from 'react';
import { costWorkloads, totalsBy, emptyTotals, addTo, type CostTotals, type WaveDates, type WorkloadCost } from '../../../shared/costs/costs';
import { spendOverTime, type SpendOverTime } from '../../../shared/costs/spend';
import type { Tier } from '../../../shared/domain/enums';
import type { EstateSnapshot } from '../../../shared/domain/estate';
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
  datesOfWave: ReadonlyMap<number, WaveDates>;
  spend: SpendOverTime;
}

/** The estate's costs under the current plan, tiers and rate card; recomputed on each of their changes. */
export function useCosts(snapshot: EstateSnapshot): EstateCosts {
  const { plan, pending } = usePlan(snapshot);
  const analysis = useAnalysis(snapshot);
  const { workloads, rateCard } = snapshot;
  const figures = useMemo(() => {
    const datesOfWave = new Map((plan?.waves ?? []).map((w) => [w.number, { wave: w.number, start: w.start, cutover: w.cutover }]));
    const costs = costWorkloads(workloads, analysis.tierOf, (id) => datesOfWave.get(plan?.waveOf.get(id) ?? -1), rateCard);
    const planned = emptyTotals();
    for (const c of costs) if (c.wave !== null) addTo(planned, c);
    return {
      costs,
      byId: new Map(costs.map((c) => [c.workloadId, c])),
      byWave: totalsBy(costs, (c) => c.wave ?? undefined),
      byTier: totalsBy(costs, (c) => (c.wave !== null && c.moving ? c.tier : undefined)),
      planned,
      datesOfWave,
      spend: spendOverTime(costs, datesOfWave),
    };
  }, [plan, workloads, analysis.tierOf, rateCard]);
  return { plan, pending, ...figures };
}
