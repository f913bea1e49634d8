import { differenceInCalendarDays, parseISO } from 'date-fns';
import { ENVIRONMENTS, TIERS, type Tier } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import type { Plan, Wave } from '../planner/plan-types.js';
import { holdsProductionData } from '../domain/production-data.js';
import type { RateCard } from './rate-card.js';
import { isMoving } from '../domain/moving.js';

// Costs (docs/domain-rules.md, "Costs"): per workload, and summed per wave, tier or estate. A
// workload's cost keeps the terms it was computed from, so `explainCost` can say how
// without working anything out again; a 10,000-workload estate is costed on every edit.

export interface WaveDates {
  wave: number;
  start: string;
  cutover: string;
}

/** The money figures, summed the same way at every scope. */
export const COST_PARTS = ['effort', 'rehearsal', 'hypercare', 'contingency', 'dualRunning'] as const;
export type CostPart = (typeof COST_PARTS)[number];

export interface WorkloadCost {
  workloadId: string;
  tier: Tier;
  moving: boolean;
  wave: number | null;
  /** Its current monthly cost, when recorded. */
  runBefore: number | null;
  runAfter: number;
  effortDays: number;
  /** One-time parts: effort, its rehearsal, hypercare support, and contingency on all three. */
  effort: number;
  rehearsal: number;
  hypercare: number;
  contingency: number;
  oneTime: number;
  dualRunning: number;
  // The terms behind the figures, for the explanation.
  resources: number;
  baseShare: number;
  groupSize: number;
  discount: number;
  hypercareDays: number;
  overlapDays: number;
}

export const DAYS_PER_MONTH = 30.4;
export const round = (n: number) => Math.round(n * 100) / 100;

/** Effort days: the recorded figure, else the card's default for its kind and strategy, plus data size. */
export function effortDaysFor(w: Workload, card: RateCard): number {
  if (w.effortDays !== null) return w.effortDays;
  const data = w.databaseGb ? (w.databaseGb / 500) * card.effortDaysPer500Gb : 0;
  return round((card.effortDaysByKind[w.kind] ?? 0) * (card.strategyFactor[w.strategy ?? 'rehost'] ?? 1) + data);
}

/**
 * Dedicated base fees are paid once per system, tenant and environment on that tier.
 * The group is a number from nested maps: a key string per workload would cost more
 * than the rest of the costing on a 10,000-workload estate.
 */
function groupNumbers(workloads: readonly Workload[], tiers: readonly Tier[]): { groupOf: Int32Array; sizes: Map<number, number> } {
  const pairs = new Map<string, Map<string, number>>();
  let nextPair = 0;
  const groupOf = new Int32Array(workloads.length).fill(-1);
  const sizes = new Map<number, number>();
  for (let i = 0; i < workloads.length; i++) {
    const tier = tiers[i] as Tier;
    if (tier === 'multi-tenant') continue;
    const w = workloads[i] as Workload;
    let tenants = pairs.get(w.system);
    if (!tenants) pairs.set(w.system, (tenants = new Map()));
    let pair = tenants.get(w.tenant);
    if (pair === undefined) tenants.set(w.tenant, (pair = nextPair++));
    const group = (pair * TIERS.length + TIERS.indexOf(tier)) * ENVIRONMENTS.length + ENVIRONMENTS.indexOf(w.environment);
    groupOf[i] = group;
    sizes.set(group, (sizes.get(group) ?? 0) + 1);
  }
  return { groupOf, sizes };
}

/**
 * Every workload's costs, in the order given. `tierOf` gives the planned tier, `datesOf`
 * the wave a workload moves in (undefined: not planned).
 */
