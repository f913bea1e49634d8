import type { Dependency } from '../domain/dependency.js';
import { indexEstate, type EstateIndex } from '../domain/estate-index.js';
import { wavePositions, type WavePositions } from '../domain/wave-positions.js';
import { ENVIRONMENTS, TIERS, type Tier } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import type { Plan, Wave } from '../planner/plan-types.js';
import { isMoving } from '../domain/moving.js';
import { calendarDaysBetween } from './calendar-days.js';
import { effortTerms, round, type EffortTerms } from './effort.js';
import type { RateCard } from './rate-card.js';
import { runRateAfter, type RunRateContext, type RunRateTerms } from './run-rate.js';
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

/**
 * Each workload's system and tenant as a number, from nested maps (a key string per
 * workload would cost more than the rest of the costing). Neighbours mostly share both,
 * so the last pair is tried first and most workloads are numbered without a lookup.
 */
function pairNumbers(workloads: readonly Workload[]): { pairOf: Int32Array; pairs: number } {
  const tenantsOf = new Map<string, Map<string, number>>();
  const pairOf = new Int32Array(workloads.length);
  let pairs = 0;
  let lastSystem: string | undefined;
  let lastTenant: string | undefined;
  let last = -1;
  for (let i = 0; i < workloads.length; i++) {
    const { system, tenant } = workloads[i] as Workload;
    if (system !== lastSystem || tenant !== lastTenant) {
      let tenants = tenantsOf.get(system);
      if (!tenants) tenantsOf.set(system, (tenants = new Map()));
      let pair = tenants.get(tenant);
      if (pair === undefined) tenants.set(tenant, (pair = pairs++));
      lastSystem = system;
      lastTenant = tenant;
      last = pair;
    }
    pairOf[i] = last;
  }
  return { pairOf, pairs };
}

/** Dedicated premiums are paid once per system, tenant and environment on that tier: each workload's group on a dedicated tier (-1 on multi-tenant), and the groups' sizes. */
function groupNumbers(workloads: readonly Workload[], tiers: readonly Tier[], pairOf: Int32Array, pairs: number): { groupOf: Int32Array; sizes: Int32Array } {
  const groupOf = new Int32Array(workloads.length).fill(-1);
  const sizes = new Int32Array(pairs * TIERS.length * ENVIRONMENTS.length);
  for (let i = 0; i < workloads.length; i++) {
    const tier = tiers[i] as Tier;
    if (tier === 'multi-tenant') continue;
    const group = ((pairOf[i] as number) * TIERS.length + TIERS.indexOf(tier)) * ENVIRONMENTS.length + ENVIRONMENTS.indexOf((workloads[i] as Workload).environment);
    groupOf[i] = group;
    sizes[group] = (sizes[group] as number) + 1;
  }
  return { groupOf, sizes };
}

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
  const tiers = new Array<Tier>(workloads.length);
  for (let i = 0; i < workloads.length; i++) tiers[i] = tierAt(i);
  const { pairOf, pairs } = pairNumbers(workloads);
  const { groupOf, sizes } = groupNumbers(workloads, tiers, pairOf, pairs);
  const links = linkCounts(index);
  let medians: KindSizes | undefined;
  // One context for every workload, its counts set per workload (runRateAfter keeps none of it).
  const ctx: RunRateContext = { tier: 'multi-tenant', groupSize: 1, subscriptionGroupSize: 1, medians: () => (medians ??= kindMedians(workloads)) };
  // One subscription per system and tenant, shared by its repurchased workloads.
  const subscriptions = new Int32Array(pairs);
  for (let i = 0; i < workloads.length; i++) if ((workloads[i] as Workload).strategy === 'repurchase') subscriptions[pairOf[i] as number] = (subscriptions[pairOf[i] as number] as number) + 1;
  // Days from each wave's start to its cutover, worked out once per wave.
  const overlaps = new Map<WaveDates, number>();
  const overlapOf = (d: WaveDates) => {
    let days = overlaps.get(d);
    if (days === undefined) overlaps.set(d, (days = Math.max(0, calendarDaysBetween(d.start, d.cutover))));
    return days;
  };
  const costs: WorkloadCost[] = [];
  for (let i = 0; i < workloads.length; i++) {
    const w = workloads[i] as Workload;
    const tier = tiers[i] as Tier;
    const moving = isMoving(w);
    const retired = w.strategy === 'retire';
    ctx.tier = tier;
    ctx.groupSize = tier === 'multi-tenant' ? 1 : (sizes[groupOf[i] as number] as number);
    ctx.subscriptionGroupSize = w.strategy === 'repurchase' ? (subscriptions[pairOf[i] as number] as number) : 1;
    const run = runRateAfter(w, ctx, card);
    const spread = run.pricing === 'subscription' ? UNCERTAINTY.subscription : sizeSpread(run.sizeSource);
    const runAfterLow = round(run.runAfter - run.sizeDriven * (1 - spread.low) - (run.pricing === 'subscription' ? run.subscription * (1 - spread.low) : 0));
    const runAfterHigh = round(run.runAfter + run.sizeDriven * (spread.high - 1) + (run.pricing === 'subscription' ? run.subscription * (spread.high - 1) : 0));
    // Retired workloads are decommissioned: effort, no rehearsal, hypercare or tools.
    const terms = effortTerms(w, links[i] as number, card);
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
    costs.push({
      workloadId: w.id,
      tier,
      moving,
      wave: dates?.wave ?? null,
      runBefore: w.currentMonthlyCost,
      runAfter: run.runAfter,
      runAfterLow,
      runAfterHigh,
      effortDays,
      effort,
      rehearsal,
      hypercare,
      tools,
      contingency,
      oneTime,
      oneTimeLow: oneTime === 0 ? 0 : round((varying * effortSpread.low + fixed) * withContingency + tools),
      oneTimeHigh: oneTime === 0 ? 0 : round((varying * effortSpread.high + fixed) * withContingency + tools),
      dualRunning: dualDays || oldHosting ? round(run.runAfter * dualDays + oldHosting) : 0,
      dualRunningLow: dualDays || oldHosting ? round(runAfterLow * dualDays + oldHosting) : 0,
      dualRunningHigh: dualDays || oldHosting ? round(runAfterHigh * dualDays + oldHosting) : 0,
      effortTerms: terms,
      run,
      hypercareDays,
      overlapDays,
    });
  }
  return costs;
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
): { costs: WorkloadCost[]; datesOfWave: Map<number, WaveDates> } {
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
  return { costs: costWorkloadsAt(workloads, tierAt, datesAt, card, index), datesOfWave };
}
