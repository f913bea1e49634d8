import { estateLines, type EstateLine } from '../costs/business-case.js';
import { completeness, type Completeness } from '../costs/completeness.js';
import { costPlanAt, type WorkloadCost } from '../costs/costs.js';
import { spendScenarios, type SpendOverTime } from '../costs/spend.js';
import { addTo, emptyTotals, type CostTotals } from '../costs/totals.js';
import type { Range } from '../costs/uncertainty.js';
import type { Tier } from '../domain/enums.js';
import type { WavePositions } from '../domain/wave-positions.js';
import type { EstateAnalysis } from '../findings/analyse.js';
import type { Plan } from '../planner/plan-types.js';
import type { ReportInput } from './report-input.js';

/** The business case's headline figures, each as a range (docs/domain-rules.md, "Costs", "Ranges"). */
export interface CostHeadlines {
  /** Workloads' one-time costs, the retired workloads' decommissioning and the estate lines' one-time costs. */
  oneTime: Range;
  dualRunning: Range;
  /** The steady monthly run rate after the last cutover: planned workloads and the estate lines. */
  runAfter: Range;
  /** What the planned and retired workloads cost a month today (where recorded). */
  runBefore: number;
  /** Earliest (low costs), likely and latest (high costs) payback month. */
  payback: { low: string | null; likely: string | null; high: string | null };
}

/** The estate's costs under its plan, tiers and rate card, with the sums every view and sheet reads. */
export interface CostStage {
  costs: readonly WorkloadCost[];
  byId: ReadonlyMap<string, WorkloadCost>;
  byWave: ReadonlyMap<number, CostTotals>;
  /** Per tier, the workloads that move in a wave. */
  byTier: ReadonlyMap<Tier, CostTotals>;
  /** Every workload that moves in a wave. */
  planned: CostTotals;
  /** Every retired workload: its decommissioning and the run cost it saves. */
  retired: CostTotals;
  lines: readonly EstateLine[];
  headlines: CostHeadlines;
  completeness: Completeness;
  /** The likely case month by month (the chart); the low and high cases give the payback range. */
  spend: SpendOverTime;
}

export function costEstate(
  input: Pick<ReportInput, 'workloads' | 'dependencies' | 'rateCard'>,
  analysis: Pick<EstateAnalysis, 'tierAt' | 'index'>,
  plan: Pick<Plan, 'waves' | 'waveOf'>,
  /** The plan's members by estate position, when the report has them (the runbook stage reads them too). */
  positions?: WavePositions,
): CostStage {
  const { costs, datesOfWave } = costPlanAt(input.workloads, analysis.tierAt, plan, input.rateCard, analysis.index, positions);
  // The sums in one pass over the costs (a 10,000-workload estate is costed on every edit).
  const byWave = new Map<number, CostTotals>();
  const byTier = new Map<Tier, CostTotals>();
  const planned = emptyTotals();
  const retired = emptyTotals();
  const into = <K>(totals: Map<K, CostTotals>, key: K, c: WorkloadCost) => {
    let total = totals.get(key);
    if (!total) totals.set(key, (total = emptyTotals()));
    addTo(total, c);
  };
  for (const c of costs) {
    if (c.run.pricing === 'retired') addTo(retired, c);
    if (c.wave === null) continue;
    into(byWave, c.wave, c);
    addTo(planned, c);
    if (c.moving) into(byTier, c.tier, c);
  }
  const lines = planned.workloads > 0 ? estateLines(input.workloads, analysis.index, costs, input.rateCard) : [];
  const sum = (f: (l: EstateLine) => number) => lines.reduce((s, l) => s + f(l), 0);
  const scenarios = spendScenarios(costs, datesOfWave, lines);
  const spend = scenarios.likely;
  const headlines: CostHeadlines = {
    oneTime: {
      low: planned.oneTimeLow + retired.oneTimeLow + sum((l) => l.oneTime * l.spread.low),
      likely: planned.oneTime + retired.oneTime + sum((l) => l.oneTime),
      high: planned.oneTimeHigh + retired.oneTimeHigh + sum((l) => l.oneTime * l.spread.high),
    },
    dualRunning: { low: planned.dualRunningLow, likely: planned.dualRunning, high: planned.dualRunningHigh },
    runAfter: {
      low: planned.runAfterLow + sum((l) => l.monthlyAfter * l.spread.low),
      likely: planned.runAfter + sum((l) => l.monthlyAfter),
      high: planned.runAfterHigh + sum((l) => l.monthlyAfter * l.spread.high),
    },
    runBefore: planned.runBefore + retired.runBefore,
    payback: {
      low: scenarios.low.paybackMonth,
      likely: spend.paybackMonth,
      high: scenarios.high.paybackMonth,
    },
  };
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
    retired,
    lines,
    headlines,
    completeness: completeness(input.workloads, costs, input.rateCard),
    spend,
  };
}
