import type { Tier } from '../domain/enums.js';
import { holdsProductionData } from '../domain/production-data.js';
import type { Workload } from '../domain/workload.js';
import { commitmentDiscount, type RateCard } from './rate-card.js';
import type { KindSizes } from './size-fill.js';

// The monthly run rate after the move, by strategy (docs/domain-rules.md, "Costs", "Run
// rate after"): hosted (rehost, replatform, refactor) on the rate card, right-sized where
// utilisation is measured; repurchase as a subscription; retained at its current cost;
// retired at nothing. Each term is kept for the explanation and the ranges.

export type Pricing = 'hosted' | 'subscription' | 'retained' | 'retired';
/** Where the size came from: recorded and measured, recorded only, or the kind's median. */
export type SizeSource = 'measured' | 'recorded' | 'imputed';

export interface RunRateTerms {
  pricing: Pricing;
  sizeSource: SizeSource;
  /** vCPU and memory bought: right-sized when measured, else as recorded (or the kind's median). */
  vcpu: number;
  memoryGb: number;
  storageGb: number;
  compute: number;
  /** Taken off compute by the card's commitment (production and DR only). */
  commitment: number;
  storage: number;
  platformShare: number;
  /** The dedicated tier's premium share, on top of the platform share: what isolation costs. */
  isolationPremium: number;
  groupSize: number;
  discount: number;
  licence: number;
  support: number;
  subscription: number;
  /** Workloads the subscription is shared by (per tenant), or its users (per user). */
  subscriptionShare: number;
  runAfter: number;
  /** The part of the run rate that scales with the size (for the range). */
  sizeDriven: number;
}

const round = (n: number) => Math.round(n * 100) / 100;
/** Terms to fill, every field in the order runRateAfter writes them (so every workload's terms share one shape). */
export const blankRunRate = (): RunRateTerms => ({
  pricing: 'hosted',
  sizeSource: 'recorded',
  vcpu: 0,
  memoryGb: 0,
  storageGb: 0,
  compute: 0,
  commitment: 0,
  storage: 0,
  platformShare: 0,
  isolationPremium: 0,
  groupSize: 1,
  discount: 0,
  licence: 0,
  support: 0,
  subscription: 0,
  subscriptionShare: 0,
  runAfter: 0,
  sizeDriven: 0,
});

/** The terms of a workload that is not hosted (retired, retained, subscribed), written into `out`. */
function notHosted(out: RunRateTerms, pricing: Exclude<Pricing, 'hosted'>, runAfter: number, subscription = 0, subscriptionShare = 0): RunRateTerms {
  out.pricing = pricing;
  out.sizeSource = 'recorded';
  out.vcpu = 0;
  out.memoryGb = 0;
  out.storageGb = 0;
  out.compute = 0;
  out.commitment = 0;
  out.storage = 0;
  out.platformShare = 0;
  out.isolationPremium = 0;
  out.groupSize = 1;
  out.discount = 0;
  out.licence = 0;
  out.support = 0;
  out.subscription = subscription;
  out.subscriptionShare = subscriptionShare;
  out.runAfter = runAfter;
  out.sizeDriven = 0;
  return out;
}

const NO_SIZE = { vcpu: 0, memoryGb: 0, storageGb: 0 } as const;

/** What is bought for a measured peak: the recorded size × peak × (1 + headroom), whole units, at least 1. */
export function rightSized(recorded: number, peakPct: number | null, headroom: number): number {
  if (peakPct === null || recorded === 0) return recorded;
  return Math.max(1, Math.ceil(recorded * (peakPct / 100) * (1 + headroom) - 1e-9));
}

/** Per GB a month: object storage and backup workloads hold objects (no backup on top); the others block storage and its backup. */
export function storageRate(w: Pick<Workload, 'kind'>, card: RateCard): number {
  return w.kind === 'object-storage' || w.kind === 'backup' ? card.objectStorageGbMonth : card.storageGbMonth + card.backupGbMonth;
}

export interface RunRateContext {
  tier: Tier;
  /** Workloads of its system, tenant and environment on its (dedicated) tier. */
  groupSize: number;
  /** Repurchased workloads of its system and tenant (sharing one subscription). */
  subscriptionGroupSize: number;
  /** The kinds' median sizes, worked out the first time a size is missing. */
  medians(): KindSizes;
}

/**
 * A workload's run rate after the move, with its terms. `out`: terms to write them into
 * (the cost table passes one for every workload: 100,000 sets of terms kept for nothing
 * were most of the costing's garbage); a new set when not given.
 */
export function runRateAfter(w: Workload, ctx: RunRateContext, card: RateCard, out: RunRateTerms = blankRunRate()): RunRateTerms {
  const strategy = w.strategy ?? 'rehost';
  if (strategy === 'retire') return notHosted(out, 'retired', 0);
  if (strategy === 'retain') return notHosted(out, 'retained', w.currentMonthlyCost ?? 0);
  if (strategy === 'repurchase') {
    const perUser = card.saasPricing === 'per-user';
    const subscription = round(perUser ? (w.users ?? 0) * card.saasUserMonth : card.saasTenantMonth / ctx.subscriptionGroupSize);
    return notHosted(out, 'subscription', subscription, subscription, perUser ? (w.users ?? 0) : ctx.subscriptionGroupSize);
  }
  const imputed = w.vcpu === null || w.memoryGb === null || w.storageGb === null;
  const median = imputed ? ctx.medians()[w.kind] : NO_SIZE;
  const measured = !imputed && w.cpuUtilisationPct !== null && w.memoryUtilisationPct !== null;
  const vcpu = rightSized(w.vcpu ?? median.vcpu, w.cpuUtilisationPct, card.rightSizingHeadroom);
  const memoryGb = rightSized(w.memoryGb ?? median.memoryGb, w.memoryUtilisationPct, card.rightSizingHeadroom);
  const storageGb = w.storageGb ?? median.storageGb;
  const production = holdsProductionData(w);
  const compute = round(vcpu * card.vcpuMonth + memoryGb * card.memoryGbMonth);
  const commitment = production ? round(compute * card.committedShare * commitmentDiscount(card)) : 0;
  const storage = round(storageGb * storageRate(w, card));
  const isolationPremium = ctx.tier === 'multi-tenant' ? 0 : round((ctx.tier === 'dedicated-database' ? card.dedicatedDatabaseBaseMonth : card.dedicatedEnvironmentBaseMonth) / ctx.groupSize);
  const discount = production ? 0 : card.nonProductionDiscount;
  const licence = w.licensing === 'byol' || w.licensing === 'open-source' ? 0 : round(vcpu * card.licencePerVcpuMonth);
  const sized = (compute - commitment + storage) * (1 - discount) + licence;
  const hosting = sized + (card.platformShareMonth + isolationPremium) * (1 - discount);
  const support = round(hosting * card.supportShare);
  out.pricing = 'hosted';
  out.sizeSource = imputed ? 'imputed' : measured ? 'measured' : 'recorded';
  out.vcpu = vcpu;
  out.memoryGb = memoryGb;
  out.storageGb = storageGb;
  out.compute = compute;
  out.commitment = commitment;
  out.storage = storage;
  out.platformShare = card.platformShareMonth;
  out.isolationPremium = isolationPremium;
  out.groupSize = ctx.groupSize;
  out.discount = discount;
  out.licence = licence;
  out.support = support;
  out.subscription = 0;
  out.subscriptionShare = 0;
  out.runAfter = round(hosting + support);
  out.sizeDriven = round(sized * (1 + card.supportShare));
  return out;
}
