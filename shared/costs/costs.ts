import type { Dependency } from '../domain/dependency.js';
import { indexEstate, type EstateIndex } from '../domain/estate-index.js';
import { wavePositions, type WavePositions } from '../domain/wave-positions.js';
import { TIERS, type Tier } from '../domain/enums.js';
import { costGroups } from './cost-groups.js';
import {
  COMMITMENT,
  CONTINGENCY,
  DUAL_RUNNING,
  DUAL_RUNNING_HIGH,
  DUAL_RUNNING_LOW,
  EFFORT,
  EFFORT_DAYS,
  emptyTable,
  HYPERCARE,
  HYPERCARE_DAYS,
  LICENCE,
  NO_WAVE,
  ONE_TIME,
  ONE_TIME_HIGH,
  ONE_TIME_LOW,
  OVERLAP_DAYS,
  PRICINGS,
  REHEARSAL,
  RUN_AFTER,
  RUN_AFTER_HIGH,
  RUN_AFTER_LOW,
  RUN_BEFORE,
  costObjects,
  SIZE_SOURCES,
  STRIDE,
  SUBSCRIPTION,
  SUPPORT,
  TOOLS,
  type CostTable,
} from './cost-table.js';
import type { Workload } from '../domain/workload.js';
import type { Plan, Wave } from '../planner/plan-types.js';
import { isMoving } from '../domain/moving.js';
import { calendarDaysBetween } from './calendar-days.js';
import { blankEffort, effortTerms, round, type EffortTerms } from './effort.js';
import type { RateCard } from './rate-card.js';
import { blankRunRate, runRateAfter, type RunRateContext, type RunRateTerms } from './run-rate.js';
import { kindMedians, type KindSizes } from './size-fill.js';
import { sizeSpread, UNCERTAINTY } from './uncertainty.js';

// Costs (docs/domain-rules.md, "Costs"): per workload, and summed per wave, tier or estate. A
// workload's cost keeps the terms it was computed from, so `explainCost` can say how
// without working anything out again; a 10,000-workload estate is costed on every edit.

export { round } from './effort.js';

export interface WaveDates {
  wave: number;
  start: string;
  cutover: string;
}

/** The one-time and dual-running money figures, summed the same way at every scope. */
export const COST_PARTS = ['effort', 'rehearsal', 'hypercare', 'tools', 'contingency', 'dualRunning'] as const;
export type CostPart = (typeof COST_PARTS)[number];

/** The one-time and dual-running figures, with their ranges: a workload's, and summed for a wave, a tier or the plan (totals.ts). */
export interface OneTimeFigures {
  /** One-time parts: effort (or decommissioning), its rehearsal, hypercare support, migration tools, and contingency on the first three. */
  effort: number;
  rehearsal: number;
  hypercare: number;
  tools: number;
  contingency: number;
  oneTime: number;
  oneTimeLow: number;
  oneTimeHigh: number;
  dualRunning: number;
  dualRunningLow: number;
  dualRunningHigh: number;
}

export interface WorkloadCost extends OneTimeFigures {
  workloadId: string;
  tier: Tier;
  moving: boolean;
  wave: number | null;
  /** Its current monthly cost, when recorded. */
  runBefore: number | null;
  runAfter: number;
  runAfterLow: number;
  runAfterHigh: number;
  effortDays: number;
  // The terms behind the figures, for the explanation.
  effortTerms: EffortTerms;
  run: RunRateTerms;
  hypercareDays: number;
  overlapDays: number;
}

export const DAYS_PER_MONTH = 30.4;

/** Each workload's count of dependencies, either way (the integrations its effort counts), by position in the index. */
export function linkCounts(index: Pick<EstateIndex, 'ids' | 'consumer' | 'provider'>): Int32Array {
  const links = new Int32Array(index.ids.length);
  const { consumer, provider } = index;
  for (let j = 0; j < consumer.length; j++) {
    const c = consumer[j] as number;
    const p = provider[j] as number;
    if (c >= 0) links[c] = (links[c] as number) + 1;
    if (p >= 0 && p !== c) links[p] = (links[p] as number) + 1;
  }
  return links;
}

/**
 * Every workload's costs, in the order given. `tierOf` gives the planned tier, `datesOf`
 * the wave a workload moves in (undefined: not planned).
 */
export function costWorkloads(
  workloads: readonly Workload[],
  dependencies: readonly Dependency[],
  tierOf: (id: string) => Tier,
  datesOf: (id: string) => WaveDates | undefined,
  card: RateCard,
  /** The analysis's index of these workloads and dependencies, when there is one (else one is made). */
  index?: EstateIndex,
): WorkloadCost[] {
  const idAt = (i: number) => (workloads[i] as Workload).id;
  return costWorkloadsAt(
    workloads,
    (i) => tierOf(idAt(i)),
    (i) => datesOf(idAt(i)),
    card,
    index ??
      indexEstate(
        workloads.map((w) => w.id),
        dependencies,
      ),
  );
}

