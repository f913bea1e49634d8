import type { EstateLine } from './business-case.js';
import type { WaveDates, WorkloadCost } from './costs.js';
import { round } from './effort.js';

// Cumulative spend month by month, with the plan and if the estate stayed where it is,
// and the payback month (docs/domain-rules.md, "Costs": "payback where current costs are known"),
// for one scenario of the ranges: low (every input at its least), likely, or high.

export type Scenario = 'low' | 'likely' | 'high';

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
  /** Planned and retired workloads counted: those whose current cost is known. */
  counted: number;
  /** Planned and retired workloads left out because their current cost is not recorded. */
  leftOut: number;
}

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const monthLabel = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** How far past the last cutover the months run when payback has not come yet. */
export const PAYBACK_HORIZON_MONTHS = 120;

const pick = (c: WorkloadCost, s: Scenario) =>
  s === 'likely' ? { runAfter: c.runAfter, oneTime: c.oneTime, dual: c.dualRunning } : s === 'low' ? { runAfter: c.runAfterLow, oneTime: c.oneTimeLow, dual: c.dualRunningLow } : { runAfter: c.runAfterHigh, oneTime: c.oneTimeHigh, dual: c.dualRunningHigh };
const factor = (line: EstateLine, s: Scenario) => (s === 'likely' ? 1 : s === 'low' ? line.spread.low : line.spread.high);

/**
 * From the first wave's start until twelve months after the last cutover, or on until
 * six months past the payback month (ten years at most): a workload costs its old run
 * rate up to its cutover month and the new one after it, plus its one-time and
 * dual-running costs in its wave's start month; a retired one its old rate until the
 * month after the last cutover, then its decommissioning once and nothing after. The
 * estate's lines add their one-time cost in the first month, their monthly cost during
 * the plan and after it. Only workloads with a known current cost count (without one,
 * staying put has no figure to compare with). Linear: each workload adds to its months
 * once, then the months are summed.
 */
export function spendOverTime(costs: readonly WorkloadCost[], datesOfWave: ReadonlyMap<number, WaveDates>, lines: readonly EstateLine[] = [], scenario: Scenario = 'likely'): SpendOverTime {
  let first = Infinity;
  let last = -Infinity;
  let counted = 0;
  let leftOut = 0;
  let stayingPut = 0;
  // Month index → change of the monthly rate from that month, and one-off spend in it.
  const rateChange = new Map<number, number>();
  const oneOff = new Map<number, number>();
  const retired: WorkloadCost[] = [];
  for (const c of costs) {
    if (c.run.pricing === 'retired') {
      retired.push(c);
      continue;
    }
    const dates = c.wave === null ? undefined : datesOfWave.get(c.wave);
    if (!dates || !c.moving) continue;
    if (c.runBefore === null) {
      leftOut++;
      continue;
    }
    counted++;
    const f = pick(c, scenario);
    const start = monthIndex(dates.start);
    const after = monthIndex(dates.cutover) + 1;
    first = Math.min(first, start);
    last = Math.max(last, after);
    stayingPut += c.runBefore;
    rateChange.set(after, (rateChange.get(after) ?? 0) + f.runAfter - c.runBefore);
    oneOff.set(start, (oneOff.get(start) ?? 0) + f.oneTime + f.dual);
  }
  if (counted === 0) return { months: [], paybackMonth: null, counted, leftOut };
  // Retired workloads are switched off once the last wave has cut over (their consumers have moved).
  for (const c of retired) {
    if (c.runBefore === null) {
      leftOut++;
      continue;
    }
    counted++;
    stayingPut += c.runBefore;
    rateChange.set(last, (rateChange.get(last) ?? 0) - c.runBefore);
    oneOff.set(last, (oneOff.get(last) ?? 0) + pick(c, scenario).oneTime);
  }
  for (const line of lines) {
    const f = factor(line, scenario);
    oneOff.set(first, (oneOff.get(first) ?? 0) + line.oneTime * f);
    rateChange.set(first, (rateChange.get(first) ?? 0) + line.monthlyDuring * f);
    rateChange.set(last, (rateChange.get(last) ?? 0) + (line.monthlyAfter - line.monthlyDuring) * f);
  }

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
