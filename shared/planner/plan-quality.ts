import type { Dependency } from '../domain/dependency.js';
import type { DependencyKind } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import type { Plan, Wave } from './plan-types.js';
import { effortDays } from './unit-facts.js';

// How good a plan is, in the figures a migration lead is asked for in the steering
// meeting: how long the estate runs split across two places (hybrid links and how many
// days each stays open), how many waves and when the last cutover is, how even the
// waves are, and how long and at what cost workloads run in both places. Pure and
// cheap (one pass over the waves and their hybrid links), so the report works it out
// beside the plan and the Waves view and the workbook's Summary read the same figures.

/** The spread of a figure over the waves that move something. */
export interface Spread {
  min: number;
  max: number;
  mean: number;
  /** Standard deviation over the mean (0: perfectly even; 0.5: a wave is typically half again or half under). */
  cv: number;
}

export interface KindLinks {
  kind: DependencyKind;
  links: number;
  linkDays: number;
}

export interface LongLink {
  dependencyId: string;
  opensInWave: number;
  closesInWave: number;
  days: number;
}

export interface HybridQuality {
  /** Every dependency that runs across the boundary at some point (each counted once). */
  links: number;
  /** Of those, links whose second end moves later: they close, after `linkDays` between them. */
  closing: number;
  /** Days between the first end's cutover and the second's, summed over the closing links. */
  linkDays: number;
  /** Links whose other end never moves (retired or retained): they stay hybrid; not counted in days. */
  openEnded: number;
  /** Links whose other end is held back by the readiness gates: open until it is planned. */
  heldBack: number;
  /** By dependency kind, most links first. */
  byKind: KindLinks[];
  /** The longest-running closing links, longest first (at most five). */
  longest: LongLink[];
}

/**
 * The costs' own figures for dual running (shared/costs: a WorkloadCost has these
 * fields): the new hosting runs from the wave's start to its cutover (`overlapDays`),
 * the old one through the rate card's parallel run after it. Taken as they are, so the
 * days and the money here are the Costs view's, not a second estimate.
 */
export interface DualRunningTerms {
  workloads: readonly { workloadId: string; moving: boolean; wave: number | null; overlapDays: number; dualRunning: number }[];
  parallelRunDays: number;
}

export interface DualRunningQuality {
  /** Moved workloads counted. */
  workloads: number;
  /** Days each runs in both places: overlap before its cutover plus the parallel run after it. */
  days: Spread;
  /** Sum over the workloads: workload-days of running twice. */
  workloadDays: number;
  /** The costs' dual-running money for the planned workloads. */
  cost: number;
}

export interface PlanQuality {
  /** Waves that move something (a foundation wave or an emptied wave is not counted). */
  waves: number;
  /** The last cutover of a wave that moves something; null when nothing moves. */
  endDate: string | null;
  /** The first wave's start, for the plan's length. */
  startDate: string | null;
  /** Workloads per wave that moves something. */
  size: Spread | null;
  /** Effort days per wave (recorded, else the planner's estimate, as the effort cap counts them). */
  effort: Spread | null;
  /** Share of moved workloads whose effort is recorded rather than estimated, 0 to 1. */
  effortRecorded: number;
  hybrid: HybridQuality;
  /** Null when no cost figures were given (the planner alone has no rate card). */
  dualRunning: DualRunningQuality | null;
  /** Steps on the critical path (the plan's chain that sets the end date). */
  criticalSteps: number;
}

const LONGEST = 5;

export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  const cv = mean === 0 ? 0 : Math.sqrt(squares / values.length) / mean;
  return { min, max, mean, cv };
}

const DAY_MS = 86_400_000;
/** An ISO date as a day number: calendar days apart are a subtraction (UTC midnights, so no daylight saving shift). */
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);

