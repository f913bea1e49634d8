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

/** Adds one workload's figures to a total. */
export function addTo(total: CostTotals, c: WorkloadCost): void {
  total.workloads++;
  if (c.runBefore !== null) {
    total.runBeforeKnown++;
    total.runBefore += c.runBefore;
  }
  total.runAfter += c.runAfter;
  total.runAfterLow += c.runAfterLow;
  total.runAfterHigh += c.runAfterHigh;
  total.licence += c.run.licence;
  total.support += c.run.support;
  total.subscription += c.run.subscription;
  total.commitment += c.run.commitment;
  total.effort += c.effort;
  total.rehearsal += c.rehearsal;
  total.hypercare += c.hypercare;
  total.tools += c.tools;
  total.contingency += c.contingency;
  total.oneTime += c.oneTime;
  total.oneTimeLow += c.oneTimeLow;
  total.oneTimeHigh += c.oneTimeHigh;
  total.dualRunning += c.dualRunning;
  total.dualRunningLow += c.dualRunningLow;
  total.dualRunningHigh += c.dualRunningHigh;
}

/** Totals per group (a wave, a tier), in one pass. */
export function totalsBy<K>(costs: readonly WorkloadCost[], keyOf: (c: WorkloadCost) => K | undefined): Map<K, CostTotals> {
  const totals = new Map<K, CostTotals>();
  for (const c of costs) {
    const key = keyOf(c);
    if (key === undefined) continue;
    let total = totals.get(key);
    if (!total) totals.set(key, (total = emptyTotals()));
    addTo(total, c);
  }
  return totals;
}
