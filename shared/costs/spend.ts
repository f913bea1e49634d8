import type { EstateLine } from './business-case.js';
import type { WaveDates, WorkloadCost } from './costs.js';
import {
  asTable,
  DUAL_RUNNING,
  DUAL_RUNNING_HIGH,
  DUAL_RUNNING_LOW,
  NO_WAVE,
  ONE_TIME,
  ONE_TIME_HIGH,
  ONE_TIME_LOW,
  RETIRED,
  RUN_AFTER,
  RUN_AFTER_HIGH,
  RUN_AFTER_LOW,
  RUN_BEFORE,
  STRIDE,
  type CostTable,
} from './cost-table.js';
import { round } from './effort.js';

// Cumulative spend month by month, with the plan and if the estate stayed where it is,
// and the payback month (docs/domain-rules.md, "Costs": "payback where current costs are known"),
// for each scenario of the ranges: low (every input at its least), likely, or high.

export type Scenario = 'low' | 'likely' | 'high';
export const SCENARIOS: readonly Scenario[] = ['low', 'likely', 'high'];

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

/** What one scenario adds per wave: the change of the monthly rate after its cutover, and its one-off spend at its start. */
interface WaveSums {
  rate: Float64Array;
  oneOff: Float64Array;
}

/**
 * Every scenario's spend in one pass over the costs: each workload adds to its wave's
 * sums (arrays by wave number, not maps: a 100,000-workload estate is costed on every
 * edit), then each scenario walks its months. A workload costs its old run rate up to
 * its cutover month and the new one after it, plus its one-time and dual-running costs
 * in its wave's start month; a retired one its old rate until the month after the last
 * cutover, then its decommissioning once and nothing after. The estate's lines add their
 * one-time cost in the first month, their monthly cost during the plan and after it.
 * Only workloads with a known current cost count (without one, staying put has no
 * figure to compare with).
 */
export function spendScenarios(costs: CostTable | readonly WorkloadCost[], datesOfWave: ReadonlyMap<number, WaveDates>, lines: readonly EstateLine[] = []): Record<Scenario, SpendOverTime> {
  const t = asTable(costs);
  let maxWave = 0;
  for (const w of datesOfWave.keys()) maxWave = Math.max(maxWave, w);
  const sums = (): WaveSums => ({ rate: new Float64Array(maxWave + 1), oneOff: new Float64Array(maxWave + 1) });
  const low = sums();
  const likely = sums();
  const high = sums();
  // Per wave, how many counted workloads it moves: the months start at the first such wave.
  const counts = new Int32Array(maxWave + 1);
  let counted = 0;
  let leftOut = 0;
  let stayingPut = 0;
  let retiredBefore = 0;
  let retiredLow = 0;
  let retiredLikely = 0;
  let retiredHigh = 0;
  const f = t.figures;
  for (let i = 0; i < t.count; i++) {
    const o = i * STRIDE;
    const runBefore = f[o + RUN_BEFORE] as number;
    if (t.pricing[i] === RETIRED) {
      if (Number.isNaN(runBefore)) leftOut++;
      else {
        counted++;
        retiredBefore += runBefore;
        retiredLow += f[o + ONE_TIME_LOW] as number;
        retiredLikely += f[o + ONE_TIME] as number;
        retiredHigh += f[o + ONE_TIME_HIGH] as number;
      }
      continue;
    }
    const wave = t.wave[i] as number;
    if (wave === NO_WAVE || t.moving[i] === 0 || !datesOfWave.has(wave)) continue;
    if (Number.isNaN(runBefore)) {
      leftOut++;
      continue;
    }
    counted++;
    counts[wave] = (counts[wave] as number) + 1;
    stayingPut += runBefore;
    low.rate[wave] = (low.rate[wave] as number) + (f[o + RUN_AFTER_LOW] as number) - runBefore;
    likely.rate[wave] = (likely.rate[wave] as number) + (f[o + RUN_AFTER] as number) - runBefore;
    high.rate[wave] = (high.rate[wave] as number) + (f[o + RUN_AFTER_HIGH] as number) - runBefore;
    low.oneOff[wave] = (low.oneOff[wave] as number) + (f[o + ONE_TIME_LOW] as number) + (f[o + DUAL_RUNNING_LOW] as number);
    likely.oneOff[wave] = (likely.oneOff[wave] as number) + (f[o + ONE_TIME] as number) + (f[o + DUAL_RUNNING] as number);
    high.oneOff[wave] = (high.oneOff[wave] as number) + (f[o + ONE_TIME_HIGH] as number) + (f[o + DUAL_RUNNING_HIGH] as number);
  }
  const empty = (): SpendOverTime => ({ months: [], paybackMonth: null, counted: 0, leftOut });
  // Nothing planned to compare: the retired alone make no plan.
  if (!counts.some((x) => x > 0)) return { low: empty(), likely: empty(), high: empty() };
  const walk = (s: WaveSums, retiredOnce: number, factorOf: (l: EstateLine) => number) =>
    months(s, counts, datesOfWave, stayingPut + retiredBefore, retiredBefore, retiredOnce, lines, factorOf, counted, leftOut);
  return {
    low: walk(low, retiredLow, (l) => l.spread.low),
    likely: walk(likely, retiredLikely, () => 1),
    high: walk(high, retiredHigh, (l) => l.spread.high),
  };
}

