import { TIERS, type Tier } from '../domain/enums.js';
import type { WorkloadCost } from './costs.js';
import type { EffortTerms } from './effort.js';
import type { Pricing, RunRateTerms, SizeSource } from './run-rate.js';

// Every workload's cost figures as numbers in one typed array, by estate position, with
// its pricing, wave and tier beside them: what the sums, the spend, the business case
// lines and the completeness read. A 100,000-workload estate is costed on every edit, and
// keeping 100,000 cost objects (each with its terms) alive cost more in garbage
// collection than the costing itself; the objects, with their terms for the explanation,
// are made when a view, the workbook or the board pack first reads them (`objects()`),
// from these same figures.

/** The figures kept per workload, in this order (offsets below). */
export const FIGURES = [
  'runBefore',
  'runAfter',
  'runAfterLow',
  'runAfterHigh',
  'effortDays',
  'effort',
  'rehearsal',
  'hypercare',
  'tools',
  'contingency',
  'oneTime',
  'oneTimeLow',
  'oneTimeHigh',
  'dualRunning',
  'dualRunningLow',
  'dualRunningHigh',
  'hypercareDays',
  'overlapDays',
  'licence',
  'support',
  'subscription',
  'commitment',
] as const;
export type Figure = (typeof FIGURES)[number];

/** Offsets of the figures within a workload's row (constants, so the hot loops read no table). */
export const RUN_BEFORE = 0;
export const RUN_AFTER = 1;
export const RUN_AFTER_LOW = 2;
export const RUN_AFTER_HIGH = 3;
export const EFFORT_DAYS = 4;
export const EFFORT = 5;
export const REHEARSAL = 6;
export const HYPERCARE = 7;
export const TOOLS = 8;
export const CONTINGENCY = 9;
export const ONE_TIME = 10;
export const ONE_TIME_LOW = 11;
export const ONE_TIME_HIGH = 12;
export const DUAL_RUNNING = 13;
export const DUAL_RUNNING_LOW = 14;
export const DUAL_RUNNING_HIGH = 15;
export const HYPERCARE_DAYS = 16;
export const OVERLAP_DAYS = 17;
export const LICENCE = 18;
export const SUPPORT = 19;
export const SUBSCRIPTION = 20;
export const COMMITMENT = 21;
/** Figures per workload. */
export const STRIDE = FIGURES.length;

export const PRICINGS: readonly Pricing[] = ['hosted', 'subscription', 'retained', 'retired'];
export const HOSTED = 0;
export const SUBSCRIBED = 1;
export const RETAINED = 2;
export const RETIRED = 3;
export const SIZE_SOURCES: readonly SizeSource[] = ['measured', 'recorded', 'imputed'];
export const MEASURED = 0;
export const IMPUTED = 2;

/** In the wave column: not planned in a wave (wave numbers may be any integer a plan gives). */
export const NO_WAVE = -2147483648;

export interface CostTable {
  /** Workloads costed. */
  readonly count: number;
  /** STRIDE figures per workload, workload i's at i × STRIDE; runBefore is NaN when not recorded. */
  readonly figures: Float64Array;
  /** The wave it moves in, NO_WAVE when none. */
  readonly wave: Int32Array;
  /** Its pricing, an index into PRICINGS. */
  readonly pricing: Uint8Array;
  /** Where its size came from, an index into SIZE_SOURCES. */
  readonly sizeSource: Uint8Array;
  /** 1 when it moves (isMoving). */
  readonly moving: Uint8Array;
  /** Its planned tier, an index into TIERS. */
  readonly tier: Uint8Array;
  /** Every workload's cost as an object, with the terms behind it: made when first read, then kept. */
  objects(): WorkloadCost[];
}

/** An empty table of `count` workloads, to fill; `objects` makes the objects from it. */
export function emptyTable(count: number, tier: Uint8Array, objects: (table: CostTable) => WorkloadCost[]): CostTable {
  let made: WorkloadCost[] | undefined;
  const table: CostTable = {
    count,
    figures: new Float64Array(count * STRIDE),
    wave: new Int32Array(count),
    pricing: new Uint8Array(count),
    sizeSource: new Uint8Array(count),
    moving: new Uint8Array(count),
    tier,
    objects: () => (made ??= objects(table)),
  };
  return table;
}

