import {
  COMMITMENT,
  CONTINGENCY,
  DUAL_RUNNING,
  DUAL_RUNNING_HIGH,
  DUAL_RUNNING_LOW,
  EFFORT,
  HYPERCARE,
  LICENCE,
  ONE_TIME,
  ONE_TIME_HIGH,
  ONE_TIME_LOW,
  REHEARSAL,
  RUN_AFTER,
  RUN_AFTER_HIGH,
  RUN_AFTER_LOW,
  RUN_BEFORE,
  STRIDE,
  SUBSCRIPTION,
  SUPPORT,
  tableOf,
  TOOLS,
  type CostTable,
} from './cost-table.js';
import type { OneTimeFigures, WorkloadCost } from './costs.js';

// Workloads' figures added up, the same way for a wave, a tier or the plan.

export interface CostTotals extends OneTimeFigures {
  workloads: number;
  /** Of which this many have a recorded current cost. */
  runBeforeKnown: number;
  runBefore: number;
  runAfter: number;
  runAfterLow: number;
  runAfterHigh: number;
  /** Parts of the run rate after, for the business case's lines. */
  licence: number;
  support: number;
  subscription: number;
  commitment: number;
}

export const emptyTotals = (): CostTotals => ({
  workloads: 0,
  runBeforeKnown: 0,
  runBefore: 0,
  runAfter: 0,
  runAfterLow: 0,
  runAfterHigh: 0,
  licence: 0,
  support: 0,
  subscription: 0,
  commitment: 0,
  effort: 0,
  rehearsal: 0,
  hypercare: 0,
  tools: 0,
  contingency: 0,
  oneTime: 0,
  oneTimeLow: 0,
  oneTimeHigh: 0,
  dualRunning: 0,
  dualRunningLow: 0,
  dualRunningHigh: 0,
});

/** Adds workload i's figures to a total. */
export function addAt(total: CostTotals, t: CostTable, i: number): void {
  const f = t.figures;
  const o = i * STRIDE;
  total.workloads++;
  const runBefore = f[o + RUN_BEFORE] as number;
  if (!Number.isNaN(runBefore)) {
    total.runBeforeKnown++;
    total.runBefore += runBefore;
  }
  total.runAfter += f[o + RUN_AFTER] as number;
  total.runAfterLow += f[o + RUN_AFTER_LOW] as number;
  total.runAfterHigh += f[o + RUN_AFTER_HIGH] as number;
  total.licence += f[o + LICENCE] as number;
  total.support += f[o + SUPPORT] as number;
  total.subscription += f[o + SUBSCRIPTION] as number;
  total.commitment += f[o + COMMITMENT] as number;
  total.effort += f[o + EFFORT] as number;
  total.rehearsal += f[o + REHEARSAL] as number;
  total.hypercare += f[o + HYPERCARE] as number;
  total.tools += f[o + TOOLS] as number;
  total.contingency += f[o + CONTINGENCY] as number;
  total.oneTime += f[o + ONE_TIME] as number;
  total.oneTimeLow += f[o + ONE_TIME_LOW] as number;
  total.oneTimeHigh += f[o + ONE_TIME_HIGH] as number;
  total.dualRunning += f[o + DUAL_RUNNING] as number;
  total.dualRunningLow += f[o + DUAL_RUNNING_LOW] as number;
  total.dualRunningHigh += f[o + DUAL_RUNNING_HIGH] as number;
}

/** A total's fields in emptyTotals' order: a row of totals (wave-totals.ts) holds them in this order. */
export const TOTAL_FIELDS = Object.keys(emptyTotals()) as (keyof CostTotals)[];

/** Totals per group (a wave, a tier), in one pass. */
export function totalsBy<K>(costs: readonly WorkloadCost[], keyOf: (c: WorkloadCost) => K | undefined): Map<K, CostTotals> {
  const table = tableOf(costs);
  const totals = new Map<K, CostTotals>();
  costs.forEach((c, i) => {
    const key = keyOf(c);
    if (key === undefined) return;
    let total = totals.get(key);
    if (!total) totals.set(key, (total = emptyTotals()));
    addAt(total, table, i);
  });
  return totals;
}
