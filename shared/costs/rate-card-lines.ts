import { CUSTOMIZATIONS, ENVIRONMENTS, STRATEGIES, WORKLOAD_KINDS, labelOf } from '../domain/enums.js';
import type { RateCard } from './rate-card.js';
import { rateLabel } from './rate-card-fields.js';

// Every number of the rate card as one table: where it sits in the card (a path such as
// "vcpuMonth" or "effortDaysByKind.database"), the other names a price list gives it, and
// its unit; what it is called comes from the card's own label table (rate-card-fields.ts),
// so the panel, the workbook and a price list's preview name it alike. A price list is matched to the card through this table
// alone (shared/import/price-list.ts), and a test walks RateCardSchema so that a number
// added to the card without a line here fails until it has one (or a reason in
// NOT_FROM_PRICE_LISTS).

/** What a line's number is: an amount of the card's currency per `per` (and per `each`), a share (0 to 1), days, weeks or a factor. */
export type LineUnit = { kind: 'money'; per: 'month' | 'day' | 'once'; each?: 'vCPU' | 'GB' } | { kind: 'share' } | { kind: 'days' } | { kind: 'weeks' } | { kind: 'factor' };

export interface RateCardLine {
  /** Dotted path into the rate card. */
  path: string;
  /** What the Costs view calls it (rate-card-fields.ts). */
  label: string;
  /** Other names for it in price lists, compared without case, punctuation or unit words ("per month", "GB-month", "hourly"). */
  aliases: readonly string[];
  unit: LineUnit;
}

const monthly = (each?: 'vCPU' | 'GB'): LineUnit => ({ kind: 'money', per: 'month', ...(each ? { each } : {}) });
const once = (each?: 'GB'): LineUnit => ({ kind: 'money', per: 'once', ...(each ? { each } : {}) });

type LineSpec = Omit<RateCardLine, 'label'>;