/**
 * The same by estate position: `tierAt(i)` and `datesAt(i)` for workloads[i]. The cost
 * stage reads the analysis's tiers and the plan's waves by position, not by id (a
 * 100,000-workload estate is costed on every edit, and id lookups were a third of it).
 */
export function costWorkloadsAt(
  workloads: readonly Workload[],
  tierAt: (i: number) => Tier,
  datesAt: (i: number) => WaveDates | undefined,
  card: RateCard,
  index: Pick<EstateIndex, 'ids' | 'consumer' | 'provider'>,
): WorkloadCost[] {
  return costTableAt(workloads, tierAt, datesAt, card, index).objects();
}

/**
 * The same as a table of figures (cost-table.ts): what the cost stage sums. Each
 * workload's terms (its effort's and run rate's) are worked out for its figures and let
 * go; the objects, when read, work them out again by the same functions from the same
 * inputs, and take their figures from the table.
 */
export function costTableAt(
  workloads: readonly Workload[],
  tierAt: (i: number) => Tier,
  datesAt: (i: number) => WaveDates | undefined,
  card: RateCard,
  index: Pick<EstateIndex, 'ids' | 'consumer' | 'provider'>,
): CostTable {
  const { tier: tierCode, pairOf, groupOf, sizes, subscriptions } = costGroups(workloads, tierAt);
  const links = linkCounts(index);
  let medians: KindSizes | undefined;
  // One context for every workload, its counts set per workload (runRateAfter keeps none of it).
  const ctx: RunRateContext = { tier: 'multi-tenant', groupSize: 1, subscriptionGroupSize: 1, medians: () => (medians ??= kindMedians(workloads)) };
  const runAt = (i: number, out?: RunRateTerms) => {
    const w = workloads[i] as Workload;
    const tier = TIERS[tierCode[i] as number] as Tier;
    ctx.tier = tier;
    ctx.groupSize = tier === 'multi-tenant' ? 1 : (sizes[groupOf[i] as number] as number);
    ctx.subscriptionGroupSize = w.strategy === 'repurchase' ? (subscriptions[pairOf[i] as number] as number) : 1;
    return runRateAfter(w, ctx, card, out);
  };
  // Days from each wave's start to its cutover, worked out once per wave.
  const overlaps = new Map<WaveDates, number>();
  let lastDates: WaveDates | undefined;
  let lastDays = 0;
  const overlapOf = (d: WaveDates) => {
    // Neighbours often move in the same wave: the last one's days are tried first.
    if (d === lastDates) return lastDays;
    let days = overlaps.get(d);
    if (days === undefined) overlaps.set(d, (days = Math.max(0, calendarDaysBetween(d.start, d.cutover))));
    lastDates = d;
    lastDays = days;
    return days;
  };
  const table = emptyTable(workloads.length, tierCode, (t) =>
    costObjects(
      (i) => (workloads[i] as Workload).id,
      t,
      runAt,
      (i) => effortTerms(workloads[i] as Workload, links[i] as number, card),
    ),
  );
  const { figures: f, wave: waveOf, pricing, sizeSource, moving: movingOf } = table;
  // Each workload's terms are written into these two and read before the next (the objects work them out again, new).
  const runScratch = blankRunRate();
  const effortScratch = blankEffort();
  for (let i = 0; i < workloads.length; i++) {
    const w = workloads[i] as Workload;
    const moving = isMoving(w);
    const retired = w.strategy === 'retire';
    const run = runAt(i, runScratch);
    const spread = run.pricing === 'subscription' ? UNCERTAINTY.subscription : sizeSpread(run.sizeSource);
    const runAfterLow = round(run.runAfter - run.sizeDriven * (1 - spread.low) - (run.pricing === 'subscription' ? run.subscription * (1 - spread.low) : 0));
    const runAfterHigh = round(run.runAfter + run.sizeDriven * (spread.high - 1) + (run.pricing === 'subscription' ? run.subscription * (spread.high - 1) : 0));
    // Retired workloads are decommissioned: effort, no rehearsal, hypercare or tools.
    const terms = effortTerms(w, links[i] as number, card, effortScratch);
    const effortDays = moving || retired ? terms.days : 0;
    const hypercareDays = moving ? card.hypercareWeeks * card.hypercareDaysPerWeek : 0;
    const effort = round(effortDays * card.effortDayRate);
    const rehearsal = moving ? round(effort * card.rehearsalShare) : 0;
    const hypercare = round(hypercareDays * card.effortDayRate);
    const tools = moving ? card.toolsPerWorkload : 0;
    const contingency = round((effort + rehearsal + hypercare) * card.contingency);
    const oneTime = round(effort + rehearsal + hypercare + tools + contingency);
    const effortSpread = terms.recorded ? UNCERTAINTY.recordedEffort : UNCERTAINTY.estimatedEffort;
    // Effort and rehearsal scale with the effort's spread, hypercare does not; contingency follows; tools are quoted.
    const varying = effort + rehearsal;
    const fixed = hypercare;
    const withContingency = 1 + card.contingency;
    const dates = datesAt(i);
    const overlapDays = dates && moving ? overlapOf(dates) : 0;
    const dualDays = dates && moving ? overlapDays / DAYS_PER_MONTH : 0;
    const oldHosting = dates && moving ? ((w.currentMonthlyCost ?? 0) * card.parallelRunWeeks * 7) / DAYS_PER_MONTH : 0;
    const o = i * STRIDE;
    f[o + RUN_BEFORE] = w.currentMonthlyCost ?? NaN;
    f[o + RUN_AFTER] = run.runAfter;
    f[o + RUN_AFTER_LOW] = runAfterLow;
    f[o + RUN_AFTER_HIGH] = runAfterHigh;
    f[o + EFFORT_DAYS] = effortDays;
    f[o + EFFORT] = effort;
    f[o + REHEARSAL] = rehearsal;
    f[o + HYPERCARE] = hypercare;
    f[o + TOOLS] = tools;
    f[o + CONTINGENCY] = contingency;
    f[o + ONE_TIME] = oneTime;
    f[o + ONE_TIME_LOW] = oneTime === 0 ? 0 : round((varying * effortSpread.low + fixed) * withContingency + tools);
    f[o + ONE_TIME_HIGH] = oneTime === 0 ? 0 : round((varying * effortSpread.high + fixed) * withContingency + tools);
    f[o + DUAL_RUNNING] = dualDays || oldHosting ? round(run.runAfter * dualDays + oldHosting) : 0;
    f[o + DUAL_RUNNING_LOW] = dualDays || oldHosting ? round(runAfterLow * dualDays + oldHosting) : 0;
    f[o + DUAL_RUNNING_HIGH] = dualDays || oldHosting ? round(runAfterHigh * dualDays + oldHosting) : 0;
    f[o + HYPERCARE_DAYS] = hypercareDays;
    f[o + OVERLAP_DAYS] = overlapDays;
    f[o + LICENCE] = run.licence;
    f[o + SUPPORT] = run.support;
    f[o + SUBSCRIPTION] = run.subscription;
    f[o + COMMITMENT] = run.commitment;
    waveOf[i] = dates ? dates.wave : NO_WAVE;
    pricing[i] = PRICINGS.indexOf(run.pricing);
    sizeSource[i] = SIZE_SOURCES.indexOf(run.sizeSource);
    movingOf[i] = moving ? 1 : 0;
  }
  return table;
}

