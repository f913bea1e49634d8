import { z } from 'zod';
import { CUSTOMIZATIONS, ENVIRONMENTS, STRATEGIES, WORKLOAD_KINDS } from '../domain/enums.js';

// The estate's rate card (docs/domain-rules.md, "Costs"). Monthly prices are per unit per month in
// the card's currency; the defaults make the sample's figures plausible for a European
// managed-hosting quote in 2027. Every number field has its label, unit and group in
// rate-card-fields.ts, which the rate card panel, the workbook and the price-list import read.

// Every figure is bounded, so that the plan's totals stay finite numbers whatever a file holds.
const amount = z.number().min(0).max(1_000_000);
const share = amount.max(1);

export const SAAS_PRICING = ['per-tenant', 'per-user'] as const;
export type SaasPricing = (typeof SAAS_PRICING)[number];
/** Years of a compute commitment: 0 is pay as you go. */
export const COMMITMENT_TERMS = [0, 1, 3] as const;
export type CommitmentTerm = (typeof COMMITMENT_TERMS)[number];

export const RateCardSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 code, e.g. EUR'),
  vcpuMonth: amount,
  memoryGbMonth: amount,
  storageGbMonth: amount,
  backupGbMonth: amount,
  /** Object storage and backup workloads' own storage, per GB a month (no backup rate on top: it is the backup). */
  objectStorageGbMonth: amount,
  /** Every hosted workload's share of the shared runtime platform, per month. */
  platformShareMonth: amount,
  /** The isolation premium, per system, tenant and environment, per month, on top of the platform share. */
  dedicatedDatabaseBaseMonth: amount,
  dedicatedEnvironmentBaseMonth: amount,
  /** Off non-production run costs, 0 to 1. */
  nonProductionDiscount: share,
  /** Right-sizing: measured peak utilisation × (1 + headroom) gives the vCPU and memory bought. */
  rightSizingHeadroom: amount.max(3),
  /** Compute commitments (reserved instances, savings plans): the term bought, its discounts and the share of production compute covered. */
  commitmentTerm: z.union(COMMITMENT_TERMS.map((t) => z.literal(t))),
  commitment1YearDiscount: share,
  commitment3YearDiscount: share,
  committedShare: share,
  /** Per vCPU (core) per month, for workloads whose licence is included in the cloud price; bring-your-own pays nothing more. */
  licencePerVcpuMonth: amount,
  /** The provider's support plan, as a share of the hosted run rate. */
  supportShare: share,
  /** Repurchase: one subscription per system and tenant, or one seat per user. */
  saasPricing: z.enum(SAAS_PRICING),
  saasTenantMonth: amount,
  saasUserMonth: amount,
  /** Landing zone and shared platform (hub network, policies, identity, logging): built once, run monthly. */
  landingZoneOneTime: amount,
  landingZoneMonth: amount,
  /** Connectivity (VPN or private link), per current site: set up once, paid monthly while something there talks to the cloud. */
  connectivityOneTime: amount,
  connectivityMonth: amount,
  /** Egress: per GB leaving the cloud, and the GB a month assumed per link to what stays on premises. */
  egressGbMonthPerLink: amount,
  egressPerGb: amount,
  /** Tools: migration and replication licences per moving workload, and programme tooling per month while the plan runs. */
  toolsPerWorkload: amount,
  toolsMonth: amount,
  effortDayRate: amount,
  /** Effort days to migrate one workload of a kind (when none is recorded), before the other factors. */
  effortDaysByKind: z.record(z.enum(WORKLOAD_KINDS), amount),
  strategyFactor: z.record(z.enum(STRATEGIES), amount),
  /** Times the kind's days, by how far the software is customized (unknown: standard). */
  customizationFactor: z.record(z.enum(CUSTOMIZATIONS), amount.max(20)),
  /** Times the whole estimate, by environment: a copy of production is less work than production. */
  environmentFactor: z.record(z.enum(ENVIRONMENTS), amount.max(20)),
  /** Extra effort days per 500 GB of data. */
  effortDaysPer500Gb: amount,
  /** Extra effort days per 1,000 users (acceptance testing, communication, access). */
  effortDaysPer1000Users: amount,
  /** At most this many user days: past it, more users means more communication, not more migration work. */
  effortUserDaysCap: amount,
  /** Extra effort days per dependency link, either way (each interface is repointed and tested). */
  effortDaysPerLink: amount,
  /** Rehearsal effort, as a share of the migration effort. */
  rehearsalShare: amount.max(5),
  /** Weeks the old hosting keeps running after a cutover, as the fallback. */
  parallelRunWeeks: amount.max(52),
  hypercareWeeks: amount.max(52),
  /** Support days per workload per hypercare week. */
  hypercareDaysPerWeek: amount.max(7),
  /** Added to the one-time cost, 0 to 1. */
  contingency: share,
});
export type RateCard = z.infer<typeof RateCardSchema>;

export const DEFAULT_RATE_CARD: RateCard = {
  currency: 'EUR',
  vcpuMonth: 22,
  memoryGbMonth: 3,
  storageGbMonth: 0.12,
  backupGbMonth: 0.05,
  objectStorageGbMonth: 0.02,
  platformShareMonth: 90,
  dedicatedDatabaseBaseMonth: 450,
  dedicatedEnvironmentBaseMonth: 1600,
  nonProductionDiscount: 0.4,
  rightSizingHeadroom: 0.3,
  commitmentTerm: 1,
  commitment1YearDiscount: 0.2,
  commitment3YearDiscount: 0.37,
  committedShare: 0.7,
  licencePerVcpuMonth: 15,
  supportShare: 0.1,
  saasPricing: 'per-tenant',
  saasTenantMonth: 450,
  saasUserMonth: 6,
  landingZoneOneTime: 60_000,
  landingZoneMonth: 2_500,
  connectivityOneTime: 6_000,
  connectivityMonth: 900,
  egressGbMonthPerLink: 50,
  egressPerGb: 0.08,
  toolsPerWorkload: 150,
  toolsMonth: 800,
  effortDayRate: 900,
  effortDaysByKind: { application: 4, worker: 2, 'scheduled-job': 1.5, database: 5, cache: 1, ingress: 2, integration: 4, 'object-storage': 2, identity: 4, monitoring: 2, backup: 2, other: 2 },
  strategyFactor: { rehost: 1, replatform: 1.5, refactor: 3, repurchase: 1.2, retire: 0.3, retain: 0 },
  customizationFactor: { standard: 1, customized: 1.6, 'heavily-customized': 2.5 },
  environmentFactor: { production: 1, dr: 0.6, staging: 0.5, test: 0.5, training: 0.4, development: 0.4 },
  effortDaysPer500Gb: 1,
  effortDaysPer1000Users: 3,
  effortUserDaysCap: 10,
  effortDaysPerLink: 0.5,
  rehearsalShare: 0.25,
  parallelRunWeeks: 2,
  hypercareWeeks: 2,
  hypercareDaysPerWeek: 0.5,
  contingency: 0.15,
};

/** The discount the card's commitment term buys (0 when paying as you go). */
export function commitmentDiscount(card: RateCard): number {
  return card.commitmentTerm === 3 ? card.commitment3YearDiscount : card.commitmentTerm === 1 ? card.commitment1YearDiscount : 0;
}
