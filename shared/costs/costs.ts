import { addMonths, differenceInCalendarDays, formatISO, parseISO, startOfMonth } from 'date-fns';
import type { Tier } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import { holdsProductionData } from '../tiers/tier-facts.js';
import type { RateCard } from './rate-card.js';

// Costs (DESIGN.md, "Costs"): per workload, per wave and for the estate. Every figure
// carries the sentence that says how it was computed.

export interface Figure {
  amount: number;
  /** How it was computed, in words (made when read: ten thousand workloads carry four each). */
  readonly how: string;
}

/** A figure whose explanation is built only when someone opens it. */
function figure(amount: number, how: () => string): Figure {
  return {
    amount,
    get how() {
      return how();
    },
  };
}

export interface WorkloadCost {
  workloadId: string;
  /** Its current monthly cost, when recorded. */
  runBefore: number | null;
  runAfter: Figure;
  effortDays: Figure;
  oneTime: Figure;
  dualRunning: Figure;
}

export interface WaveDates {
  wave: number;
  start: string;
  cutover: string;
}

const DAYS_PER_MONTH = 30.4;
const round = (n: number) => Math.round(n * 100) / 100;

/** Effort days: the recorded figure, else the card's default for its kind and strategy, plus data size. */
export function effortFor(w: Workload, card: RateCard): Figure {
  if (w.effortDays !== null) return figure(w.effortDays, () => `${w.effortDays} days, as recorded`);
  const base = card.effortDaysByKind[w.kind] ?? 0;
  const factor = card.strategyFactor[w.strategy ?? 'rehost'] ?? 1;
  const data = w.databaseGb ? (w.databaseGb / 500) * card.effortDaysPer500Gb : 0;
  const amount = round(base * factor + data);
  return figure(amount, () => `${base} days for a ${w.kind} × ${factor} for ${w.strategy ?? 'rehost'}${data ? ` + ${round(data)} for ${w.databaseGb} GB of data` : ''} = ${amount} days`);
}

/**
 * Every workload's costs. `tierOf` gives the planned tier, `datesOf` the wave a workload
 * moves in (undefined: not planned). Dedicated base fees are shared among the workloads
 * of one system, tenant and environment on that tier.
 */
export function costWorkloads(workloads: readonly Workload[], tierOf: (id: string) => Tier, datesOf: (id: string) => WaveDates | undefined, card: RateCard): Map<string, WorkloadCost> {
  const groupSize = new Map<string, number>();
  const groupKey = (w: Workload) => `${tierOf(w.id)}\u0000${w.system}\u0000${w.tenant}\u0000${w.environment}`;
  for (const w of workloads) if (tierOf(w.id) !== 'multi-tenant') groupSize.set(groupKey(w), (groupSize.get(groupKey(w)) ?? 0) + 1);
  const result = new Map<string, WorkloadCost>();
  // Days from each wave's start to its cutover, worked out once per wave.
  const overlaps = new Map<string, number>();
  const overlapOf = (d: WaveDates) => {
    const key = `${d.start}|${d.cutover}`;
    let days = overlaps.get(key);
    if (days === undefined) overlaps.set(key, (days = Math.max(0, differenceInCalendarDays(parseISO(d.cutover), parseISO(d.start)))));
    return days;
  };
  for (const w of workloads) {
    const moving = w.strategy !== 'retire' && w.strategy !== 'retain';
    const tier = tierOf(w.id);
    const resources = (w.vcpu ?? 0) * card.vcpuMonth + (w.memoryGb ?? 0) * card.memoryGbMonth + (w.storageGb ?? 0) * (card.storageGbMonth + card.backupGbMonth);
    const base = tier === 'multi-tenant' ? card.platformShareMonth : (tier === 'dedicated-database' ? card.dedicatedDatabaseBaseMonth : card.dedicatedEnvironmentBaseMonth) / (groupSize.get(groupKey(w)) ?? 1);
    const discount = holdsProductionData(w) ? 0 : card.nonProductionDiscount;
    const runAfterAmount = moving ? round((resources + base) * (1 - discount)) : w.strategy === 'retain' ? (w.currentMonthlyCost ?? 0) : 0;
    const runAfter: Figure = moving
      ? figure(runAfterAmount, () => `(${round(resources)} for resources + ${round(base)} ${tier === 'multi-tenant' ? 'platform share' : `share of the ${tier.replace('-', ' ')} base fee`})${discount ? ` × ${1 - discount} for non-production` : ''} = ${runAfterAmount} a month`)
      : figure(runAfterAmount, () => (w.strategy === 'retain' ? 'Retained: it keeps its current cost' : 'Retired: nothing after the plan'));
    const effort = moving ? effortFor(w, card) : figure(0, () => 'It does not move');
    const hypercareDays = moving ? card.hypercareWeeks * card.hypercareDaysPerWeek : 0;
    const oneTimeAmount = round((effort.amount * (1 + card.rehearsalShare) + hypercareDays) * card.effortDayRate * (1 + card.contingency));
    const oneTime = figure(oneTimeAmount, () => `(${effort.amount} days × ${1 + card.rehearsalShare} with rehearsal + ${hypercareDays} hypercare days) × ${card.effortDayRate} a day × ${1 + card.contingency} with contingency = ${oneTimeAmount}`);
    const dates = datesOf(w.id);
    let dualRunning = figure(0, () => 'Not in a wave: no overlap');
    if (dates && moving) {
      const overlapDays = overlapOf(dates);
      const before = w.currentMonthlyCost ?? 0;
      const amount = round((runAfterAmount * overlapDays) / DAYS_PER_MONTH + (before * card.parallelRunWeeks * 7) / DAYS_PER_MONTH);
      dualRunning = figure(amount, () => `the new hosting for the ${overlapDays} days from wave ${dates.wave}'s start to its cutover (${runAfterAmount} a month) + the old hosting for ${card.parallelRunWeeks} weeks of parallel run after it (${before} a month) = ${amount}`);
    }
    result.set(w.id, { workloadId: w.id, runBefore: w.currentMonthlyCost, runAfter, effortDays: effort, oneTime, dualRunning });
  }
  return result;
}