/** Each wave's start and cutover, by wave number. */
export function waveDates(waves: readonly Pick<Wave, 'number' | 'start' | 'cutover'>[]): Map<number, WaveDates> {
  return new Map(waves.map((w) => [w.number, { wave: w.number, start: w.start, cutover: w.cutover }]));
}

/** Every workload's costs under a plan: the wave a workload moves in gives its dates. */
export function costPlan(
  workloads: readonly Workload[],
  dependencies: readonly Dependency[],
  tierOf: (id: string) => Tier,
  plan: Pick<Plan, 'waves' | 'waveOf'>,
  card: RateCard,
  index?: EstateIndex,
): { costs: WorkloadCost[]; datesOfWave: Map<number, WaveDates> } {
  const datesOfWave = waveDates(plan.waves);
  return { costs: costWorkloads(workloads, dependencies, tierOf, (id) => datesOfWave.get(plan.waveOf.get(id) ?? -1), card, index), datesOfWave };
}

/** The same by estate position (the cost stage's): `workloads` in the order of `index`. */
export function costPlanAt(
  workloads: readonly Workload[],
  tierAt: (i: number) => Tier,
  plan: Pick<Plan, 'waves' | 'waveOf'>,
  card: RateCard,
  index: Pick<EstateIndex, 'ids' | 'indexOf' | 'consumer' | 'provider'>,
  /** The plan's members by estate position, when the report has them. */
  positions?: WavePositions,
): { table: CostTable; datesOfWave: Map<number, WaveDates> } {
  const datesOfWave = waveDates(plan.waves);
  // By wave number, an array: wave numbers are small and dense.
  const byNumber: (WaveDates | undefined)[] = [];
  for (const [n, d] of datesOfWave) if (n >= 0) byNumber[n] = d;
  // The waves' members looked up in wave order: a third of the time of looking each workload up in plan.waveOf.
  const { waveAt } = positions ?? wavePositions(plan, index, workloads.length);
  const datesAt = (i: number) => {
    const wave = waveAt[i] as number;
    return wave < 0 ? undefined : byNumber[wave];
  };
  return { table: costTableAt(workloads, tierAt, datesAt, card, index), datesOfWave };
}
