import { z } from 'zod';
import { STRATEGIES, WORKLOAD_KINDS } from '../domain/enums.js';

// The estate's rate card (DESIGN.md, "Costs"). Monthly prices are per unit per month in
// the card's currency; the defaults make the sample's figures plausible for a European
// managed-hosting quote in 2027.

export const RateCardSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 code, e.g. EUR'),
  vcpuMonth: z.number().min(0),
  memoryGbMonth: z.number().min(0),
  storageGbMonth: z.number().min(0),
  backupGbMonth: z.number().min(0),
  /** Each multi-tenant workload's share of the shared platform, per month. */
  platformShareMonth: z.number().min(0),
  /** Per system, tenant and environment, per month. */
  dedicatedDatabaseBaseMonth: z.number().min(0),
  dedicatedEnvironmentBaseMonth: z.number().min(0),
  /** Off non-production run costs, 0 to 1. */
  nonProductionDiscount: z.number().min(0).max(1),
  effortDayRate: z.number().min(0),
  /** Effort days to migrate one workload of a kind (when none is recorded), before the strategy factor. */
  effortDaysByKind: z.record(z.enum(WORKLOAD_KINDS), z.number().min(0)),
  strategyFactor: z.record(z.enum(STRATEGIES), z.number().min(0)),
  /** Extra effort days per 500 GB of data. */
  effortDaysPer500Gb: z.number().min(0),
  /** Rehearsal effort, as a share of the migration effort. */
  rehearsalShare: z.number().min(0).max(5),
  /** Weeks the old hosting keeps running after a cutover, as the fallback. */
  parallelRunWeeks: z.number().min(0).max(52),
  hypercareWeeks: z.number().min(0).max(52),
  /** Support days per workload per hypercare week. */
  hypercareDaysPerWeek: z.number().min(0).max(7),
  /** Added to the one-time cost, 0 to 1. */
  contingency: z.number().min(0).max(1),
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
