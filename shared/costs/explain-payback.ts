import type { SpendOverTime } from './spend.js';

// The payback headline's words, read by the Costs view and the comparison of scenarios.

export type PaybackMonths = { low: string | null; likely: string | null; high: string | null };

/** A payback month as shown: a month, or why there is none. */
export function paybackText(month: string | null, spend: Pick<SpendOverTime, 'counted'>): string {
  return month ?? (spend.counted === 0 ? 'unknown' : 'not within 10 years');
}

export function explainPayback(payback: PaybackMonths, spend: Pick<SpendOverTime, 'counted' | 'leftOut'>): string {
  if (spend.counted === 0) return 'No planned workload has a current monthly cost recorded, so there is nothing to pay back against. Record current costs in the inventory.';
  return `The first month the plan’s cumulative spend (one-time and dual-running costs in each wave’s start month, the new run rate after each cutover, the landing zone, connectivity and tools from the first wave, the retired workloads switched off after the last cutover) is back under staying put. Earliest ${paybackText(payback.low, spend)} with every input at its low, latest ${paybackText(payback.high, spend)} at its high. Counts the ${spend.counted.toLocaleString('en')} planned and retired workloads whose current cost is recorded${spend.leftOut ? `; ${spend.leftOut.toLocaleString('en')} without one are left out` : ''}.`;
}
