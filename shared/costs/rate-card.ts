import { z } from 'zod';
import { STRATEGIES, WORKLOAD_KINDS } from '../domain/enums.js';

// The estate's rate card (docs/domain-rules.md, "Costs"). Monthly prices are per unit per month in
// the card's currency; the defaults make the sample's figures plausible for a European
// managed-hosting quote in 2027.

// Every figure is bounded, so that the plan's totals stay finite numbers whatever a file holds.
const amount = z.number().min(0).max(1_000_000);

export const RateCardSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 code, e.g. EUR'),
  vcpuMonth: amount,
  memoryGbMonth: amount,
  storageGbMonth: amount,
  backupGbMonth: amount,
  /** Each multi-tenant workload's share of the shared platform, per month. */
  platformShareMonth: amount,
  /** Per system, tenant and environment, per month. */
  dedicatedDatabaseBaseMonth: amount,
  dedicatedEnvironmentBaseMonth: amount,
  /** Off non-production run costs, 0 to 1. */
  nonProductionDiscount: amount.max(1),
  effortDayRate: amount,
  /** Effort days to migrate one workload of a kind (when none is recorded), before the strategy factor. */
  effortDaysByKind: z.record(z.enum(WORKLOAD_KINDS), amount),
  strategyFactor: z.record(z.enum(STRATEGIES), amount),
  /** Extra effort days per 500 GB of data. */
  effortDaysPer500Gb: amount,
  /** Rehearsal effort, as a share of the migration effort. */
  rehearsalShare: amount.max(5),
  /** Weeks the old hosting keeps running after a cutover, as the fallback. */
  parallelRunWeeks: amount.max(52),
  hypercareWeeks: amount.max(52),
  /** Support days per workload per hypercare week. */
  hypercareDaysPerWeek: amount.max(7),
  /** Added to the one-time cost, 0 to 1. */
  contingency: amount.max(1),
});
export type RateCard = z.infer<typeof RateCardSchema>;

export const DEFAULT_RATE_CARD: RateCard = {
  currency: 'EUR',
  vcpuMonth: 22,
  memoryGbMonth: 3,
  storageGbMonth: 0.12,
  backupGbMonth: 0.05,
  platformShareMonth: 90,
  dedicatedDatabaseBaseMonth: 450,
  dedicatedEnvironmentBaseMonth: 1600,
  nonProductionDiscount: 0.4,
  effortDayRate: 900,
  effortDaysByKind: { application: 4, worker: 2, 'scheduled-job': 1.5, database: 5, cache: 1, ingress: 2, integration: 4, 'object-storage': 2, identity: 4, monitoring: 2, backup: 2, other: 2 },
  strategyFactor: { rehost: 1, replatform: 1.5, refactor: 3, repurchase: 1.2, retire: 0.3, retain: 0 },
  effortDaysPer500Gb: 1,
  rehearsalShare: 0.25,
  parallelRunWeeks: 2,
  hypercareWeeks: 2,
  hypercareDaysPerWeek: 0.5,
  contingency: 0.15,
};
