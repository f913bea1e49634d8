import { estateLines, type EstateLine } from '../costs/business-case.js';
import { completeness, type Completeness } from '../costs/completeness.js';
import { costPlanAt, type WorkloadCost } from '../costs/costs.js';
import { spendScenarios, type SpendOverTime } from '../costs/spend.js';
import { TotalRows, type CostTotals } from '../costs/totals.js';
import { NO_WAVE, RETIRED, type CostTable } from '../costs/cost-table.js';
import type { Range } from '../costs/uncertainty.js';
import { TIERS, type Tier } from '../domain/enums.js';
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
  /** Every workload's figures by estate position: what the sums below are made from. */
  table: CostTable;
  /** Every workload's cost with its terms (the explanations read them), in estate order: made when first read. */
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
  const { table, datesOfWave } = costPlanAt(input.workloads, analysis.tierAt, plan, input.rateCard, analysis.index, positions);
  // The sums in one pass over the figures (a 100,000-workload estate is costed on every edit).
  const byWave = new TotalRows(plan.waves.length);
  const byTier = new TotalRows(TIERS.length);
  const overall = new TotalRows(2);
  const [PLANNED, RETIRED_TOTAL] = [0, 1];
  for (let i = 0; i < table.count; i++) {
    if (table.pricing[i] === RETIRED) overall.add(RETIRED_TOTAL, table, i);
    const wave = table.wave[i] as number;
    if (wave === NO_WAVE) continue;
    byWave.add(wave, table, i);
    overall.add(PLANNED, table, i);
    if (table.moving[i] === 1) byTier.add(table.tier[i] as number, table, i);
  }
  const planned = overall.totalOf(PLANNED);
  const retired = overall.totalOf(RETIRED_TOTAL);
  const tierTotals = new Map([...byTier.map()].map(([tier, total]) => [TIERS[tier] as Tier, total]));
  const lines = planned.workloads > 0 ? estateLines(input.workloads, analysis.index, table, input.rateCard) : [];
  const sum = (f: (l: EstateLine) => number) => lines.reduce((s, l) => s + f(l), 0);
  const scenarios = spendScenarios(table, datesOfWave, lines);
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
    table,
    // The objects and the lookup are made when a view, the workbook or the board pack first reads them, not on every edit.
    get costs() {
      return table.objects();
    },
    get byId() {
      return (byId ??= new Map(table.objects().map((c) => [c.workloadId, c])));
    },
    // Each wave's totals as objects when first read (the Costs view, the workbook, the board pack).
    get byWave() {
      return byWave.map();
    },
    byTier: tierTotals,
    planned,
    retired,
    lines,
    headlines,
    completeness: completeness(input.workloads, table, input.rateCard),
    spend,
  };
}