export function costWorkloads(workloads: readonly Workload[], tierOf: (id: string) => Tier, datesOf: (id: string) => WaveDates | undefined, card: RateCard): WorkloadCost[] {
  const tiers = workloads.map((w) => tierOf(w.id));
  const { groupOf, sizes } = groupNumbers(workloads, tiers);
  // Days from each wave's start to its cutover, worked out once per wave.
  const overlaps = new Map<WaveDates, number>();
  const overlapOf = (d: WaveDates) => {
    let days = overlaps.get(d);
    if (days === undefined) overlaps.set(d, (days = Math.max(0, differenceInCalendarDays(parseISO(d.cutover), parseISO(d.start)))));
    return days;
  };
  const costs: WorkloadCost[] = [];
  for (let i = 0; i < workloads.length; i++) {
    const w = workloads[i] as Workload;
    const tier = tiers[i] as Tier;
    const moving = isMoving(w);
    const size = sizes.get(groupOf[i] as number) ?? 1;
    const resources = round((w.vcpu ?? 0) * card.vcpuMonth + (w.memoryGb ?? 0) * card.memoryGbMonth + (w.storageGb ?? 0) * (card.storageGbMonth + card.backupGbMonth));
    const baseShare = round(tier === 'multi-tenant' ? card.platformShareMonth : (tier === 'dedicated-database' ? card.dedicatedDatabaseBaseMonth : card.dedicatedEnvironmentBaseMonth) / size);
    const discount = holdsProductionData(w) ? 0 : card.nonProductionDiscount;
    const runAfter = moving ? round((resources + baseShare) * (1 - discount)) : w.strategy === 'retain' ? (w.currentMonthlyCost ?? 0) : 0;
    const effortDays = moving ? effortDaysFor(w, card) : 0;
    const hypercareDays = moving ? card.hypercareWeeks * card.hypercareDaysPerWeek : 0;
    const effort = round(effortDays * card.effortDayRate);
    const rehearsal = round(effort * card.rehearsalShare);
    const hypercare = round(hypercareDays * card.effortDayRate);
    const contingency = round((effort + rehearsal + hypercare) * card.contingency);
    const dates = datesOf(w.id);
    const overlapDays = dates && moving ? overlapOf(dates) : 0;
    const dualRunning = dates && moving ? round((runAfter * overlapDays) / DAYS_PER_MONTH + ((w.currentMonthlyCost ?? 0) * card.parallelRunWeeks * 7) / DAYS_PER_MONTH) : 0;
    costs.push({
      workloadId: w.id,
      tier,
      moving,
      wave: dates?.wave ?? null,
      runBefore: w.currentMonthlyCost,
      runAfter,
      effortDays,
      effort,
      rehearsal,
      hypercare,
      contingency,
      oneTime: round(effort + rehearsal + hypercare + contingency),
      dualRunning,
      resources,
      baseShare,
      groupSize: size,
      discount,
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
  tierOf: (id: string) => Tier,
  plan: Pick<Plan, 'waves' | 'waveOf'>,
  card: RateCard,
): { costs: WorkloadCost[]; datesOfWave: Map<number, WaveDates> } {
  const datesOfWave = waveDates(plan.waves);
  return { costs: costWorkloads(workloads, tierOf, (id) => datesOfWave.get(plan.waveOf.get(id) ?? -1), card), datesOfWave };
}

export interface CostTotals {
  workloads: number;
  /** Of which this many have a recorded current cost. */
  runBeforeKnown: number;
  runBefore: number;
  runAfter: number;
  effort: number;
  rehearsal: number;
  hypercare: number;
  contingency: number;
  oneTime: number;
  dualRunning: number;
}

export const emptyTotals = (): CostTotals => ({ workloads: 0, runBeforeKnown: 0, runBefore: 0, runAfter: 0, effort: 0, rehearsal: 0, hypercare: 0, contingency: 0, oneTime: 0, dualRunning: 0 });

/** Adds one workload's figures to a total. */
export function addTo(total: CostTotals, c: WorkloadCost): void {
  total.workloads++;
  if (c.runBefore !== null) {
    total.runBeforeKnown++;
    total.runBefore += c.runBefore;
  }
  total.runAfter += c.runAfter;
  total.effort += c.effort;
  total.rehearsal += c.rehearsal;
  total.hypercare += c.hypercare;
  total.contingency += c.contingency;
  total.oneTime += c.oneTime;
  total.dualRunning += c.dualRunning;
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