/** The table of costs already made as objects (a test's, or a caller's of costWorkloads): the same figures, read the same way. */
export function tableOf(costs: readonly WorkloadCost[]): CostTable {
  const table = emptyTable(
    costs.length,
    Uint8Array.from(costs, (c) => TIERS.indexOf(c.tier)),
    () => costs as WorkloadCost[],
  );
  const { figures, wave, pricing, sizeSource, moving } = table;
  costs.forEach((c, i) => {
    const o = i * STRIDE;
    figures[o + RUN_BEFORE] = c.runBefore ?? NaN;
    figures[o + RUN_AFTER] = c.runAfter;
    figures[o + RUN_AFTER_LOW] = c.runAfterLow;
    figures[o + RUN_AFTER_HIGH] = c.runAfterHigh;
    figures[o + EFFORT_DAYS] = c.effortDays;
    figures[o + EFFORT] = c.effort;
    figures[o + REHEARSAL] = c.rehearsal;
    figures[o + HYPERCARE] = c.hypercare;
    figures[o + TOOLS] = c.tools;
    figures[o + CONTINGENCY] = c.contingency;
    figures[o + ONE_TIME] = c.oneTime;
    figures[o + ONE_TIME_LOW] = c.oneTimeLow;
    figures[o + ONE_TIME_HIGH] = c.oneTimeHigh;
    figures[o + DUAL_RUNNING] = c.dualRunning;
    figures[o + DUAL_RUNNING_LOW] = c.dualRunningLow;
    figures[o + DUAL_RUNNING_HIGH] = c.dualRunningHigh;
    figures[o + HYPERCARE_DAYS] = c.hypercareDays;
    figures[o + OVERLAP_DAYS] = c.overlapDays;
    figures[o + LICENCE] = c.run.licence;
    figures[o + SUPPORT] = c.run.support;
    figures[o + SUBSCRIPTION] = c.run.subscription;
    figures[o + COMMITMENT] = c.run.commitment;
    wave[i] = c.wave ?? NO_WAVE;
    pricing[i] = PRICINGS.indexOf(c.run.pricing);
    sizeSource[i] = SIZE_SOURCES.indexOf(c.run.sizeSource);
    moving[i] = c.moving ? 1 : 0;
  });
  return table;
}

/** A table as given, or made from the objects given. */
export const asTable = (costs: CostTable | readonly WorkloadCost[]): CostTable => ('figures' in costs ? costs : tableOf(costs));

/** Workload i's current monthly cost, null when not recorded. */
export function runBeforeAt(t: CostTable, i: number): number | null {
  const x = t.figures[i * STRIDE + RUN_BEFORE] as number;
  return Number.isNaN(x) ? null : x;
}

/** Every workload's cost object, its figures from the table and its terms worked out again. */
export function costObjects(idAt: (i: number) => string, t: CostTable, runAt: (i: number) => RunRateTerms, termsAt: (i: number) => EffortTerms): WorkloadCost[] {
  const f = t.figures;
  const costs = new Array<WorkloadCost>(t.count);
  for (let i = 0; i < t.count; i++) {
    const o = i * STRIDE;
    const wave = t.wave[i] as number;
    costs[i] = {
      workloadId: idAt(i),
      tier: TIERS[t.tier[i] as number] as Tier,
      moving: t.moving[i] === 1,
      wave: wave === NO_WAVE ? null : wave,
      runBefore: runBeforeAt(t, i),
      runAfter: f[o + RUN_AFTER] as number,
      runAfterLow: f[o + RUN_AFTER_LOW] as number,
      runAfterHigh: f[o + RUN_AFTER_HIGH] as number,
      effortDays: f[o + EFFORT_DAYS] as number,
      effort: f[o + EFFORT] as number,
      rehearsal: f[o + REHEARSAL] as number,
      hypercare: f[o + HYPERCARE] as number,
      tools: f[o + TOOLS] as number,
      contingency: f[o + CONTINGENCY] as number,
      oneTime: f[o + ONE_TIME] as number,
      oneTimeLow: f[o + ONE_TIME_LOW] as number,
      oneTimeHigh: f[o + ONE_TIME_HIGH] as number,
      dualRunning: f[o + DUAL_RUNNING] as number,
      dualRunningLow: f[o + DUAL_RUNNING_LOW] as number,
      dualRunningHigh: f[o + DUAL_RUNNING_HIGH] as number,
      effortTerms: termsAt(i),
      run: runAt(i),
      hypercareDays: f[o + HYPERCARE_DAYS] as number,
      overlapDays: f[o + OVERLAP_DAYS] as number,
    };
  }
  return costs;
}