function hybridQuality(plan: Pick<Plan, 'waves' | 'heldBack'>, dependencies: readonly Dependency[]): HybridQuality {
  // Each wave's cutover as a day number, worked out once: a large plan has tens of thousands of links over a few hundred waves.
  const cutoverDay = new Map(plan.waves.map((w) => [w.number, dayNumber(w.cutover)]));
  const kindOf = new Map(dependencies.map((d) => [d.id, d]));
  const heldBack = new Set(plan.heldBack.map((h) => h.workloadId));
  // A closing link is listed on both its waves: count it once.
  const seen = new Set<string>();
  const byKind = new Map<DependencyKind, KindLinks>();
  const closingLinks: LongLink[] = [];
  const quality: HybridQuality = { links: 0, closing: 0, linkDays: 0, openEnded: 0, heldBack: 0, byKind: [], longest: [] };
  for (const wave of plan.waves) {
    for (const link of wave.hybridLinks) {
      if (seen.has(link.dependencyId)) continue;
      seen.add(link.dependencyId);
      const dependency = kindOf.get(link.dependencyId);
      const kind = dependency?.kind ?? 'other';
      let perKind = byKind.get(kind);
      if (!perKind) byKind.set(kind, (perKind = { kind, links: 0, linkDays: 0 }));
      quality.links++;
      perKind.links++;
      if (link.closesInWave === null) {
        // The other end stays where it is: held back (it may yet move) or not migrating.
        const held = dependency !== undefined && (heldBack.has(dependency.consumerId) || heldBack.has(dependency.providerId));
        if (held) quality.heldBack++;
        else quality.openEnded++;
        continue;
      }
      const from = cutoverDay.get(link.opensInWave);
      const to = cutoverDay.get(link.closesInWave);
      const days = from !== undefined && to !== undefined ? Math.max(0, to - from) : 0;
      quality.closing++;
      quality.linkDays += days;
      perKind.linkDays += days;
      closingLinks.push({ dependencyId: link.dependencyId, opensInWave: link.opensInWave, closesInWave: link.closesInWave, days });
    }
  }
  quality.byKind = [...byKind.values()].sort((a, b) => b.links - a.links || b.linkDays - a.linkDays || a.kind.localeCompare(b.kind));
  quality.longest = closingLinks.sort((a, b) => b.days - a.days || a.dependencyId.localeCompare(b.dependencyId)).slice(0, LONGEST);
  return quality;
}

function dualRunningQuality(terms: DualRunningTerms): DualRunningQuality {
  const days: number[] = [];
  let cost = 0;
  for (const c of terms.workloads) {
    if (!c.moving || c.wave === null) continue;
    days.push(c.overlapDays + terms.parallelRunDays);
    cost += c.dualRunning;
  }
  const spread = spreadOf(days) ?? { min: 0, max: 0, mean: 0, cv: 0 };
  return { workloads: days.length, days: spread, workloadDays: days.reduce((a, b) => a + b, 0), cost: Math.round(cost * 100) / 100 };
}

/**
 * The plan's quality figures. `dualRunning`: the costs' terms (see DualRunningTerms);
 * without them the dual-running figures are null rather than estimated a second way.
 */
export function planQuality(plan: Pick<Plan, 'waves' | 'heldBack' | 'criticalPath'>, dependencies: readonly Dependency[], workloads: readonly Workload[], dualRunning?: DualRunningTerms): PlanQuality {
  const moving = plan.waves.filter((w: Wave) => w.cutoverOrder.length > 0);
  const byId = new Map(workloads.map((w) => [w.id, w]));
  let recorded = 0;
  let moved = 0;
  const efforts = moving.map((wave) => {
    let sum = 0;
    for (const id of wave.cutoverOrder) {
      const w = byId.get(id);
      if (!w) continue;
      moved++;
      if (w.effortDays !== null) recorded++;
      sum += effortDays(w);
    }
    return sum;
  });
  return {
    waves: moving.length,
    startDate: moving.reduce<string | null>((m, w) => (m === null || w.start < m ? w.start : m), null),
    endDate: moving.reduce<string | null>((m, w) => (m === null || w.cutover > m ? w.cutover : m), null),
    size: spreadOf(moving.map((w) => w.cutoverOrder.length)),
    effort: spreadOf(efforts),
    effortRecorded: moved === 0 ? 0 : recorded / moved,
    hybrid: hybridQuality(plan, dependencies),
    dualRunning: dualRunning ? dualRunningQuality(dualRunning) : null,
    criticalSteps: plan.criticalPath.length,
  };
}
