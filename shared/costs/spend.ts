import type { WaveDates, WorkloadCost } from './costs.js';
import { round } from './costs.js';

// Cumulative spend month by month, with the plan and if the estate stayed where it is,
// and the payback month (docs/domain-rules.md, "Costs": "payback where current costs are known").

export interface MonthSpend {
  month: string;
  withPlan: number;
  stayingPut: number;
  cumulativeWithPlan: number;
  cumulativeStayingPut: number;
}

export interface SpendOverTime {
  months: MonthSpend[];
  /** The first month the plan's cumulative spend is back under staying put, after being over it. */
  paybackMonth: string | null;
  /** Planned workloads counted: those whose current cost is known. */
  counted: number;
  /** Planned workloads left out because their current cost is not recorded. */
  leftOut: number;
}

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const monthLabel = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** How far past the last cutover the months run when payback has not come yet. */
export const PAYBACK_HORIZON_MONTHS = 120;

/**
 * From the first wave's start until twelve months after the last cutover, or on until
 * six months past the payback month (ten years at most): a workload
 * costs its old run rate up to its cutover month and the new one after it, plus its
 * one-time and dual-running costs in its wave's start month. Only workloads with a
 * known current cost count (without one, staying put has no figure to compare with).
 * Linear: each workload adds to its months once, then the months are summed.
 */
export function spendOverTime(costs: readonly WorkloadCost[], datesOfWave: ReadonlyMap<number, WaveDates>): SpendOverTime {
  let first = Infinity;
  let last = -Infinity;
  let counted = 0;
  let leftOut = 0;
  let stayingPut = 0;
  // Month index → change of the monthly rate from that month, and one-off spend in it.
  const rateChange = new Map<number, number>();
  const oneOff = new Map<number, number>();
  for (const c of costs) {
    const dates = c.wave === null ? undefined : datesOfWave.get(c.wave);
    if (!dates || !c.moving) continue;
    if (c.runBefore === null) {
      leftOut++;
      continue;
    }
    counted++;
    const start = monthIndex(dates.start);
    const after = monthIndex(dates.cutover) + 1;
    first = Math.min(first, start);
    last = Math.max(last, after);
    stayingPut += c.runBefore;
    rateChange.set(after, (rateChange.get(after) ?? 0) + c.runAfter - c.runBefore);
    oneOff.set(start, (oneOff.get(start) ?? 0) + c.oneTime + c.dualRunning);
  }
  if (counted === 0) return { months: [], paybackMonth: null, counted, leftOut };

  const months: MonthSpend[] = [];
  let rate = stayingPut;
  let cumulativeWithPlan = 0;
  let cumulativeStayingPut = 0;
  let paybackMonth: string | null = null;
  let wasAbove = false;
  let end = last + 11;
  for (let m = first; m <= end; m++) {
    rate += rateChange.get(m) ?? 0;
    const withPlan = rate + (oneOff.get(m) ?? 0);
    cumulativeWithPlan += withPlan;
    cumulativeStayingPut += stayingPut;
    if (cumulativeWithPlan > cumulativeStayingPut + 0.005) wasAbove = true;
    else if (wasAbove && paybackMonth === null) {
      paybackMonth = monthLabel(m);
      end = Math.max(last + 11, m + 6);
    }
    if (m === end && wasAbove && paybackMonth === null && end < last + PAYBACK_HORIZON_MONTHS - 1) end++;
    months.push({ month: monthLabel(m), withPlan: round(withPlan), stayingPut: round(stayingPut), cumulativeWithPlan: round(cumulativeWithPlan), cumulativeStayingPut: round(cumulativeStayingPut) });
  }
  return { months, paybackMonth, counted, leftOut };
}