const LINE_SPECS: readonly LineSpec[] = [
  { path: 'vcpuMonth', aliases: ['vCPU', 'vCPU hour', 'virtual CPU', 'vCore', 'CPU core', 'core', 'compute vCPU', 'CPU'], unit: monthly('vCPU') },
  { path: 'memoryGbMonth', aliases: ['GB RAM month', 'RAM', 'memory', 'GB RAM', 'GB memory', 'memory GB', 'RAM GB', 'compute memory'], unit: monthly('GB') },
  {
    path: 'storageGbMonth',
    aliases: ['Storage GB-month', 'storage', 'disk', 'block storage', 'managed disk', 'SSD storage', 'storage GB', 'disk GB', 'GB storage'],
    unit: monthly('GB'),
  },
  { path: 'backupGbMonth', aliases: ['Backup GB-month', 'backup', 'backup storage', 'backup GB', 'GB backup', 'backup vault storage'], unit: monthly('GB') },
  {
    path: 'platformShareMonth',
    aliases: ['Platform share per multi-tenant workload', 'platform share', 'shared platform', 'multi-tenant workload', 'shared platform workload', 'platform fee'],
    unit: monthly(),
  },
  {
    path: 'dedicatedDatabaseBaseMonth',
    aliases: ['Dedicated database base fee', 'Dedicated database', 'dedicated database base', 'dedicated DB', 'database base fee', 'single-tenant database'],
    unit: monthly(),
  },
  {
    path: 'dedicatedEnvironmentBaseMonth',
    aliases: ['Dedicated environment base fee', 'Dedicated environment', 'dedicated environment base', 'dedicated env', 'environment base fee', 'single-tenant environment'],
    unit: monthly(),
  },
  { path: 'nonProductionDiscount', aliases: ['non-prod discount', 'nonproduction discount', 'dev/test discount', 'non-production'], unit: { kind: 'share' } },
  {
    path: 'effortDayRate',
    aliases: ['Day rate', 'daily rate', 'consultant day rate', 'engineer day rate', 'person day', 'man day', 'migration day rate'],
    unit: { kind: 'money', per: 'day' },
  },
  ...WORKLOAD_KINDS.map((kind): LineSpec => ({
    path: `effortDaysByKind.${kind}`,
    aliases: [`${labelOf(kind)} effort days`, `${labelOf(kind)} migration days`, `days per ${labelOf(kind)}`, `effort ${labelOf(kind)}`],
    unit: { kind: 'days' },
  })),
  ...STRATEGIES.map((strategy): LineSpec => ({
    path: `strategyFactor.${strategy}`,
    aliases: [`${labelOf(strategy)} factor`, `${labelOf(strategy)} effort factor`, `factor ${labelOf(strategy)}`],
    unit: { kind: 'factor' },
  })),
  { path: 'effortDaysPer500Gb', aliases: ['effort days per 500 GB', 'days per 500 GB', 'data effort days'], unit: { kind: 'days' } },
  { path: 'rehearsalShare', aliases: ['rehearsal', 'rehearsal share', 'rehearsal effort'], unit: { kind: 'share' } },
  { path: 'parallelRunWeeks', aliases: ['parallel run', 'parallel running', 'fallback period'], unit: { kind: 'weeks' } },
  { path: 'hypercareWeeks', aliases: ['hypercare', 'hypercare period', 'hypercare duration'], unit: { kind: 'weeks' } },
  { path: 'hypercareDaysPerWeek', aliases: ['hypercare days', 'hypercare days per week', 'hypercare effort'], unit: { kind: 'days' } },
  { path: 'contingency', aliases: ['contingency share', 'risk contingency', 'contingency reserve'], unit: { kind: 'share' } },
  { path: 'objectStorageGbMonth', aliases: ['object storage', 'blob storage', 'S3 storage', 'object storage GB', 'bucket storage', 'blob GB-month'], unit: monthly('GB') },
  { path: 'supportShare', aliases: ['support', 'provider support', 'support plan', 'enterprise support', 'support share'], unit: { kind: 'share' } },
  { path: 'landingZoneOneTime', aliases: ['landing zone', 'landing zone build', 'landing zone set-up', 'platform build', 'foundation build'], unit: once() },
  { path: 'landingZoneMonth', aliases: ['landing zone run', 'landing zone monthly', 'platform run', 'hub network', 'shared services monthly'], unit: monthly() },
  { path: 'connectivityOneTime', aliases: ['connectivity set-up', 'VPN set-up', 'private link set-up', 'ExpressRoute set-up', 'Direct Connect set-up', 'circuit installation'], unit: once() },
  { path: 'connectivityMonth', aliases: ['connectivity', 'VPN', 'VPN gateway', 'private link', 'ExpressRoute', 'Direct Connect', 'site connection', 'circuit'], unit: monthly() },
  { path: 'egressPerGb', aliases: ['egress', 'data transfer out', 'outbound data transfer', 'internet egress', 'egress GB', 'bandwidth out'], unit: once('GB') },
  { path: 'toolsPerWorkload', aliases: ['migration tool', 'migration tooling per server', 'replication licence', 'migration licence per server'], unit: once() },
  { path: 'toolsMonth', aliases: ['programme tools', 'program tools', 'tooling', 'project tools', 'collaboration tools'], unit: monthly() },
  { path: 'saasTenantMonth', aliases: ['subscription per tenant', 'SaaS tenant', 'tenant subscription', 'SaaS per tenant', 'subscription'], unit: monthly() },
  { path: 'saasUserMonth', aliases: ['subscription per user', 'SaaS user', 'per user licence', 'user subscription', 'named user'], unit: monthly() },
  { path: 'licencePerVcpuMonth', aliases: ['licence per vCPU', 'license per vCPU', 'software licence', 'OS licence', 'licence included', 'licensing'], unit: monthly('vCPU') },
  { path: 'commitment1YearDiscount', aliases: ['1 year commitment', '1-year reserved', 'one year reservation', '1 year savings plan', '1yr RI'], unit: { kind: 'share' } },
  { path: 'commitment3YearDiscount', aliases: ['3 year commitment', '3-year reserved', 'three year reservation', '3 year savings plan', '3yr RI'], unit: { kind: 'share' } },
  { path: 'effortDaysPer1000Users', aliases: ['effort days per 1000 users', 'days per 1000 users', 'user effort days'], unit: { kind: 'days' } },
  { path: 'effortDaysPerLink', aliases: ['effort days per link', 'days per dependency', 'days per dependency link'], unit: { kind: 'days' } },
  ...CUSTOMIZATIONS.map((level): LineSpec => ({
    path: `customizationFactor.${level}`,
    aliases: [`${labelOf(level)} customization factor`, `customization ${labelOf(level)}`],
    unit: { kind: 'factor' },
  })),
  ...ENVIRONMENTS.map((environment): LineSpec => ({
    path: `environmentFactor.${environment}`,
    aliases: [`${labelOf(environment)} environment factor`, `environment ${labelOf(environment)}`],
    unit: { kind: 'factor' },
  })),
];

export const RATE_CARD_LINES: readonly RateCardLine[] = LINE_SPECS.map((spec) => ({ ...spec, label: rateLabel(spec.path) }));

/**
 * Numbers of the rate card a price list never sets, each with the reason: they are the
 * architect's assumptions and decisions, not prices.
 */
export const NOT_FROM_PRICE_LISTS: Readonly<Record<string, string>> = {
  rightSizingHeadroom: 'the headroom kept above measured peaks is a sizing decision',
  egressGbMonthPerLink: 'the traffic on a link to on premises is an estimate of use, not a price',
  committedShare: 'how much compute to commit is a decision of the client',
  effortUserDaysCap: 'a cap of the effort model, not a price',
};

/** The number at a path of the card; undefined when the path holds none. */
export function rateAt(card: RateCard, path: string): number | undefined {
  let at: unknown = card;
  for (const key of path.split('.')) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'number' ? at : undefined;
}

/** The card with the number at `path` replaced, copying only the objects along the path. */
export function withRate(card: RateCard, path: string, value: number): RateCard {
  const set = (node: unknown, keys: readonly string[]): unknown => {
    const [key, ...rest] = keys;
    if (key === undefined) return value;
    const object = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : {};
    return { ...object, [key]: set(object[key], rest) };
  };
  return set(card, path.split('.')) as RateCard;
}