export interface MonthSpend {
  month: string;
  /** Spend with the plan, and if the estate stayed where it is (known current costs only). */
  withPlan: number;
  stayingPut: number;
  cumulativeWithPlan: number;
  cumulativeStayingPut: number;
}

/**
 * Month by month from the first wave's start until twelve months after the last cutover:
 * each workload costs its old run rate until its cutover month and the new one after,
 * plus its one-time and dual-running costs in its wave's start month. The payback month
 * is the first where the plan's cumulative spend is back under staying put.
 */
export function spendOverTime(workloads: readonly Workload[], costs: ReadonlyMap<string, WorkloadCost>, datesOf: (id: string) => WaveDates | undefined): { months: MonthSpend[]; paybackMonth: string | null } {
  const planned = workloads.map((w) => ({ w, dates: datesOf(w.id), cost: costs.get(w.id) })).filter((x): x is { w: Workload; dates: WaveDates; cost: WorkloadCost } => x.dates !== undefined && x.cost !== undefined);
  if (planned.length === 0) return { months: [], paybackMonth: null };
  // ISO days: the month is the first seven characters, no date parsing per workload.
  const monthOf = (iso: string) => iso.slice(0, 7);
  const first = planned.reduce((m, x) => (x.dates.start < m ? x.dates.start : m), planned[0]?.dates.start as string);
  const last = planned.reduce((m, x) => (x.dates.cutover > m ? x.dates.cutover : m), planned[0]?.dates.cutover as string);
  const months: MonthSpend[] = [];
  let cumulativeWithPlan = 0;
  let cumulativeStayingPut = 0;
  let paybackMonth: string | null = null;
  let wasAbove = false;
  for (let d = startOfMonth(parseISO(first)); monthOf(formatISO(d)) <= monthOf(formatISO(addMonths(parseISO(last), 12))); d = addMonths(d, 1)) {
    const month = monthOf(formatISO(d));
    let withPlan = 0;
    let stayingPut = 0;
    for (const { w, dates, cost } of planned) {
      const before = w.currentMonthlyCost ?? 0;
      stayingPut += before;
      withPlan += month <= dates.cutover.slice(0, 7) ? before : cost.runAfter.amount;
      if (month === dates.start.slice(0, 7)) withPlan += cost.oneTime.amount + cost.dualRunning.amount;
    }
    cumulativeWithPlan += withPlan;
    cumulativeStayingPut += stayingPut;
    if (cumulativeWithPlan > cumulativeStayingPut) wasAbove = true;
    else if (wasAbove && paybackMonth === null) paybackMonth = month;
    months.push({ month, withPlan: round(withPlan), stayingPut: round(stayingPut), cumulativeWithPlan: round(cumulativeWithPlan), cumulativeStayingPut: round(cumulativeStayingPut) });
  }
  return { months, paybackMonth };
}