/** One scenario's months, from the first wave's start to twelve months after the last cutover, or on until six months past the payback (ten years at most). */
function months(
  s: WaveSums,
  counts: Int32Array,
  datesOfWave: ReadonlyMap<number, WaveDates>,
  stayingPut: number,
  retiredBefore: number,
  retiredOnce: number,
  lines: readonly EstateLine[],
  factorOf: (l: EstateLine) => number,
  counted: number,
  leftOut: number,
): SpendOverTime {
  const rateChange = new Map<number, number>();
  const oneOff = new Map<number, number>();
  const add = (m: Map<number, number>, k: number, v: number) => v !== 0 && m.set(k, (m.get(k) ?? 0) + v);
  let first = Infinity;
  let last = -Infinity;
  for (const [wave, dates] of datesOfWave) {
    if (!counts[wave]) continue;
    const rate = s.rate[wave] as number;
    const once = s.oneOff[wave] as number;
    const start = monthIndex(dates.start);
    const after = monthIndex(dates.cutover) + 1;
    first = Math.min(first, start);
    last = Math.max(last, after);
    add(rateChange, after, rate);
    add(oneOff, start, once);
  }
  if (first === Infinity) return { months: [], paybackMonth: null, counted, leftOut };
  // Retired workloads are switched off once the last wave has cut over (their consumers have moved).
  add(rateChange, last, -retiredBefore);
  add(oneOff, last, retiredOnce);
  for (const line of lines) {
    const f = factorOf(line);
    add(oneOff, first, line.oneTime * f);
    add(rateChange, first, line.monthlyDuring * f);
    add(rateChange, last, (line.monthlyAfter - line.monthlyDuring) * f);
  }
  const out: MonthSpend[] = [];
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
    out.push({ month: monthLabel(m), withPlan: round(withPlan), stayingPut: round(stayingPut), cumulativeWithPlan: round(cumulativeWithPlan), cumulativeStayingPut: round(cumulativeStayingPut) });
  }
  return { months: out, paybackMonth, counted, leftOut };
}

/** One scenario's spend (the Costs view's chart reads the likely one). */
export function spendOverTime(costs: readonly WorkloadCost[], datesOfWave: ReadonlyMap<number, WaveDates>, lines: readonly EstateLine[] = [], scenario: Scenario = 'likely'): SpendOverTime {
  return spendScenarios(costs, datesOfWave, lines)[scenario];
}
